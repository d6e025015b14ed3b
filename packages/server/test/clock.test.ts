// The clock jumping back (a wrong time corrected, a trip across zones on a machine set to local time): the idle lock
// still locks, `reconnect lock` still locks the running app, and entries written before and after the jump are all
// kept. The jump is made by moving Date.now back, as the machine's clock would.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vaults from '@reconnect/vault';
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import { createApp } from '../src/app.ts';
import { VaultSession } from '../src/session.ts';
import { appRequest, login, PORT } from './helpers.ts';

const PASSPHRASE = 'the clock on the kitchen wall';
const TWO_HOURS = 2 * 3_600_000;
let folder: string;
/** how far the machine's clock has been moved back */
let back = 0;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'reconnect-clock-'));
  const real = Date.now.bind(Date);
  vi.spyOn(Date, 'now').mockImplementation(() => real() - back);
});
afterEach(() => {
  back = 0;
});
afterAll(() => {
  vi.restoreAllMocks();
  rmSync(folder, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it('the idle lock still locks when the clock jumps back', async () => {
  const session = new VaultSession(50);
  const vault = { locks: 0, lock: () => vault.locks++ };
  session.open(vault);
  back = TWO_HOURS;
  await sleep(150);
  expect(session.current()).toBeNull();
  expect(vault.locks).toBe(1);
});

async function launch(name: string) {
  const home = join(folder, name);
  const { app, token } = createApp({ port: PORT, vault: { module: vaults, home } });
  const cookie = await login(app, token);
  const call = (path: string, init: Parameters<typeof appRequest>[3] = {}) => appRequest(app, cookie, path, init);
  expect((await call('/api/vault', { body: { passphrase: PASSPHRASE } })).status).toBe(201);
  return { home, call };
}

it('`reconnect lock` still locks the running app when the clock jumped back after it was unlocked', async () => {
  const { home, call } = await launch('lock');
  expect((await call('/api/conversations')).status).toBe(200);
  back = TWO_HOURS;
  vaults.requestLock(home);
  expect((await call('/api/conversations')).status).toBe(401);
  // and a new unlock is not locked again by the old request
  expect((await call('/api/unlock', { body: { passphrase: PASSPHRASE } })).status).toBe(200);
  expect((await call('/api/conversations')).status).toBe(200);
});

it('journal entries and check-ins written after the jump are kept beside the earlier ones', async () => {
  const { call } = await launch('entries');
  const write = async (text: string) => {
    expect(
      (
        await call('/api/journal', {
          body: { conversation: null, mood: 'calm', connection: 3, happened: text, reflection: '' },
        })
      ).status,
    ).toBe(201);
    const answers = { felt: text };
    expect(
      (await call('/api/check-ins', { body: { conversation: null, mood: 3, closeness: 3, answers } })).status,
    ).toBe(201);
  };
  await write('before the jump');
  back = TWO_HOURS;
  await write('after the jump');
  const journal = (await (await call('/api/journal')).json()) as { happened: string }[];
  expect(journal.map((e) => e.happened).sort()).toEqual(['after the jump', 'before the jump']);
  const checkIns = (await (await call('/api/check-ins')).json()) as unknown[];
  expect(checkIns).toHaveLength(2);
});
