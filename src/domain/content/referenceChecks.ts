import type { Content, Reference } from './schema';

/** One piece of content with its texts and the references it cites (null: it cannot cite any). */
export interface CitingEntry {
  where: string;
  texts: string[];
  references: string[] | null;
}

const words = (xs: (string | undefined)[] | undefined) => (xs ?? []).filter((x): x is string => !!x);

/** Every text in the knowledge base with the references its entry cites. */
export function citingEntries(c: Content): CitingEntry[] {
  const out: CitingEntry[] = [];
  for (const p of c.points) {
    const variants = p.variants ?? [];
    out.push({
      where: `point "${p.id}"`,
      texts: [
        p.title,
        p.decision,
        p.whyItMatters,
        ...p.outputs,
        p.evaluation,
        p.plain,
        ...words([p.catchUp]),
        ...p.methods.map((m) => m.why),
        ...(p.notes ?? []).map((n) => n.text),
        ...variants.flatMap((v) =>
          words([v.title, v.decision, v.whyItMatters, v.evaluation, v.plain, ...(v.outputs ?? [])]),
        ),
      ],
      references: [...p.references, ...variants.flatMap((v) => v.references ?? [])],
    });
  }
  for (const m of c.methods)
    out.push({
      where: `method "${m.id}"`,
      texts: [m.purpose, m.participants, ...m.strengths, ...m.limits, m.accessibility, m.plain],
      references: m.references,
    });
  for (const x of c.considerations)
    out.push({
      where: `consideration "${x.id}"`,
      texts: [x.summary, ...x.actions, x.plain, ...(x.notes ?? []).map((n) => n.text)],
      references: x.references,
    });
  for (const r of c.regions)
    out.push({ where: `region "${r.id}"`, texts: [r.summary, ...r.notes], references: r.references });
  for (const r of c.rules) out.push({ where: `rule "${r.id}"`, texts: [r.reason], references: r.references });
  for (const l of c.levels)
    out.push({ where: `level "${l.id}"`, texts: [l.promise, l.plain], references: l.references });
  for (const p of c.pedTypes)
    out.push({ where: `PED type "${p.id}"`, texts: [p.description, p.plain], references: p.references });
  for (const q of c.qualityCriteria)
    out.push({ where: `quality criterion "${q.id}"`, texts: [q.question, q.plain], references: q.references });
  for (const g of c.glossary)
    out.push({ where: `glossary term "${g.id}"`, texts: [g.plain], references: g.references ?? null });
  for (const r of c.scoring.rates)
    out.push({ where: `scoring rates "${r.region}"`, texts: [r.source], references: [r.reference] });
  for (const s of c.stakeholders)
    out.push({ where: `stakeholder "${s.id}"`, texts: [s.description, s.plain], references: null });
  for (const p of c.phases) out.push({ where: `phase "${p.id}"`, texts: [p.summary, p.plain], references: null });
  for (const q of c.questions)
    out.push({
      where: `question "${q.id}"`,
      texts: [q.prompt, q.help, ...words((q.options ?? []).flatMap((o) => [o.label, o.help]))],
      references: null,
    });
  return out;
}

/**
 * Identifiers of named documents: ICH guidelines, EU regulations and directives, standards, GVP
 * modules, MDCG and NICE manuals. Each match yields the key a reference title or name must contain.
 */
const DOCUMENT_PATTERNS: { pattern: RegExp; key: (m: RegExpExecArray) => string }[] = [
  { pattern: /\bICH ([EMQS]\d+[A-Z]?)(?:\s?\((R\d+)\))?/g, key: (m) => `ICH ${m[1]}${m[2] ? `(${m[2]})` : ''}` },
  {
    pattern: /\b(?:Implementing |Delegated )?Regulation (?:\((?:EU|EC)\) )?(?:No )?(\d{2,4}\/\d{1,4})/g,
    key: (m) => `${m[1]}`,
  },
  { pattern: /\bDirective (?:\((?:EU|EC)\) )?(\d{2,4}\/\d+)(?:\/(?:EC|EU|EEC))?/g, key: (m) => `${m[1]}` },
  { pattern: /\b(IEC|ISO) (\d{3,5}(?:-\d+)*)/g, key: (m) => `${m[1]} ${m[2]}` },
  { pattern: /\bGVP Module ([IVX]+)\b/g, key: (m) => `GVP Module ${m[1]}` },
  { pattern: /\bMDCG (\d{4}-\d+)/g, key: (m) => `MDCG ${m[1]}` },
  { pattern: /\bPMG(\d+)\b/g, key: (m) => `PMG${m[1]}` },
  { pattern: /\bPFDD guidance (\d)\b/gi, key: (m) => `PFDD guidance ${m[1]}` },
];

const norm = (s: string) => s.replace(/\s+/g, ' ').replace(/ \(/g, '(').toLowerCase();

function documentKeys(text: string): string[] {
  const keys = new Set<string>();
  for (const { pattern, key } of DOCUMENT_PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) keys.add(key(m));
  }
  return [...keys];
}

const nameOf = (r: Reference) => [r.title, ...(r.names ?? [])].map(norm);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A text that names a document (ICH E6(R3), Regulation (EU) 2021/2282, IEC 62366-1, a reference's
 * listed name such as "PFDD guidance 3") must cite a reference for it; an entry that cannot cite
 * (a stakeholder, a question) needs the reference to exist in the knowledge base.
 */
export function namedDocumentsWithoutReference(c: Content, entries = citingEntries(c)): string[] {
  const problems: string[] = [];
  const refs = c.references.map((r) => ({ r, names: nameOf(r) }));
  const byName = refs.flatMap(({ r }) =>
    (r.names ?? []).map((n) => ({ r, pattern: new RegExp(`(?<![A-Za-z0-9])${escape(n)}(?![A-Za-z0-9])`, 'i') })),
  );
  for (const e of entries) {
    const text = e.texts.join('\n');
    const cited = new Set(e.references ?? []);
    const reported = new Set<string>();
    for (const key of documentKeys(text)) {
      const k = norm(key);
      const matches = refs.filter(({ names }) => names.some((n) => n.includes(k))).map(({ r }) => r.id);
      if (!matches.length) problems.push(`${e.where}: names "${key}", but no reference entry is for it`);
      else if (e.references && !matches.some((id) => cited.has(id))) {
        problems.push(`${e.where}: names "${key}" without citing ${matches.map((id) => `"${id}"`).join(' or ')}`);
        matches.forEach((id) => reported.add(id));
      }
    }
    if (!e.references) continue;
    const missing = new Set<string>();
    for (const { r, pattern } of byName)
      if (!cited.has(r.id) && !reported.has(r.id) && pattern.test(text)) missing.add(r.id);
    for (const id of missing) {
      const names = refs.find((x) => x.r.id === id)?.r.names ?? [];
      const used = names.find((n) => new RegExp(`(?<![A-Za-z0-9])${escape(n)}(?![A-Za-z0-9])`, 'i').test(text));
      problems.push(`${e.where}: names "${used ?? id}" without citing "${id}"`);
    }
  }
  return problems;
}

/**
 * The references a text names: by a document identifier (ICH E6(R3), Regulation (EU) 2021/2282)
 * found in a reference's title or names, or by one of a reference's listed names ("PFDD guidance 3").
 */
export function referencesNamedIn(c: Pick<Content, 'references'>, text: string): string[] {
  const found = new Set<string>();
  const { refs, byName } = nameIndex(c.references);
  for (const key of documentKeys(text)) {
    const k = norm(key);
    for (const { r, names } of refs) if (names.some((n) => n.includes(k))) found.add(r.id);
  }
  for (const { id, pattern } of byName) if (pattern.test(text)) found.add(id);
  return [...found];
}

const nameIndexes = new WeakMap<
  readonly Reference[],
  { refs: { r: Reference; names: string[] }[]; byName: { id: string; pattern: RegExp }[] }
>();
/** Each reference's names, normalised and as patterns, built once per knowledge base. */
function nameIndex(references: readonly Reference[]) {
  let out = nameIndexes.get(references);
  if (!out) {
    out = {
      refs: references.map((r) => ({ r, names: nameOf(r) })),
      byName: references.flatMap((r) =>
        (r.names ?? []).map((n) => ({
          id: r.id,
          pattern: new RegExp(`(?<![A-Za-z0-9])${escape(n)}(?![A-Za-z0-9])`, 'i'),
        })),
      ),
    };
    nameIndexes.set(references, out);
  }
  return out;
}

/**
 * A superseded reference may be cited only next to its successor, by a text that says it was
 * replaced (for the record); any other citation presents it as current.
 */
export function supersededCitedAsCurrent(c: Content, entries = citingEntries(c)): string[] {
  const byId = new Map(c.references.map((r) => [r.id, r]));
  const problems: string[] = [];
  for (const e of entries) {
    const text = e.texts.join('\n');
    for (const id of e.references ?? []) {
      const r = byId.get(id);
      if (r?.status !== 'superseded') continue;
      const withSuccessor = r.supersededBy !== undefined && (e.references ?? []).includes(r.supersededBy);
      if (!withSuccessor || !/supersed|replac/i.test(text))
        problems.push(
          `${e.where}: cites "${id}" as current, but it was superseded by "${r.supersededBy ?? '?'}" (cite that instead)`,
        );
    }
  }
  return problems;
}

/** Status, successor and DOI rules a schema alone cannot express. */
export function checkReferenceRecords(c: Content): string[] {
  const byId = new Map(c.references.map((r) => [r.id, r]));
  const problems: string[] = [];
  for (const r of c.references) {
    const where = `reference "${r.id}"`;
    if (r.status === 'superseded' && !r.supersededBy) problems.push(`${where}: superseded, but no supersededBy`);
    if (r.status !== 'superseded' && r.supersededBy)
      problems.push(`${where}: has supersededBy, so its status must be superseded`);
    if (r.supersededBy) {
      const next = byId.get(r.supersededBy);
      if (!next) problems.push(`${where}: supersededBy unknown reference "${r.supersededBy}"`);
      else if (next.status === 'superseded') problems.push(`${where}: its successor "${next.id}" is superseded too`);
    }
    if (r.kind === 'paper' && !r.doi) problems.push(`${where}: a paper needs its DOI`);
    if (r.doi && !/^10\.\d{4,9}\/\S+$/.test(r.doi)) problems.push(`${where}: DOI "${r.doi}" is not a DOI`);
  }
  return problems;
}
