/**
 * The PDF says what it left out: characters its font cannot draw (Chinese, Japanese, emoji) are
 * reported, and the file is named from the plan's own safe characters or its id, never "imported".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsPDF } from 'jspdf';
import { buildPlan } from '../../src/domain/engine/buildPlan';
import { exampleDocument } from '../../src/domain/document/create';
import { droppedMessage, pdfFileName } from '../../src/features/export-pdf/options';
import { DEFAULT_PDF_OPTIONS, renderPlanPdf } from '../../src/features/export-pdf/renderPlanPdf';
import { makeSanitiser } from '../../src/features/export-pdf/text';
import { realContent } from './realContent';

const FONT_DIR = join(import.meta.dirname, '..', '..', 'node_modules', 'dejavu-fonts-ttf', 'ttf');

describe('what the PDF leaves out', () => {
  it('the sanitiser reports each character it drops', () => {
    const dropped: string[] = [];
    const clean = makeSanitiser(
      (cp) => cp < 0x2000,
      (ch) => dropped.push(ch),
    );
    expect(clean('Plan 中文 🎉 ok')).toBe('Plan ok');
    expect(dropped).toEqual(['中', '文', '🎉']);
  });

  it('a plan named in Chinese and Japanese: the render lists the missing characters', () => {
    const content = realContent();
    const example = content.examples[0]!;
    const document = { ...exampleDocument(content, example.id, '2026-11-01T00:00:00Z'), name: '患者計画 プラン' };
    const plan = buildPlan(content, { answers: document.answers });
    const dropped = new Set<string>();
    const fonts = {
      regular: readFileSync(join(FONT_DIR, 'DejaVuSans.ttf')).toString('base64'),
      bold: readFileSync(join(FONT_DIR, 'DejaVuSans-Bold.ttf')).toString('base64'),
    };
    renderPlanPdf(jsPDF, {
      plan,
      content,
      document,
      options: { ...DEFAULT_PDF_OPTIONS, audience: 'partner' },
      fonts,
      now: new Date('2026-11-01T00:00:00Z'),
      dropped,
    });
    expect([...dropped].sort()).toEqual(['プ', 'ラ', 'ン', '患', '画', '者', '計'].sort());
    expect(droppedMessage([...dropped])).toBe(
      ' 7 different characters the PDF font cannot draw were left out: ' +
        `${[...dropped].join(', ')}. The plan itself keeps them.`,
    );
  }, 60_000);

  it('says nothing when nothing was dropped', () => {
    expect(droppedMessage([])).toBe('');
    expect(droppedMessage(['中'])).toBe(
      ' 1 character the PDF font cannot draw was left out: 中. The plan itself keeps them.',
    );
  });
});

describe('PDF file names', () => {
  it('come from the plan name without "(imported)", or from the plan id', () => {
    expect(pdfFileName('患者計画 (imported)', 'team', 'b3f1c2d4-0000-4000-8000-000000000001')).toBe(
      'b3f1c2d4-0000-4000-8000-000000000001.pdf',
    );
    expect(pdfFileName('Asthma study (imported)', 'partner', 'x')).toBe('asthma-study-partner.pdf');
    expect(pdfFileName('中文 Plan 2', 'team', 'x')).toBe('plan-2.pdf');
  });
});
