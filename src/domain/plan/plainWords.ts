import type { Content, EngagementLevel, Level } from '../content/schema';
import type { PlanItem } from './types';

/** The item's title in everyday words for patient partners; a team's own point keeps the team's title. */
export function plainTitle(item: Pick<PlanItem, 'title' | 'point'>): string {
  return item.point?.plainTitle ?? item.title;
}

/** The engagement level's promise in everyday words (content/levels.yaml `plain`). */
export function plainPromise(content: Pick<Content, 'levels'>, level: Level): EngagementLevel['plain'] | undefined {
  return content.levels.find((l) => l.id === level)?.plain;
}
