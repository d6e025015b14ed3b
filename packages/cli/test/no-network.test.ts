// "Nothing leaves your computer", observed from outside the process: a whole CLI session runs in a network
// namespace with only loopback, under strace, and must try to reach nothing and look up no name.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cli, ensureBuilt } from './helpers/cli.ts';
import { isDnsLookup, isOutbound, runWithoutNetwork } from './helpers/network-observer.ts';

const env = { ...process.env, NO_COLOR: '1', TZ: 'UTC' };

describe('the network observer', () => {
  test('catches a DNS look-up, a fetch to another machine, and tells loopback apart', () => {
    const probe = [
      "require('node:dns').lookup('example.com', () => {});",
      "fetch('http://203.0.113.7/').catch(() => {});",
      "require('node:net').connect(9, '127.0.0.1').on('error', () => {});",
    ].join('');
    const run = runWithoutNetwork(process.execPath, ['-e', probe], { env });
    expect(run.attempts.some(isDnsLookup)).toBe(true);
    expect(run.attempts.some((a) => isOutbound(a) && a.address === '203.0.113.7' && a.port === 80)).toBe(true);
    const loopback = run.attempts.find((a) => a.address === '127.0.0.1' && a.port === 9);
    expect(loopback).toBeDefined();
    expect(loopback && isOutbound(loopback)).toBe(false);
  });
});

describe('a whole CLI session without a network', () => {
  beforeAll(() => ensureBuilt());

  test('demo, inspect, analyze with a report, and the coach try to reach nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reconnect-offline-'));
    const chat = join(dir, 'WhatsApp Chat with Sam.txt');
    const drafts = join(dir, 'drafts.jsonl');
    writeFileSync(drafts, `${JSON.stringify({ text: 'why are you ignoring me??' })}\n`);
    const node = (...args: string[]) => [process.execPath, cli, ...args].map((a) => JSON.stringify(a)).join(' ');
    const session = [
      node('demo', '--out', chat),
      node('inspect', chat, '--json'),
      node('analyze', chat, '--me', 'Alex', '--json', '--html', join(dir, 'report.html')),
      node('coach', 'I miss you, are you ok?', '--json'),
      node('coach', '--batch', drafts),
    ].join(' && ');
    const run = runWithoutNetwork('sh', ['-c', session], { env, cwd: dir });
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('"pressure"');
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('<html');
    expect(run.attempts.filter(isOutbound)).toEqual([]);
    expect(run.attempts.filter(isDnsLookup)).toEqual([]);
  });

  test('a whole app session on the demo (page, insights, a week, journal, check-in, lock) reaches nothing', () => {
    const session = join(import.meta.dirname, 'helpers', 'app-session.mjs');
    const home = mkdtempSync(join(tmpdir(), 'reconnect-offline-home-'));
    const run = runWithoutNetwork(process.execPath, [session, cli], { env: { ...env, RECONNECT_HOME: home } });
    expect(run.status, run.stderr).toBe(0);
    const seen = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}');
    expect(seen).toMatchObject({
      page: 200,
      session: 200,
      insights: 200,
      days: 200,
      week: 200,
      lock: 200,
      afterLock: 401,
    });
    expect(seen.conversations).toBeGreaterThan(0);
    expect([200, 201]).toContain(seen.journal);
    expect([200, 201]).toContain(seen.checkIn);
    expect(run.attempts.some((a) => a.address.startsWith('127.'))).toBe(true);
    expect(run.attempts.filter(isOutbound)).toEqual([]);
    expect(run.attempts.filter(isDnsLookup)).toEqual([]);
  });
});
