/**
 * `npm run export -- (--example <id> | <plan.json>) --format <format> <out>`
 * Renders a plan in Node with the same code as the browser. Formats:
 *   pdf      the full plan          partner  the patient-partner guide (PDF)
 *   summary  the executive summary (PDF, two to three pages)
 *   poster   the one-page map poster for a workshop wall (A3 landscape; --a4 for A4)
 *   docx     the plan as an editable Word document, in an engagement plan's usual sections
 *   impact   the impact report (GRIPP2 short form) from the plan's impact log, as a Word document
 *   csv      a table for a spreadsheet: --table actions (default) or --table budget
 *   ics      an iCalendar file of the dated activities (target dates and the milestone)
 * PDF flags: --letter (US Letter instead of A4).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { jsPDF } from 'jspdf';
import { loadContentDir } from './readContentDir';
import { readFonts } from './fonts';
import { exampleDocument } from '../domain/document/create';
import { restoreDocument } from '../domain/document/migrations';
import type { PlanDocument } from '../domain/document/types';
import { buildPlan } from '../domain/engine/buildPlan';
import { actionsCsv, budgetCsv } from '../domain/export/csv';
import { planIcs } from '../domain/export/ics';
import { DEFAULT_PDF_OPTIONS, renderPlanPdf } from '../features/export-pdf/renderPlanPdf';
import { renderPosterPdf } from '../features/export-pdf/poster';
import { Packer } from 'docx';
import { docxDocument } from '../features/export-docx/renderDocx';
import { formatDate } from '../domain/plan/labels';
import { engagementPlanOutline } from '../domain/export/outline';
import { impactReportOutline } from '../domain/export/impactReport';
import { GRIPP2_TEXT } from '../domain/record/labels';

const FORMATS = ['pdf', 'partner', 'summary', 'poster', 'docx', 'impact', 'csv', 'ics'] as const;
type Format = (typeof FORMATS)[number];
const TABLES = ['actions', 'budget'] as const;

const USAGE = `Usage:
  npm run export -- <plan.json> --format <${FORMATS.join('|')}> <out>
  npm run export -- --example <example-id> --format <${FORMATS.join('|')}> <out>
Options: --table <${TABLES.join('|')}> (csv only), --letter (PDF on US Letter), --a4 (poster on A4, not A3)`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Splits argv into options that take a value, flags and the rest. */
function parseArgs(argv: string[]) {
  const valued = new Set(['--example', '--format', '--table']);
  const flags = new Set(['--letter', '--a4', '--help']);
  const values = new Map<string, string>();
  const set = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (valued.has(a)) {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) fail(`${a} needs a value.\n${USAGE}`);
      values.set(a, v);
    } else if (flags.has(a)) set.add(a);
    else if (a.startsWith('--')) fail(`Unknown option ${a}.\n${USAGE}`);
    else positional.push(a);
  }
  return { values, flags: set, positional };
}

async function main(argv: string[]): Promise<void> {
  const { values, flags, positional } = parseArgs(argv);
  if (flags.has('--help')) return void console.log(USAGE);
  const format = values.get('--format');
  if (!format) fail(`Say which format with --format.\n${USAGE}`);
  if (!(FORMATS as readonly string[]).includes(format))
    fail(`There is no format "${format}". Formats: ${FORMATS.join(', ')}.`);
  const table = values.get('--table') ?? 'actions';
  if (!(TABLES as readonly string[]).includes(table))
    fail(`There is no table "${table}". Tables: ${TABLES.join(', ')}.`);
  if (values.has('--table') && format !== 'csv') fail('--table goes with --format csv.');
  if (flags.has('--a4') && format !== 'poster') fail('--a4 goes with --format poster.');

  const loaded = loadContentDir();
  if (!loaded.ok) fail(`The knowledge base in content/ is invalid; run npm run content:check.`);
  const content = loaded.content;
  const now = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date();

  const example = values.get('--example');
  const [source, out] = example ? [undefined, positional[0]] : positional;
  if (!out || (!example && !source) || positional.length > (example ? 1 : 2)) fail(USAGE);
  let document: PlanDocument;
  if (example) {
    if (!content.examples.some((x) => x.id === example))
      fail(`There is no example called "${example}". Examples: ${content.examples.map((x) => x.id).join(', ')}.`);
    document = exampleDocument(content, example, now.toISOString());
  } else {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(source!, 'utf8'));
    } catch (error) {
      fail(`Could not read ${source}: ${(error as Error).message}`);
    }
    const restored = restoreDocument(json);
    if (!restored.ok) fail(`${source} is not a valid saved plan: ${restored.error}`);
    document = restored.document;
  }

  const plan = buildPlan(content, { answers: document.answers, edits: document.edits, settings: document.settings });
  const kind = format as Format;
  if (kind === 'pdf' || kind === 'partner' || kind === 'summary') {
    const options = {
      ...DEFAULT_PDF_OPTIONS,
      pageSize: flags.has('--letter') ? ('letter' as const) : ('a4' as const),
      audience: kind === 'pdf' ? ('team' as const) : kind,
    };
    const doc = renderPlanPdf(jsPDF, { plan, content, document, options, fonts: readFonts(), now });
    const bytes = Buffer.from(doc.output('arraybuffer'));
    writeFileSync(out, bytes);
    return void console.log(`${out}: ${doc.getNumberOfPages()} pages, ${bytes.length} bytes`);
  }
  if (kind === 'poster') {
    const size = flags.has('--a4') ? 'a4' : 'a3';
    const { doc, info } = renderPosterPdf(jsPDF, { plan, content, document, size, fonts: readFonts(), now });
    const bytes = Buffer.from(doc.output('arraybuffer'));
    writeFileSync(out, bytes);
    return void console.log(
      `${out}: poster, ${size.toUpperCase()} landscape, ${bytes.length} bytes, smallest card title ${info.minTitleSize} pt`,
    );
  }
  if (kind === 'docx' || kind === 'impact') {
    const input = { plan, content, document, dateText: formatDate };
    const blocks = kind === 'docx' ? engagementPlanOutline(input) : impactReportOutline(input);
    const bytes = await Packer.toBuffer(
      docxDocument(blocks, {
        title: kind === 'docx' ? `${document.name}: patient engagement plan` : GRIPP2_TEXT.title(document.name),
        creator: 'Patient engagement planner',
        ...(kind === 'impact'
          ? { description: 'Patient and public involvement impact report (GRIPP2 short form)' }
          : {}),
      }),
    );
    writeFileSync(out, bytes);
    return void console.log(`${out}: ${blocks.length} blocks, ${bytes.length} bytes`);
  }
  const text =
    kind === 'ics'
      ? planIcs(plan, document.id, document.name, now)
      : table === 'budget'
        ? budgetCsv(plan)
        : actionsCsv(plan);
  writeFileSync(out, text);
  console.log(`${out}: ${Buffer.byteLength(text)} bytes`);
}

await main(process.argv.slice(2));
