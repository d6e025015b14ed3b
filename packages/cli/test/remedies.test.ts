// the core says what is wrong; the CLI says which flag fixes it, in the same words as always
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAT, ensureBuilt, runCli } from './helpers/cli.ts';

let dir: string;
const path = (name: string): string => join(dir, name);
const GROUP = [
  'timestamp,author,text',
  '2024-03-01T09:00:00Z,Alex,morning!',
  '2024-03-01T09:05:00Z,Sam,hey you',
  '2024-03-01T09:06:00Z,Jo,hi both',
  '2024-03-01T18:10:00Z,Sam,no worries',
  '2024-03-01T18:12:00Z,Jo,see you',
].join('\n');

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'reconnect-remedies-'));
  writeFileSync(path('notes.txt'), 'shopping list\neggs\nmilk\n');
  writeFileSync(path('chat.txt'), CHAT);
  writeFileSync(path('group.csv'), GROUP);
  writeFileSync(path('twins.csv'), `${GROUP}\n2024-03-02T10:00:00Z,SAM,other sam`);
  mkdirSync(path('two-chats/sam'), { recursive: true });
  mkdirSync(path('two-chats/jo'), { recursive: true });
  writeFileSync(path('two-chats/sam/WhatsApp Chat with Sam.txt'), CHAT);
  writeFileSync(path('two-chats/jo/WhatsApp Chat with Jo.txt'), CHAT.replaceAll('Sam', 'Jo'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function errorLine(...args: string[]): string {
  const { code, stderr } = runCli(args);
  expect(code).not.toBe(0);
  return stderr.trim().split('\n').pop() ?? '';
}

describe('the CLI words each remedy with its flag', () => {
  it('an unknown format: name it with --format', () => {
    expect(errorLine('inspect', path('notes.txt'))).toMatch(
      /^reconnect: Could not import .*notes\.txt: expected a chat export from .*, found "shopping list" \(if you know which app it came from, name it with --format\)$/,
    );
  });

  it('a folder of two chats: pick one with --chat NAME', () => {
    expect(errorLine('inspect', path('two-chats'))).toMatch(/found 2 chats: .*\(pick one with --chat NAME\)$/);
  });

  it('a --chat name that is not the chat: leave out --chat', () => {
    expect(errorLine('inspect', path('chat.txt'), '--chat', 'Robin')).toMatch(
      /expected a chat called "Robin", found one chat.* \(leave out --chat, or check the name\)$/,
    );
  });

  it('no way to tell who you are: --me NAME', () => {
    expect(errorLine('analyze', path('group.csv'))).toBe(
      'reconnect: I could not tell which person is you. People in this chat: Jo, Sam, Alex. Say who is who with --me NAME (and --partner NAME).',
    );
  });

  it('a name that fits two people: give it exactly', () => {
    expect(errorLine('analyze', path('twins.csv'), '--me', 'alex', '--partner', 'sam')).toBe(
      'reconnect: "sam" could be "Sam" and "SAM". Which one do you mean? People in this chat: Jo, Sam, Alex, SAM. Give the name exactly as the chat writes it.',
    );
  });

  it('a --merge name not in the chat lists the people in the export order', () => {
    expect(errorLine('inspect', path('group.csv'), '--merge', 'Robin=Sam')).toBe(
      'reconnect: I can\'t find "Robin" in this chat. The people in it: Alex, Sam, Jo.',
    );
  });
});
