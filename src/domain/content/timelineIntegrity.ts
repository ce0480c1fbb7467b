import type { Content } from './schema';
import { optionIds } from './options';
import { Q } from '../engine/answerKeys';

/** Cross-references of content/timeline.yaml: the stages, timeline options, phases, points and references it names. */
export function checkTimeline(c: Content): string[] {
  const errors: string[] = [];
  const t = c.timeline;
  const where = 'timeline.yaml';
  const phaseIds = new Set(c.phases.map((p) => p.id));
  const pointIds = new Set(c.points.map((p) => p.id));
  const referenceIds = new Set(c.references.map((r) => r.id));
  const options = (qid: string) => {
    const q = c.questions.find((x) => x.id === qid);
    if (!q) errors.push(`${where}: names unknown question "${qid}"`);
    return new Set(q ? optionIds(q) : []);
  };
  const stages = options(Q.stage);
  for (const [stage, phase] of Object.entries(t.milestonePhase)) {
    if (!stages.has(stage)) errors.push(`${where} → milestonePhase: unknown stage "${stage}"`);
    if (!phaseIds.has(phase)) errors.push(`${where} → milestonePhase.${stage}: unknown phase "${phase}"`);
  }
  for (const stage of stages)
    if (!(stage in t.milestonePhase)) errors.push(`${where} → milestonePhase: no phase for stage "${stage}"`);
  const timelines = options(Q.timeline);
  for (const option of Object.keys(t.horizonWeeks))
    if (!timelines.has(option)) errors.push(`${where} → horizonWeeks: unknown timeline option "${option}"`);
  for (const option of timelines)
    if (!(option in t.horizonWeeks)) errors.push(`${where} → horizonWeeks: no weeks for "${option}"`);
  const refs = (list: string[] | undefined, at: string) => {
    for (const r of list ?? []) if (!referenceIds.has(r)) errors.push(`${where} → ${at}: unknown reference "${r}"`);
  };
  const seenPhases = new Set<string>();
  for (const p of t.phases) {
    if (!phaseIds.has(p.phase)) errors.push(`${where} → phases: unknown phase "${p.phase}"`);
    if (seenPhases.has(p.phase)) errors.push(`${where} → phases: "${p.phase}" is given twice`);
    seenPhases.add(p.phase);
    refs(p.references, `phases.${p.phase}`);
  }
  for (const id of phaseIds) if (!seenPhases.has(id)) errors.push(`${where} → phases: no timing for phase "${id}"`);
  const seenPoints = new Set<string>();
  for (const p of t.points) {
    if (!pointIds.has(p.point)) errors.push(`${where} → points: unknown point "${p.point}"`);
    if (seenPoints.has(p.point)) errors.push(`${where} → points: "${p.point}" is given twice`);
    seenPoints.add(p.point);
    refs(p.references, `points.${p.point}`);
  }
  return errors;
}
