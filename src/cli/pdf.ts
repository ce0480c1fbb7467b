/**
 * `npm run pdf -- <plan.json> <out.pdf>`            a saved plan (PlanDocument JSON) to PDF
 * `npm run pdf -- --example <id> <out.pdf>`         an example plan to PDF
 * `npm run pdf -- --list-examples`                  the example ids, one per line
 * Flags: --partner (the patient-partner guide), --letter (US Letter instead of A4),
 *        --poster (the one-page map poster, A3 landscape; add --a4 for A4 landscape).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { jsPDF } from 'jspdf';
import { loadContentDir } from './readContentDir';
import { exampleDocument } from '../domain/document/create';
import { buildPlan } from '../domain/engine/buildPlan';
import { restoreDocument } from '../domain/document/migrations';
import { DEFAULT_PDF_OPTIONS, renderPlanPdf, type PdfOptions } from '../features/export-pdf/renderPlanPdf';
import { readFonts } from './fonts';
import { renderPosterPdf } from '../features/export-pdf/poster';

const USAGE = `Usage:
  npm run pdf -- <plan.json> <out.pdf> [--partner] [--letter] [--poster [--a4]]
  npm run pdf -- --example <example-id> <out.pdf> [--partner] [--letter] [--poster [--a4]]
  npm run pdf -- --list-examples`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function main(argv: string[]): void {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const known = new Set(['--partner', '--letter', '--example', '--list-examples', '--help', '--poster', '--a4']);
  for (const f of flags) if (!known.has(f)) fail(`Unknown option ${f}.\n${USAGE}`);
  if (flags.has('--help')) {
    console.log(USAGE);
    return;
  }
  const positional = argv.filter((a) => !a.startsWith('--'));

  const loaded = loadContentDir();
  if (!loaded.ok)
    fail(
      `The knowledge base in content/ is invalid (${loaded.errors.length} problem(s)); run npm run content:check.\n  ${loaded.errors.slice(0, 10).join('\n  ')}`,
    );
  const content = loaded.content;

  if (flags.has('--list-examples')) {
    for (const x of content.examples) console.log(x.id);
    return;
  }

  const now = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date();
  let document;
  let out: string | undefined;
  if (flags.has('--example')) {
    const [id, target] = positional;
    if (!id || !target) fail(USAGE);
    if (!content.examples.some((x) => x.id === id))
      fail(`There is no example called "${id}". Examples: ${content.examples.map((x) => x.id).join(', ') || 'none'}.`);
    document = exampleDocument(content, id, now.toISOString());
    out = target;
  } else {
    const [file, target] = positional;
    if (!file || !target) fail(USAGE);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      fail(`Could not read ${file}: ${(error as Error).message}`);
    }
    const restored = restoreDocument(json);
    if (!restored.ok) fail(`${file} is not a valid saved plan: ${restored.error}`);
    document = restored.document;
    out = target;
  }

  const options: PdfOptions = {
    ...DEFAULT_PDF_OPTIONS,
    pageSize: flags.has('--letter') ? 'letter' : 'a4',
    audience: flags.has('--partner') ? 'partner' : 'team',
  };
  const plan = buildPlan(content, { answers: document.answers, edits: document.edits, settings: document.settings });
  if (flags.has('--poster')) {
    const size = flags.has('--a4') ? 'a4' : 'a3';
    const { doc, info } = renderPosterPdf(jsPDF, { plan, content, document, size, fonts: readFonts(), now });
    const bytes = Buffer.from(doc.output('arraybuffer'));
    writeFileSync(out, bytes);
    const mm = (pt: number) => Math.round((pt * 25.4) / 72);
    const page = doc.internal.pageSize;
    console.log(
      `${out}: poster, ${size.toUpperCase()} landscape (${mm(page.getWidth())} × ${mm(page.getHeight())} mm), ${doc.getNumberOfPages()} page, ${bytes.length} bytes, smallest card title ${info.minTitleSize} pt`,
    );
    return;
  }
  const doc = renderPlanPdf(jsPDF, { plan, content, document, options, fonts: readFonts(), now });
  const bytes = Buffer.from(doc.output('arraybuffer'));
  writeFileSync(out, bytes);
  console.log(`${out}: ${doc.getNumberOfPages()} pages, ${bytes.length} bytes`);
}

main(process.argv.slice(2));
