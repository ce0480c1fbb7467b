/**
 * The Word export, opened as Word would: the zip holds word/document.xml; its headings use Word's own
 * Heading styles in an engagement plan's usual sections; every point title is there in plan order;
 * tables are real Word tables (w:tbl) with a repeated header row; the team's owner is in the roles table.
 */
import { describe, expect, it } from 'vitest';
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { exampleDocument } from '../../src/domain/document/create';
import type { PlanDocument } from '../../src/domain/document/types';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { engagementPlanOutline } from '../../src/domain/export/outline';
import { docxDocument } from '../../src/features/export-docx/renderDocx';
import { formatDate } from '../../src/domain/plan/labels';
import { realContent } from './realContent';

const content = realContent();
const NOW = '2026-12-02T10:00:00.000Z';

async function wordXml(doc: PlanDocument) {
  const plan = buildPlan(content, { answers: doc.answers, edits: doc.edits, settings: doc.settings });
  const blocks = engagementPlanOutline({ plan, content, document: doc, dateText: formatDate });
  const bytes = await Packer.toBuffer(docxDocument(blocks, { title: doc.name, creator: 'test' }));
  const files = unzipSync(new Uint8Array(bytes));
  expect(Object.keys(files)).toContain('word/document.xml');
  return { plan, xml: strFromU8(files['word/document.xml']!) };
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
/** Each paragraph's style and text, in document order. */
function paragraphs(xml: string) {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/gs)].map((m) => {
    const body = m[1] ?? m[2] ?? '';
    return {
      style: /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1] ?? '',
      text: unescape([...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
    };
  });
}

describe('Word export', () => {
  it('has an engagement plan’s sections as Word headings, and every point in order', async () => {
    const base = exampleDocument(content, 'oncology-hta', NOW);
    const doc = { ...base, edits: { ...base.edits, points: { 'td-endpoints': { owner: 'Outcomes lead & co.' } } } };
    const { plan, xml } = await wordXml(doc);
    const ps = paragraphs(xml);
    expect(ps.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual([
      '1. Aims of patient engagement',
      '2. Who is involved and how they are recruited',
      '3. Activities by phase',
      '4. Support and payment',
      '5. Governance and roles',
      '6. Evaluation and reporting',
      'References',
    ]);
    const phasesShown = plan.phases.filter((p) => p.items.length > 0).map((p) => p.phase.name);
    expect(ps.filter((p) => p.style === 'Heading3').map((p) => p.text)).toEqual(expect.arrayContaining(phasesShown));

    // The activities section lists every title, in the plan's order.
    const start = ps.findIndex((p) => p.text === '3. Activities by phase');
    const end = ps.findIndex((p) => p.text === '4. Support and payment');
    const section = ps.slice(start, end).map((p) => p.text);
    let at = 0;
    for (const title of plan.phases.flatMap((p) => p.items.map((i) => i.title))) {
      const found = section.indexOf(title, at);
      expect(found, `"${title}" in order`).toBeGreaterThanOrEqual(at);
      at = found + 1;
    }

    // Real tables, headed: one per phase shown plus who, costs, roles and evaluation.
    const tables = xml.match(/<w:tbl>/g) ?? [];
    expect(tables).toHaveLength(phasesShown.length + 4);
    expect(xml.match(/<w:tblHeader\/>/g)?.length).toBe(tables.length);
    expect(xml).toContain('Outcomes lead &amp; co.');
  });
});
