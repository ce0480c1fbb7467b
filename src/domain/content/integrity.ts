import { PARADIGM_DOMAINS, type Condition, type Content, type Question } from './schema';
import { conditionLeaves, leafOptionIds } from './conditionIds';
import { optionIds } from './options';
import { checkScoring } from './scoringIntegrity';
import { checkTimeline } from './timelineIntegrity';
import { checkReferenceRecords, supersededCitedAsCurrent } from './referenceChecks';
import { checkPartnerTexts } from './partnerIntegrity';
import { PROFILE_QUESTIONS, PROGRAMME_QUESTIONS, Q, REQUIRED_OPTIONS } from '../engine/answerKeys';

const MIN_POINTS_PER_PHASE = 3;

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

/** `contexts`: the named contexts the condition may use; without it, it may use none. */
function checkCondition(
  condition: Condition,
  questions: Map<string, Question>,
  where: string,
  asked?: Set<string>,
  contexts?: ReadonlySet<string>,
): string[] {
  const errors: string[] = [];
  for (const leaf of conditionLeaves(condition)) {
    if ('context' in leaf) {
      if (!contexts) errors.push(`${where}: a condition here cannot use contexts ("${leaf.context}")`);
      else if (!contexts.has(leaf.context)) errors.push(`${where}: unknown or later context "${leaf.context}"`);
      continue;
    }
    if (!('q' in leaf)) continue;
    const q = questions.get(leaf.q);
    if (!q) {
      errors.push(`${where}: condition names unknown question "${leaf.q}"`);
      continue;
    }
    if (asked && !asked.has(leaf.q)) errors.push(`${where}: condition uses "${leaf.q}", which is asked later`);
    const valid = optionIds(q);
    for (const option of leafOptionIds(leaf)) {
      if (!valid.includes(option)) errors.push(`${where}: question "${leaf.q}" has no option "${option}"`);
    }
    const multi = q.type === 'multi';
    if (('has' in leaf || 'hasAny' in leaf) && !multi)
      errors.push(`${where}: "has"/"hasAny" need a multiple-choice question, "${leaf.q}" is ${q.type}`);
    if (('is' in leaf || 'in' in leaf) && !['single', 'yesno'].includes(q.type))
      errors.push(`${where}: "is"/"in" need a single-choice or yes/no question, "${leaf.q}" is ${q.type}`);
    if (('gte' in leaf || 'lte' in leaf) && q.type !== 'scale')
      errors.push(`${where}: "gte"/"lte" need a scale question, "${leaf.q}" is ${q.type}`);
    if (('onOrAfter' in leaf || 'before' in leaf) && q.type !== 'date')
      errors.push(`${where}: "onOrAfter"/"before" need a date question, "${leaf.q}" is ${q.type}`);
  }
  return errors;
}

export function checkAnswers(
  answers: Record<string, string | string[] | number>,
  questions: Map<string, Question>,
  where: string,
): string[] {
  const errors: string[] = [];
  for (const [qid, value] of Object.entries(answers)) {
    const q = questions.get(qid);
    if (!q) {
      errors.push(`${where}: answer to unknown question "${qid}"`);
      continue;
    }
    const valid = optionIds(q);
    const values = Array.isArray(value) ? value : [value];
    if (['single', 'multi', 'yesno'].includes(q.type)) {
      for (const v of values)
        if (!valid.includes(String(v))) errors.push(`${where}: "${qid}" has no option "${String(v)}"`);
    }
    if (q.type === 'multi' && !Array.isArray(value)) errors.push(`${where}: "${qid}" takes a list`);
    if (q.type === 'scale' && typeof value !== 'number') errors.push(`${where}: "${qid}" takes a number`);
  }
  return errors;
}

/**
 * The vocabulary lint (plans of representative programmes must not use words of contexts their
 * answers exclude). It builds a few hundred plans, so `content:check` runs it rather than every
 * content load.
 */
export { lintVocabulary } from './vocabularyLint';

/** Referential integrity and coverage checks that a schema alone cannot express. */
export function checkIntegrity(c: Content): string[] {
  const errors: string[] = [];
  const need = (ok: boolean, message: string) => {
    if (!ok) errors.push(message);
  };

  const uniq = (label: string, values: string[]) =>
    duplicates(values).forEach((d) => errors.push(`duplicate ${label}: "${d}"`));
  uniq(
    'phase id',
    c.phases.map((x) => x.id),
  );
  uniq(
    'phase order',
    c.phases.map((x) => String(x.order)),
  );
  uniq(
    'level id',
    c.levels.map((x) => x.id),
  );
  uniq(
    'stakeholder id',
    c.stakeholders.map((x) => x.id),
  );
  uniq(
    'PED type id',
    c.pedTypes.map((x) => x.id),
  );
  uniq(
    'method id',
    c.methods.map((x) => x.id),
  );
  uniq(
    'method name',
    c.methods.map((x) => x.name.toLowerCase()),
  );
  uniq(
    'point id',
    c.points.map((x) => x.id),
  );
  uniq(
    'point title',
    c.points.map((x) => x.title.toLowerCase()),
  );
  uniq(
    'consideration id',
    c.considerations.map((x) => x.id),
  );
  uniq(
    'quality criterion id',
    c.qualityCriteria.map((x) => x.id),
  );
  uniq(
    'region id',
    c.regions.map((x) => x.id),
  );
  uniq(
    'reference id',
    c.references.map((x) => x.id),
  );
  uniq(
    'reference title',
    c.references.map((x) => x.title.toLowerCase()),
  );
  uniq(
    'reference URL',
    c.references.map((x) => x.url),
  );
  uniq(
    'glossary id',
    c.glossary.map((x) => x.id),
  );
  uniq(
    'glossary term',
    c.glossary.map((x) => x.term.toLowerCase()),
  );
  uniq(
    'question id',
    c.questions.map((x) => x.id),
  );
  uniq(
    'rule id',
    c.rules.map((x) => x.id),
  );
  uniq(
    'example id',
    c.examples.map((x) => x.id),
  );

  const ids = <T extends { id: string }>(xs: T[]) => new Set(xs.map((x) => x.id));
  const phases = new Map(c.phases.map((p) => [p.id, p]));
  const points = new Map(c.points.map((p) => [p.id, p]));
  const methods = ids(c.methods);
  const stakeholders = ids(c.stakeholders);
  const pedTypes = ids(c.pedTypes);
  const references = ids(c.references);
  const considerations = ids(c.considerations);
  const glossary = ids(c.glossary);
  const contextIdsAll = ids(c.contexts);
  const questions = new Map(c.questions.map((q) => [q.id, q]));

  const used = {
    methods: new Set<string>(),
    stakeholders: new Set<string>(),
    pedTypes: new Set<string>(),
    refs: new Set<string>(),
  };
  const cite = (where: string, refs: string[]) =>
    refs.forEach((r) => {
      used.refs.add(r);
      need(references.has(r), `${where}: unknown reference "${r}"`);
    });

  need(c.levels.length === 5, `there must be exactly 5 engagement levels, found ${c.levels.length}`);
  c.levels.forEach((l) => cite(`level "${l.id}"`, l.references));
  c.pedTypes.forEach((p) => cite(`PED type "${p.id}"`, p.references));
  c.considerations.forEach((x) => cite(`consideration "${x.id}"`, x.references));
  checkPartnerTexts(c, need, cite);
  c.qualityCriteria.forEach((x) => cite(`quality criterion "${x.id}"`, x.references));
  c.regions.forEach((x) => cite(`region "${x.id}"`, x.references));
  for (const x of c.regions) need(contextIdsAll.has(x.context), `region "${x.id}": unknown context "${x.context}"`);
  for (const x of c.regions) if (x.filingScope) cite(`region "${x.id}" filingScope`, x.filingScope.references);
  c.glossary.forEach((x) => cite(`glossary term "${x.id}"`, x.references ?? []));
  (c.scoring?.duties ?? []).forEach((d) => cite(`legal duty on "${d.point}"`, [d.reference]));

  const populations = questions.get(Q.populations);
  const populationIds = populations ? optionIds(populations) : [];
  for (const m of c.methods) {
    cite(`method "${m.id}"`, m.references);
    need(m.groupSize.min <= m.groupSize.max, `method "${m.id}": groupSize min is above max`);
    for (const s of m.suitableFor ?? [])
      need(populationIds.includes(s), `method "${m.id}": suitableFor names unknown population "${s}"`);
  }

  for (const p of c.points) {
    const where = `point "${p.id}"`;
    const phase = phases.get(p.phase);
    need(phase !== undefined, `${where}: unknown phase "${p.phase}"`);
    for (const t of [...p.pedGenerated, ...p.pedUsed]) {
      used.pedTypes.add(t);
      need(pedTypes.has(t), `${where}: unknown PED type "${t}"`);
    }
    uniq(
      `method in ${where}`,
      p.methods.map((m) => m.method),
    );
    for (const m of p.methods) {
      used.methods.add(m.method);
      need(methods.has(m.method), `${where}: unknown method "${m.method}"`);
    }
    for (const s of p.who) {
      used.stakeholders.add(s);
      need(stakeholders.has(s), `${where}: unknown stakeholder "${s}"`);
    }
    for (const f of p.feeds ?? []) {
      const target = points.get(f);
      need(target !== undefined, `${where}: feeds unknown point "${f}"`);
      if (target && phase) {
        const targetPhase = phases.get(target.phase);
        need(
          targetPhase !== undefined && targetPhase.order >= phase.order && f !== p.id,
          `${where}: feeds "${f}", which is not later in the programme`,
        );
      }
    }
    cite(where, p.references);
    (p.variants ?? []).forEach((v, i) =>
      need(
        v.title === undefined || v.plainTitle !== undefined,
        `${where}: variant ${i + 1} changes the title, so it needs a plainTitle too`,
      ),
    );
  }
  uniq(
    'metric id',
    c.metrics.map((m) => m.id),
  );
  for (const m of c.metrics) {
    cite(`metric "${m.id}"`, m.references);
    for (const id of m.points ?? []) need(points.has(id), `metric "${m.id}": unknown point "${id}"`);
  }
  for (const domain of PARADIGM_DOMAINS)
    need(
      c.metrics.some((m) => m.domain === domain),
      `there must be at least one metric in the PARADIGM "${domain}" component`,
    );
  for (const phase of c.phases) {
    const n = c.points.filter((p) => p.phase === phase.id).length;
    need(
      n >= MIN_POINTS_PER_PHASE,
      `phase "${phase.id}" has ${n} engagement points; it needs at least ${MIN_POINTS_PER_PHASE}`,
    );
  }

  const asked = new Set<string>();
  for (const q of c.questions) {
    const where = `question "${q.id}"`;
    if (q.showIf) errors.push(...checkCondition(q.showIf, questions, where, asked));
    for (const [i, v] of (q.variants ?? []).entries()) {
      errors.push(...checkCondition(v.when, questions, `${where} variants.${i}`, asked));
      for (const o of Object.keys(v.labels ?? {}))
        need(
          (q.options ?? []).some((x) => x.id === o),
          `${where} variants.${i}: unknown option "${o}"`,
        );
    }
    asked.add(q.id);
    const hasOptions = (q.options?.length ?? 0) > 0;
    if (['single', 'multi'].includes(q.type)) need(hasOptions, `${where}: a ${q.type} question needs options`);
    if (q.type === 'scale') need(q.scale !== undefined, `${where}: a scale question needs a scale`);
    uniq(
      `option id in ${where}`,
      (q.options ?? []).map((o) => o.id),
    );
    for (const g of q.glossary ?? []) need(glossary.has(g), `${where}: unknown glossary term "${g}"`);
    if (q.notSure) {
      const implied = q.notSure.implies;
      if (typeof implied === 'number') {
        need(q.type === 'scale', `${where}: only a scale question's "not sure" can imply a number`);
      } else {
        const list = Array.isArray(implied) ? implied : [implied];
        for (const o of list) need(optionIds(q).includes(o), `${where}: "not sure" implies unknown option "${o}"`);
        if (Array.isArray(implied))
          need(q.type === 'multi', `${where}: only a multiple-choice "not sure" can imply a list`);
      }
    }
  }

  for (const [qid, options] of Object.entries(REQUIRED_OPTIONS)) {
    const q = questions.get(qid);
    need(q !== undefined, `the engine needs question "${qid}"`);
    if (q)
      for (const o of options) need(optionIds(q).includes(o), `the engine needs option "${o}" on question "${qid}"`);
  }
  for (const { label, questions: ids } of PROFILE_QUESTIONS)
    for (const qid of ids) need(questions.has(qid), `the plan summary's "${label}" line needs question "${qid}"`);
  const sameIds = (qid: string, expected: string[], label: string) => {
    const q = questions.get(qid);
    need(q !== undefined, `the engine needs question "${qid}"`);
    if (q) {
      const got = optionIds(q);
      for (const e of expected) need(got.includes(e), `question "${qid}" must offer every ${label}; "${e}" is missing`);
      for (const g of got) need(expected.includes(g), `question "${qid}" offers "${g}", which is not a ${label}`);
    }
  };
  sameIds(Q.phases, [...phases.keys()], 'phase');
  sameIds(Q.pedTypes, [...pedTypes], 'PED type');
  sameIds(Q.stakeholders, [...stakeholders], 'stakeholder');
  sameIds(
    Q.level,
    c.levels.map((l) => l.id),
    'engagement level',
  );
  for (const qid of Object.values(PROGRAMME_QUESTIONS))
    need(questions.has(qid), `the plan's programme details need question "${qid}"`);
  const stageQuestion = questions.get(Q.stage);
  const stages = stageQuestion ? optionIds(stageQuestion) : [];
  for (const phase of c.phases)
    for (const stage of phase.startsAt ?? [])
      need(stages.includes(stage), `phase "${phase.id}": startsAt names unknown development stage "${stage}"`);
  for (const stage of stages) {
    const n = c.phases.filter((p) => p.startsAt?.includes(stage)).length;
    need(n === 1, `development stage "${stage}" must start exactly one phase (startsAt), found ${n}`);
  }

  const contextIds = new Set<string>();
  uniq(
    'context id',
    c.contexts.map((x) => x.id),
  );
  for (const x of c.contexts) {
    errors.push(...checkCondition(x.when, questions, `context "${x.id}"`, undefined, contextIds));
    contextIds.add(x.id);
  }
  for (const r of c.regions) {
    const f = r.filingScope;
    if (!f) continue;
    const where = `region "${r.id}" filingScope`;
    need(questions.get(f.date)?.type === 'date', `${where}: "${f.date}" is not a date question`);
    errors.push(...checkCondition(f.appliesTo, questions, `${where} appliesTo`, undefined, contextIds));
    for (const [i, w] of f.waves.entries())
      errors.push(...checkCondition(w.when, questions, `${where} waves.${i}`, undefined, contextIds));
  }
  for (const x of c.phases)
    for (const [i, n] of (x.notes ?? []).entries())
      errors.push(...checkCondition(n.when, questions, `phase "${x.id}" notes.${i}`, undefined, contextIds));
  for (const p of c.points) {
    const where = `point "${p.id}"`;
    if (p.appliesTo)
      errors.push(...checkCondition(p.appliesTo, questions, `${where} appliesTo`, undefined, contextIds));
    for (const [i, v] of (p.variants ?? []).entries()) {
      errors.push(...checkCondition(v.when, questions, `${where} variants.${i}`, undefined, contextIds));
      cite(`${where} variants.${i}`, v.references ?? []);
    }
    for (const m of p.methods)
      if (m.appliesTo)
        errors.push(
          ...checkCondition(m.appliesTo, questions, `${where} method "${m.method}" appliesTo`, undefined, contextIds),
        );
    for (const [i, n] of (p.notes ?? []).entries())
      errors.push(...checkCondition(n.when, questions, `${where} notes.${i}`, undefined, contextIds));
    need(!(p.setup && p.catchUp), `${where}: a set-up point is always kept, so it needs no catchUp`);
    for (const [i, l] of p.whyHere.entries())
      if (l.when) errors.push(...checkCondition(l.when, questions, `${where} whyHere.${i}`, undefined, contextIds));
    need(
      p.whyHere.some((l) => l.when === undefined),
      `${where}: whyHere needs a line without "when", so every plan says why the point matters`,
    );
    for (const [i, l] of p.whyHere.entries())
      for (const m of l.text.matchAll(/\{([a-z]+)\}/g))
        need(m[1]! in c.scoring.why.words, `${where} whyHere.${i}: unknown placeholder {${m[1]}}`);
  }
  for (const q of c.scoring.why.crossCutting)
    need(questions.has(q), `scoring why.crossCutting: unknown question "${q}"`);
  // A cross-cutting rule gives its reason only in the considerations, so it must name one.
  const crossCutting = new Set(c.scoring.why.crossCutting);
  for (const r of c.rules)
    if (conditionLeaves(r.when).every((leaf) => 'q' in leaf && crossCutting.has(leaf.q)))
      need(
        (r.effects.considerations ?? []).length > 0,
        `rule "${r.id}" rests only on cross-cutting answers, so it must name a consideration to give its reason in`,
      );
  for (const [key, w] of Object.entries(c.scoring.why.words))
    for (const q of w.from) need(questions.has(q), `scoring why.words.${key}: unknown question "${q}"`);
  for (const x of [...c.methods, ...c.stakeholders, ...c.references])
    if (x.appliesTo)
      errors.push(...checkCondition(x.appliesTo, questions, `"${x.id}" appliesTo`, undefined, contextIds));
  for (const x of c.considerations)
    for (const [i, n] of (x.notes ?? []).entries())
      errors.push(...checkCondition(n.when, questions, `consideration "${x.id}" notes.${i}`, undefined, contextIds));
  for (const x of c.considerations)
    if (x.appliesTo)
      errors.push(
        ...checkCondition(x.appliesTo, questions, `consideration "${x.id}" appliesTo`, undefined, contextIds),
      );

  for (const r of c.rules) {
    const where = `rule "${r.id}"`;
    errors.push(...checkCondition(r.when, questions, where, undefined, contextIds));
    cite(where, r.references);
    const e = r.effects;
    for (const { point } of [...(e.include ?? []), ...(e.demote ?? []), ...(e.level ?? [])])
      need(points.has(point), `${where}: unknown point "${point}"`);
    for (const point of e.exclude ?? []) need(points.has(point), `${where}: unknown point "${point}"`);
    for (const m of e.methods ?? []) {
      used.methods.add(m.method);
      need(methods.has(m.method), `${where}: unknown method "${m.method}"`);
      for (const p of m.points ?? []) need(points.has(p), `${where}: unknown point "${p}"`);
    }
    for (const s of e.stakeholders ?? []) {
      used.stakeholders.add(s.stakeholder);
      need(stakeholders.has(s.stakeholder), `${where}: unknown stakeholder "${s.stakeholder}"`);
      for (const p of s.points ?? []) need(points.has(p), `${where}: unknown point "${p}"`);
    }
    for (const x of e.considerations ?? []) need(considerations.has(x), `${where}: unknown consideration "${x}"`);
    const effectCount = Object.values(e).reduce((n, list) => n + (list?.length ?? 0), 0);
    need(effectCount > 0, `${where}: has no effect`);
    errors.push(...checkAnswers(r.examples.fires, questions, `${where} examples.fires`));
    errors.push(...checkAnswers(r.examples.silent, questions, `${where} examples.silent`));
  }

  for (const x of c.examples) {
    errors.push(...checkAnswers(x.answers, questions, `example "${x.id}"`));
    for (const { point } of x.expect?.present ?? [])
      need(points.has(point), `example "${x.id}": unknown point "${point}"`);
    for (const point of x.expect?.absent ?? []) need(points.has(point), `example "${x.id}": unknown point "${point}"`);
  }

  for (const m of methods) need(used.methods.has(m), `method "${m}" is not used by any engagement point or rule`);
  for (const s of stakeholders)
    need(used.stakeholders.has(s), `stakeholder "${s}" is not named by any engagement point or rule`);
  for (const t of pedTypes)
    need(used.pedTypes.has(t), `PED type "${t}" is not generated or used by any engagement point`);
  const superseded = new Set(c.references.filter((r) => r.status === 'superseded').map((r) => r.id));
  for (const r of references) need(used.refs.has(r) || superseded.has(r), `reference "${r}" is not cited anywhere`);

  errors.push(...checkScoring(c));
  errors.push(...checkTimeline(c));
  errors.push(...checkReferenceRecords(c), ...supersededCitedAsCurrent(c));
  return errors;
}
