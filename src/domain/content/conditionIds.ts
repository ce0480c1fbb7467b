import type { Condition } from './schema';

/** Every (question, option) pair a condition mentions, for validation and for "why" sentences. */
export function conditionLeaves(condition: Condition): Condition[] {
  if ('all' in condition) return condition.all.flatMap(conditionLeaves);
  if ('any' in condition) return condition.any.flatMap(conditionLeaves);
  if ('not' in condition) return conditionLeaves(condition.not);
  return [condition];
}

export function leafOptionIds(leaf: Condition): string[] {
  if ('is' in leaf) return [leaf.is];
  if ('has' in leaf) return [leaf.has];
  if ('in' in leaf) return leaf.in;
  if ('hasAny' in leaf) return leaf.hasAny;
  return [];
}
