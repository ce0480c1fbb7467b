import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { readPdf } from '../support/pdf';
import { strFromU8, unzipSync } from 'fflate';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'export-cli-'));
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/export.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, SOURCE_DATE_EPOCH: '1796256000' },
  });

describe('npm run export', { timeout: 60_000 }, () => {
  it('writes the calendar of an example plan', () => {
    const out = join(dir, 'paediatric.ics');
    const r = run('--example', 'paediatric-rare-disease', '--format', 'ics', out);
    expect(r.status, r.stderr).toBe(0);
    const events = new ICAL.Component(ICAL.parse(readFileSync(out, 'utf8'))).getAllSubcomponents('vevent');
    expect(events.map((e) => [e.getFirstPropertyValue('summary'), String(e.getFirstPropertyValue('dtstart'))])).toEqual(
      [['Programme milestone', '2027-03-01']],
    );
  });

  it('writes the budget table of a saved plan file', () => {
    const plan = join(dir, 'plan.json');
    writeFileSync(
      plan,
      JSON.stringify({
        schemaVersion: 2,
        id: 'p1',
        name: 'Knee study',
        answers: { regions: ['uk'], budget: 'minimal' },
        settings: { hourlyRate: 30, currency: 'GBP', ratesSetByTeam: true },
      }),
    );
    const out = join(dir, 'budget.csv');
    const r = run(plan, '--format', 'csv', '--table', 'budget', out);
    expect(r.status, r.stderr).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.split('\r\n')[0]).toBe('\uFEFFCost line,Amount (GBP),How it is worked out');
    expect(text).toContain('Payment to patient partners,');
    expect(text).toContain('partner hours × £30 an hour');
  });

  it('writes the one-page A3 poster of an example plan, or A4 when asked', async () => {
    const out = join(dir, 'poster.pdf');
    const r = run('--example', 'device-ppi', '--format', 'poster', out);
    expect(r.status, r.stderr).toBe(0);
    const pdf = await readPdf(new Uint8Array(readFileSync(out)));
    expect(pdf.pages).toHaveLength(1);
    // A3 landscape is 420 × 297 mm: 1190.55 × 841.89 pt.
    expect(pdf.pages[0]!.width).toBeCloseTo(1190.55, 0);
    expect(pdf.pages[0]!.text).toContain('Human factors');
    const a4 = join(dir, 'poster-a4.pdf');
    expect(run('--example', 'device-ppi', '--format', 'poster', '--a4', a4).status).toBe(0);
    expect((await readPdf(new Uint8Array(readFileSync(a4)))).pages[0]!.width).toBeCloseTo(841.89, 0);
  });

  it('writes the GRIPP2 impact report of a saved v4 plan file, with its five sections and the logged text', () => {
    const out = join(dir, 'impact.docx');
    const r = run(join(root, 'tests/fixtures/documents/v4-current.json'), '--format', 'impact', out);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/impact\.docx: \d+ blocks, \d+ bytes/);
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(out)))['word/document.xml']!);
    for (const h of ['1. Aim', '2. Methods', '3. Results', '4. Outcomes', '5. Reflections']) expect(xml).toContain(h);
    expect(xml).toContain('Night-time hypoglycaemia became a key secondary endpoint.');
    expect(xml).toContain('Recruiting older users took longer than planned.');
  });

  it('names the formats it has when asked for one it has not', () => {
    const r = run('--example', 'oncology-hta', '--format', 'pptx', join(dir, 'x'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'There is no format "pptx". Formats: pdf, partner, summary, poster, docx, impact, csv, ics.',
    );
    const t = run('--example', 'oncology-hta', '--format', 'ics', '--table', 'budget', join(dir, 'x'));
    expect(t.stderr).toContain('--table goes with --format csv.');
  });
});
