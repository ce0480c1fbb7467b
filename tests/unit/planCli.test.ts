import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'plan-cli-'));
const file = (name: string, body: string) => {
  const path = join(dir, name);
  writeFileSync(path, body);
  return path;
};
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/plan.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });

interface Out {
  points: { id: string; phase: string; title: string; priority: string }[];
  summary: { essential: number; cost: { amount: number; currency: string }; budgetFits: boolean };
}

describe('npm run plan', { timeout: 60_000 }, () => {
  it('prints a UK answers file with its budget check, and a JSON last line', () => {
    const answers = file(
      'answers.json',
      JSON.stringify({ regions: ['uk'], budget: 'minimal', 'development-stage': 'idea', timeline: '6-to-12-months' }),
    );
    const r = run(answers, '--json');
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    const out = JSON.parse(lines.at(-1)!) as Out;
    expect(out.summary.cost.currency).toBe('GBP');
    expect(out.summary.budgetFits).toBe(false);
    expect(out.summary.essential).toBeLessThanOrEqual(8);
    expect(out.points.find((p) => p.id === 'ps-unmet-need')).toMatchObject({
      phase: 'priority-setting',
      priority: 'essential',
    });
    // Within 12 months from an idea: two phases, plus returning results.
    expect([...new Set(out.points.map((p) => p.phase))]).toEqual(['priority-setting', 'discovery', 'dissemination']);
    expect(r.stdout).toContain('is over your budget: Very little');
    expect(r.stdout).toContain('A lean version costs');
    expect(r.stdout).toMatch(/rates for United Kingdom: £27\.50 an hour/);
    expect(r.stdout).toMatch(/benefit \d/);
  });

  it('reads a saved plan file', () => {
    const r = run(join(root, 'tests/fixtures/documents/v2-with-edits.json'), '--json');
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Out;
    expect(out.points.length).toBeGreaterThan(0);
    expect(typeof out.summary.budgetFits).toBe('boolean');
  });

  it('names unknown question and option ids', () => {
    const r = run(file('bad.json', JSON.stringify({ budget: 'tiny', colour: 'red' })));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('"budget" has no option "tiny"');
    expect(r.stderr).toContain('unknown question "colour"');
  });

  it('says when the file is not JSON', () => {
    const r = run(file('broken.json', '{ "budget": '));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Could not read .*broken\.json/);
  });
});
