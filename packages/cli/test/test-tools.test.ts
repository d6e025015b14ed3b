// `npm test` on a fresh machine: the tool check either finds what the tests need, installs it, or stops with one
// command to run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: a plain script without type declarations
import { installCommand, toolPlan } from '../../../scripts/ensure-test-tools.mjs';

const script = new URL('../../../scripts/ensure-test-tools.mjs', import.meta.url).pathname;

describe('the tool check that starts npm test', () => {
  test('installs only when it may, and otherwise asks', () => {
    const missing = [{ name: 'chromium' }];
    expect(toolPlan({ missing: [], isRoot: false, hasApt: false })).toBe('ready');
    expect(toolPlan({ missing, isRoot: true, hasApt: true })).toBe('install');
    expect(toolPlan({ missing, isRoot: false, hasApt: true })).toBe('ask');
    expect(toolPlan({ missing, isRoot: true, hasApt: false })).toBe('ask');
  });

  test('without Chromium and without apt-get it stops at once with the command to run', () => {
    const empty = mkdtempSync(join(tmpdir(), 'reconnect-nopath-'));
    const result = spawnSync(process.execPath, [script], {
      env: { PATH: empty, RECONNECT_CHROMIUM: join(empty, 'chromium'), RECONNECT_STRACE: join(empty, 'strace') },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(installCommand(['chromium', 'strace']));
  });

  test('with every tool present it lets the tests run', () => {
    const result = spawnSync(process.execPath, [script], {
      env: { PATH: process.env.PATH ?? '', RECONNECT_CHROMIUM: process.execPath, RECONNECT_STRACE: process.execPath },
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
  });
});
