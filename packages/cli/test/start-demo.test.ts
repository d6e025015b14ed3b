import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, repo } from './helpers/cli.ts';

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'reconnect-start-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm start (the README's first command)", () => {
  it('opens the app on its demo vault (the offline test drives that same command through a whole session)', () => {
    const scripts = (
      JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    expect(scripts.start).toMatch(/reconnect\.mjs start --demo$/);
    expect(scripts.demo).toContain('scripts/start-demo.mjs');
  });
});

describe('npm run demo (the terminal walk-through)', () => {
  it('writes the demo chat, analyses it, writes the report and coaches, twice in a row', () => {
    for (let round = 0; round < 2; round++) {
      const result = spawnSync(process.execPath, [join(repo, 'scripts', 'start-demo.mjs')], {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', RECONNECT_DEMO_DIR: dir },
        timeout: 120_000,
      });
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain('What changed');
      expect(result.stdout).toContain('A gentler way to say it:');
    }
    const report = join(dir, 'reconnect-report.html');
    expect(existsSync(report)).toBe(true);
    expect(readFileSync(report, 'utf8')).toContain('id="report-data"');
  });
});
