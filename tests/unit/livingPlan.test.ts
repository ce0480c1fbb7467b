/**
 * The living plan in the pure domain: named versions freeze the inputs (never the plan), the diff of
 * two versions rebuilds both plans, and the GRIPP2 short-form report is built from the impact log.
 * Expectations are written by hand from the oncology example (content/examples).
 */
import { describe, expect, it } from 'vitest';
import { exampleDocument } from '../../src/domain/document/create';
import type { PlanDocument } from '../../src/domain/document/types';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { diffLines, versionDiff } from '../../src/domain/record/diff';
import {
  addEntry,
  currentInputs,
  removeEntry,
  saveVersion,
  setReflections,
  updateEntry,
} from '../../src/domain/record/log';
import { impactReportOutline } from '../../src/domain/export/impactReport';
import { outlineMarkdown } from '../../src/domain/export/markdown';
import { formatDate } from '../../src/domain/plan/labels';
import { restoreDocument } from '../../src/domain/document/migrations';
import { realContent } from './realContent';

const content = realContent();
const NOW = '2026-12-02T10:00:00.000Z';
const base = exampleDocument(content, 'oncology-hta', NOW);
const PARTNERSHIP = "Set up the programme's patient partnership";
const ENDPOINTS = 'Choose endpoints and meaningful change that matter to patients';

const changed: PlanDocument = {
  ...base,
  edits: {
    points: {
      'td-endpoints': { owner: 'Sam', status: 'done', targetDate: '2027-03-01' },
      'ps-partnership-setup': { decision: 'exclude', reason: 'Run by the charity' },
      'ps-unmet-need': { priority: 'essential' },
    },
    custom: [
      {
        id: 'c1',
        phase: 'launch',
        title: 'Carers’ café',
        description: 'Carers say what support they need.',
        who: ['carers'],
        level: 'consult',
        priority: 'optional',
      },
    ],
  },
};

describe('named versions', () => {
  it('freeze the inputs under a name: later edits never reach into the version', () => {
    const saved = saveVersion(base, { id: 'v1', name: '  v1 for the steering committee ', savedAt: NOW });
    expect(saved.versions).toEqual([
      { id: 'v1', name: 'v1 for the steering committee', savedAt: NOW, ...currentInputs(base) },
    ]);
    const v = saved.versions![0]!;
    expect(v.answers).not.toBe(base.answers);
    expect(Object.keys(v)).not.toContain('plan');
    // Saved, then restored: the version comes back exactly.
    expect(restoreDocument(saved)).toEqual({ ok: true, document: saved });
  });
});

describe('versionDiff', () => {
  it('names the points added, removed (with the team’s reason) and changed, field by field', () => {
    const diff = versionDiff(content, currentInputs(base), currentInputs(changed));
    expect(diff).toEqual({
      added: [{ id: 'c1', title: 'Carers’ café', priority: 'optional' }],
      removed: [
        { id: 'ps-partnership-setup', title: PARTNERSHIP, priority: 'recommended', leftOut: 'Run by the charity' },
      ],
      // In the later plan's order: the point made essential now comes first.
      changed: [
        {
          id: 'ps-unmet-need',
          title: 'Understand life with the condition and what is missing',
          changes: [{ field: 'priority', from: 'Recommended', to: 'Essential' }],
        },
        {
          id: 'td-endpoints',
          title: ENDPOINTS,
          changes: [
            { field: 'owner', from: null, to: 'Sam' },
            { field: 'targetDate', from: null, to: '2027-03-01' },
            { field: 'status', from: null, to: 'Done' },
          ],
        },
      ],
    });
  });

  it('reads as sentences, and says so when nothing differs', () => {
    const lines = diffLines(versionDiff(content, currentInputs(base), currentInputs(changed)), formatDate);
    expect(lines).toContain('Added: Carers’ café (Optional).');
    expect(lines).toContain(`Removed: ${PARTNERSHIP} (left out by the team: Run by the charity).`);
    expect(lines).toContain(
      `Changed: ${ENDPOINTS}: owner not set → Sam; target date not set → 1 March 2027; status not set → Done.`,
    );
    expect(lines.filter((l) => l.endsWith('priority Recommended → Essential.'))).toHaveLength(1);
    expect(diffLines(versionDiff(content, currentInputs(base), currentInputs(base)), formatDate)).toEqual([
      'No differences: both give the same plan.',
    ]);
  });

  it('the other way round, what was added is removed', () => {
    const diff = versionDiff(content, currentInputs(changed), currentInputs(base));
    expect(diff.removed).toEqual([{ id: 'c1', title: 'Carers’ café', priority: 'optional' }]);
    expect(diff.added.map((p) => p.id)).toEqual(['ps-partnership-setup']);
  });
});

describe('the impact log', () => {
  it('adds, changes and removes entries; an emptied point leaves no trace', () => {
    const e = { id: 'e1', date: '2027-02-10', happened: 'Panel met', changed: '' };
    let doc = addEntry(base, 'td-endpoints', e);
    doc = updateEntry(doc, 'td-endpoints', { ...e, changed: 'New endpoint' });
    expect(doc.record).toEqual({ points: { 'td-endpoints': [{ ...e, changed: 'New endpoint' }] } });
    expect(removeEntry(doc, 'td-endpoints', 'e1').record).toEqual({ points: {} });
    expect(setReflections(doc, 'Went well').record?.reflections).toBe('Went well');
    expect(setReflections(setReflections(doc, 'x'), '  ').record).toEqual(doc.record);
  });
});

describe('the GRIPP2 impact report', () => {
  const logged: PlanDocument = {
    ...changed,
    record: {
      points: {
        'td-endpoints': [
          {
            id: 'e1',
            date: '2027-02-10',
            happened: 'Two patient panels ranked the candidate endpoints.',
            changed: 'Fatigue became a key secondary endpoint.',
            feedback: { date: '2027-03-01', how: 'email', summary: 'What we changed and why.' },
            metricId: 'changes-traced',
            metricResult: '3 of 4 suggestions adopted.',
          },
        ],
      },
      reflections: 'Recruiting carers took longer than planned.\n\nWe would start earlier.',
    },
  };
  const outline = (doc: PlanDocument) =>
    impactReportOutline({
      plan: buildPlan(content, doc),
      content,
      document: doc,
      dateText: formatDate,
    });

  it('has the five GRIPP2 sections, built from the plan and its log', () => {
    const blocks = outline(logged);
    const headings = blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toEqual([
      `${base.name}: patient and public involvement impact report`,
      '1. Aim',
      '2. Methods',
      '3. Results',
      ENDPOINTS,
      '4. Outcomes',
      '5. Reflections',
    ]);
    const text = JSON.stringify(blocks);
    expect(text).toContain(
      'Purpose: Choose outcomes and endpoints that matter to patients, Help people join and stay in the trial, Support the application for approval, Support health technology assessment and access',
    );
    expect(text).toContain('Condition: HER2-low metastatic breast cancer (Cancer)');
    const methods = blocks.find((b) => b.kind === 'table');
    expect(methods?.kind === 'table' && methods.rows.map((r) => [r[0], r[2]])).toEqual([[ENDPOINTS, 'Collaborate']]);
    expect(blocks).toContainEqual({
      kind: 'bullets',
      items: [
        '10 February 2027: Two patient panels ranked the candidate endpoints.',
        'Feedback to partners (1 March 2027, email): What we changed and why.',
        'Changes traced to patient input: 3 of 4 suggestions adopted.',
      ],
    });
    expect(blocks).toContainEqual({
      kind: 'bullets',
      items: [`${ENDPOINTS} (10 February 2027): Fatigue became a key secondary endpoint.`],
    });
    expect(blocks.slice(-2)).toEqual([
      { kind: 'paragraph', text: 'Recruiting carers took longer than planned.' },
      { kind: 'paragraph', text: 'We would start earlier.' },
    ]);
  });

  it('says “not yet recorded” where nothing is logged', () => {
    const text = JSON.stringify(outline(base));
    expect(text).toContain('Not yet recorded: no engagement point is marked done.');
    expect(text).toContain('Not yet recorded: no impact is logged.');
    expect(text).toContain('Not yet recorded: no change because of patient input is logged.');
    expect(text).toContain('Not yet recorded: the team has not written its reflections.');
  });

  it('reads as Markdown too', () => {
    const md = outlineMarkdown(outline(logged));
    expect(md).toContain('\n## 3. Results\n');
    expect(md).toContain(`\n### ${ENDPOINTS}\n`);
    expect(md).toContain('- Feedback to partners (1 March 2027, email): What we changed and why.');
    expect(md).toContain('| Engagement point | Who took part | Level of engagement | Methods |\n| --- |');
  });
});
