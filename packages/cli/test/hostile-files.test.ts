// Bad files at scale, end to end through the built CLI: every hostile file is either refused with one plain
// sentence or read for what is real in it, never crashes, and stays within a stated memory bound. The peak memory
// of each run is printed. `npm run fuzz` runs the large corpus too (a 2 GB file, 100,000 zip entries).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { measureNode } from '../../../bench/lib/measure.ts';
import { cli, ensureBuilt } from './helpers/cli.ts';
import { type HostileFile, writeHostileCorpus } from './helpers/hostile-corpus.ts';

/** the stated bound: a hostile file never makes the CLI hold more than this in memory */
const PEAK_MB_BOUND = 256;
const large = process.env.RECONNECT_FUZZ_LARGE === '1';
const dir = mkdtempSync(join(tmpdir(), 'reconnect-hostile-'));
const peaks: string[] = [];
let files: HostileFile[] = [];

beforeAll(async () => {
  ensureBuilt();
  files = await writeHostileCorpus(dir, { large });
}, 600_000);

afterAll(() => {
  console.log(`peak memory per hostile file (bound ${PEAK_MB_BOUND} MB):\n${peaks.join('\n')}`);
  rmSync(dir, { recursive: true, force: true });
});

describe('hostile files through `reconnect inspect`', () => {
  test('each is refused with one sentence or read, never crashes, and stays within the memory bound', async () => {
    expect(files.length).toBeGreaterThanOrEqual(13);
    for (const file of files) {
      const args = [cli, 'inspect', file.path, '--json'];
      if (file.name.endsWith('.json')) args.push('--format', 'telegram');
      const run = await measureNode(args, { timeoutMs: 600_000 });
      peaks.push(`  ${file.name}: ${run.peakMb?.toFixed(0)} MB, exit ${run.exitCode}`);
      expect(run.exitCode, file.name).toBeOneOf(
        file.outcome === 'read' ? [0] : file.outcome === 'refused' ? [1] : [0, 1],
      );
      if (run.exitCode === 1) {
        const lines = run.stderr.trim().split('\n');
        expect(lines, file.name).toHaveLength(1);
        expect(lines[0], file.name).toMatch(/^reconnect: Could not import /);
      } else {
        expect(run.stdoutBytes, file.name).toBeGreaterThan(0);
      }
      expect(run.peakMb, file.name).not.toBeNull();
      expect(run.peakMb ?? Number.POSITIVE_INFINITY, file.name).toBeLessThanOrEqual(PEAK_MB_BOUND);
    }
  }, 1_800_000);
});
