// `npm test` on a fresh machine: the browser check either finds Chromium, installs it, or stops with one command.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: a plain script without type declarations
import { browserPlan, INSTALL_COMMAND } from '../../../scripts/ensure-browser.mjs';

const script = new URL('../../../scripts/ensure-browser.mjs', import.meta.url).pathname;

describe('the browser check that starts npm test', () => {
  test('installs only when it may, and otherwise asks', () => {
    expect(browserPlan({ present: true, isRoot: false, hasApt: false })).toBe('ready');
    expect(browserPlan({ present: false, isRoot: true, hasApt: true })).toBe('install');
    expect(browserPlan({ present: false, isRoot: false, hasApt: true })).toBe('ask');
    expect(browserPlan({ present: false, isRoot: true, hasApt: false })).toBe('ask');
  });

  test('without Chromium and without apt-get it stops at once with the command to run', () => {
    const empty = mkdtempSync(join(tmpdir(), 'reconnect-nopath-'));
    const result = spawnSync(process.execPath, [script], {
      env: { PATH: empty, RECONNECT_CHROMIUM: join(empty, 'chromium') },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(INSTALL_COMMAND);
  });

  test('with Chromium present it lets the tests run', () => {
    const result = spawnSync(process.execPath, [script], {
      env: { PATH: process.env.PATH ?? '', RECONNECT_CHROMIUM: process.execPath },
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
  });
});
