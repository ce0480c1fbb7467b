/**
 * The impact report as Word opens it: unzipped, word/document.xml has the five GRIPP2 sections as
 * Word headings, in order, and the text the team logged (what happened, what changed, the feedback
 * to partners, the metric's result, the reflections).
 */
import { describe, expect, it } from 'vitest';
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { exampleDocument } from '../../src/domain/document/create';
import type { PlanDocument } from '../../src/domain/document/types';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { impactReportOutline } from '../../src/domain/export/impactReport';
import { docxDocument } from '../../src/features/export-docx/renderDocx';
import { formatDate } from '../../src/domain/plan/labels';
import { realContent } from './realContent';

const content = realContent();
const base = exampleDocument(content, 'paediatric-rare-disease', '2026-12-02T10:00:00.000Z');
const [first, second] = buildPlan(content, base).phases.flatMap((p) => p.items);
const doc: PlanDocument = {
  ...base,
  edits: { ...base.edits, points: { [first!.id]: { status: 'done' } } },
  record: {
    points: {
      [first!.id]: [
        {
          id: 'a',
          date: '2027-01-20',
          happened: 'Parents & young people met twice <online>.',
          changed: 'Visits moved to school holidays.',
          feedback: { date: '2027-02-01', how: 'newsletter', summary: 'You said, we did.' },
          metricId: 'feedback-given',
          metricResult: 'All 12 partners heard back within 4 weeks.',
        },
      ],
      [second!.id]: [{ id: 'b', happened: 'Charity reviewed the leaflet.', changed: '' }],
    },
    reflections: 'Fewer meetings, better prepared.',
  },
};

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

describe('impact report (Word)', () => {
  it('has the five GRIPP2 headings and the logged text', async () => {
    const blocks = impactReportOutline({
      plan: buildPlan(content, doc),
      content,
      document: doc,
      dateText: formatDate,
    });
    const bytes = await Packer.toBuffer(docxDocument(blocks, { title: 'Impact', creator: 'test' }));
    const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!);
    const paragraphs = [...xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/gs)].map((m) => {
      const body = m[1] ?? m[2] ?? '';
      return {
        style: /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1] ?? '',
        text: unescape([...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
      };
    });
    expect(paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual([
      '1. Aim',
      '2. Methods',
      '3. Results',
      '4. Outcomes',
      '5. Reflections',
    ]);
    expect(paragraphs.filter((p) => p.style === 'Heading3').map((p) => p.text)).toEqual([first!.title, second!.title]);
    const all = paragraphs.map((p) => p.text);
    expect(all).toContain('20 January 2027: Parents & young people met twice <online>.');
    expect(all).toContain('Feedback to partners (1 February 2027, newsletter): You said, we did.');
    expect(all).toContain('Partners told what happened to their input: All 12 partners heard back within 4 weeks.');
    expect(all).toContain(`${first!.title} (20 January 2027): Visits moved to school holidays.`);
    expect(all).toContain('date not recorded: Charity reviewed the leaflet.');
    expect(all).toContain('Fewer meetings, better prepared.');
    expect(xml).toContain('<w:tbl>');
    expect(bytes.length).toBeGreaterThan(5000);
  });
});
