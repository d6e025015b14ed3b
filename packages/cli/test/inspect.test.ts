import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildZip } from '../../node/test/helpers/zip-writer.ts';

const repo = join(import.meta.dirname, '..', '..', '..');
const fixtures = join(repo, 'packages', 'core', 'test', 'fixtures', 'detect');
const cli = process.env.RECONNECT_CLI ?? join(repo, 'packages', 'cli', 'dist', 'reconnect.mjs');
let dir: string;

/** newest modification time of the files under `path` */
function newestChange(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((entry) => newestChange(join(path, entry))));
}

beforeAll(() => {
  const sources = ['cli', 'core'].map((pkg) => newestChange(join(repo, 'packages', pkg, 'src')));
  const stale = !existsSync(cli) || statSync(cli).mtimeMs < Math.max(...sources);
  if (process.env.RECONNECT_CLI === undefined && stale) {
    execFileSync(process.execPath, [join(repo, 'packages', 'cli', 'build.mjs')]);
  }
  dir = mkdtempSync(join(tmpdir(), 'reconnect-inspect-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', TZ: 'UTC' },
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function expectInspectContract(stdout: string, format: string): void {
  const summary = JSON.parse(stdout) as Record<string, unknown>;
  expect(Object.keys(summary).sort()).toEqual([
    'eventKinds',
    'events',
    'first',
    'format',
    'last',
    'messages',
    'participants',
    'warnings',
  ]);
  expect(Number.isInteger(summary.events)).toBe(true);
  expect(summary.format).toBe(format);
  expect(Number.isInteger(summary.messages)).toBe(true);
  expect(summary.messages).toBeGreaterThan(0);
  const participants = summary.participants as { name: unknown; messages: unknown }[];
  expect(participants.length).toBeGreaterThan(0);
  for (const p of participants) {
    expect(Object.keys(p).sort()).toEqual(['messages', 'name']);
    expect(typeof p.name).toBe('string');
    expect(Number.isInteger(p.messages)).toBe(true);
  }
  const attributed = participants.reduce((sum, p) => sum + (p.messages as number), 0);
  expect(attributed).toBeLessThanOrEqual(summary.messages as number);
  expect(summary.first).toMatch(ISO);
  expect(summary.last).toMatch(ISO);
  expect(new Date(summary.first as string).toISOString()).toBe(summary.first);
  expect((summary.first as string) <= (summary.last as string)).toBe(true);
  expect(Array.isArray(summary.warnings)).toBe(true);
  for (const warning of summary.warnings as unknown[]) expect(typeof warning).toBe('string');
}

const samples: [string, string][] = [
  ['whatsapp/chat-miner__test_[mmddyy]_24hrs.txt', 'whatsapp'],
  ['whatsapp/chat-miner__test_ddmmyy_24hrs.txt', 'whatsapp'],
  ['whatsapp/chat-miner__test_mmddyy_24hrs.txt', 'whatsapp'],
  ['whatsapp/chat-miner__test_mmddyyyy_12hrs.txt', 'whatsapp'],
  ['whatsapp/chat-miner__test_yyyymmdd_24hrs.txt', 'whatsapp'],
  ['whatsapp/ours__WhatsApp Chat with Sam.txt', 'whatsapp'],
  ['whatsapp/whatsapp-chat-parser__short-chat.txt', 'whatsapp'],
  ['telegram/chat-miner__test_single_export.json', 'telegram'],
  ['messenger/ours__e2ee_style.json', 'messenger'],
  ['messenger/ours__mojibake_message_1.json', 'messenger'],
  ['instagram/chat-miner__test_export.json', 'instagram'],
  ['signal/chat-miner__test_export.txt', 'signal'],
  ['signal/ours__signal-export-chat.md', 'signal'],
  ['signal/ours__signal-export-data.jsonl', 'signal'],
  ['signal/ours__sigtop-text.txt', 'signal'],
  ['signal/ours__sigtop-text-short.txt', 'signal'],
  ['imessage/ours__imessage-exporter-style_Sam.txt', 'imessage'],
  ['csv/ours__generic.csv', 'csv'],
];

describe('reconnect inspect --json on every sample export', () => {
  it.each(samples)('%s → %s', (path, format) => {
    const { code, stdout, stderr } = run('inspect', join(fixtures, path), '--json', '--tz', 'UTC');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expectInspectContract(stdout, format);
  });

  it.each([
    ['telegram/chat-miner__test_batch_export.json', 'Chatname'],
    ['telegram/ours__full_account_result.json', 'Sam'],
  ])('%s (a whole Telegram account) with --chat %s', (path, chat) => {
    const { code, stdout, stderr } = run('inspect', join(fixtures, path), '--json', '--chat', chat);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expectInspectContract(stdout, 'telegram');
  });

  it('reads the same chat from inside a zip as from the plain file', () => {
    const text = readFileSync(join(fixtures, 'whatsapp', 'ours__WhatsApp Chat with Sam.txt'));
    const zip = join(dir, 'WhatsApp Chat with Sam.zip');
    writeFileSync(
      zip,
      buildZip([
        { name: 'WhatsApp Chat with Sam.txt', data: text, method: 'deflate' },
        { name: 'IMG-20240101-WA0001.jpg', data: new Uint8Array([0xff, 0xd8, 0xff, 0xe0]) },
      ]),
    );
    const plain = run(
      'inspect',
      join(fixtures, 'whatsapp', 'ours__WhatsApp Chat with Sam.txt'),
      '--json',
      '--tz',
      'UTC',
    );
    const zipped = run('inspect', zip, '--json', '--tz', 'UTC');
    expect(zipped.code).toBe(0);
    expect(JSON.parse(zipped.stdout)).toEqual(JSON.parse(plain.stdout));
  });

  it('prints a readable summary without --json', () => {
    const { code, stdout } = run('inspect', join(fixtures, 'csv', 'ours__generic.csv'), '--tz', 'UTC');
    expect(code).toBe(0);
    expect(stdout).toContain('CSV chat');
    expect(stdout).toMatch(/4 messages from 1 Jan 2024, 20:41 to 2 Jan 2024, 07:05/);
    expect(stdout).toMatch(/Alex\s+2/);
    expect(stdout).toMatch(/Sam\s+2/);
    expect(stdout).not.toContain('\u001b[');
  });

  it('shows events apart from the messages', () => {
    const export_ = join(
      repo,
      'packages',
      'core',
      'test',
      'fixtures',
      'discord',
      '3A_4M_guild-events-repeated-id.json',
    );
    const text = run('inspect', export_, '--tz', 'UTC');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/4 messages from/);
    expect(text.stdout).toContain('4 events kept apart from the messages: 1 join, 1 rename, 1 icon, 1 pin');
    expect(text.stdout).not.toContain('Jordan');
    const json = JSON.parse(run('inspect', export_, '--json').stdout) as { events: number; eventKinds: unknown };
    expect([json.events, json.eventKinds]).toEqual([4, { join: 1, rename: 1, icon: 1, pin: 1 }]);
  });
});

describe('reconnect inspect failures', () => {
  it.each([
    ['binary noise', Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0x80, 0, 0, 7]), 'noise.bin'],
    ['a text file that is no chat', Buffer.from('dear diary, today was long\n'), 'diary.txt'],
    ['a zip with a ../ entry', buildZip([{ name: '../../evil.txt', data: 'x' }]), 'evil.zip'],
  ])('%s: one line on stderr, exit 1', (_label, content, name) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    const { code, stdout, stderr } = run('inspect', path, '--json');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain(name);
  });

  it('a missing file: one line, exit 1', () => {
    const { code, stderr } = run('inspect', join(dir, 'nope.txt'));
    expect(code).toBe(1);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it.each([
    [['--bogus'], /unknown option/],
    [['--format', 'myspace'], /whatsapp, telegram, messenger, instagram, discord, signal, imessage, csv/],
    [['--tz', 'Mars/Olympus_Mons'], /time zone/],
  ])('bad flags %j: exit 2', (flags, message) => {
    const { code, stdout, stderr } = run('inspect', join(fixtures, 'csv', 'ours__generic.csv'), ...flags);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it.each([
    ['iMessage', 'imessage'],
    ['imessage-exporter', 'imessage'],
    ['CSV', 'csv'],
  ])('--format %s reads as %s', (name, format) => {
    const path = join(
      fixtures,
      format,
      format === 'csv' ? 'ours__generic.csv' : 'ours__imessage-exporter-style_Sam.txt',
    );
    const { code, stdout } = run('inspect', path, '--json', '--format', name);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).format).toBe(format);
  });

  it('no file at all: exit 2', () => {
    expect(run('inspect').code).toBe(2);
  });
});
