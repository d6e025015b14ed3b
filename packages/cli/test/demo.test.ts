// `reconnect demo`: a realistic, reproducible WhatsApp export that the importer reads back whole
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { importConversation } from '@reconnect/core/import';
import { resolveParticipants } from '@reconnect/core/model';
import { demoConversation } from '@reconnect/core/simulate';
import { fileSource } from '@reconnect/node';
import { Command } from 'commander';
import { describe, expect, test } from 'vitest';
import { describeFailure } from '../src/cli-error.ts';
import { DEMO_TIME_ZONE, demoFileName, registerDemo, runDemo } from '../src/commands/demo.ts';

const capture = () => {
  const out = {
    text: '',
    write: (chunk: string) => {
      out.text += chunk;
      return true;
    },
  };
  return out;
};

describe('reconnect demo', () => {
  test('writes the story as a WhatsApp export that imports back with every message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reconnect-demo-'));
    const path = join(dir, demoFileName('Sam'));
    const stdout = capture();
    await runDemo({ out: path }, { stdout });
    const simulated = demoConversation(DEMO_TIME_ZONE);
    const conversation = await importConversation({ name: path, files: [fileSource(path)] }, { timeZone: 'UTC' });
    expect(conversation.format).toBe('whatsapp');
    const written = conversation.messages.filter((m) => m.kind !== 'system');
    expect(written.length).toBe(simulated.conversation.messages.length);
    expect(written.map((m) => m.text)).toEqual(simulated.conversation.messages.map((m) => m.text));
    expect(conversation.participants.map((p) => p.name).sort()).toEqual(['Alex', 'Sam']);
    const { me, partner } = resolveParticipants(conversation, {});
    expect([me.name, partner.name]).toEqual(['Alex', 'Sam']);
    const minute = (at: number) => Math.floor(at / 60_000);
    expect(written.map((m) => minute(m.at))).toEqual(simulated.conversation.messages.map((m) => minute(m.at)));
    expect(stdout.text).toContain(path);
    expect(stdout.text).toContain('reconnect analyze');
    expect(stdout.text).toContain(`${conversation.messages.length.toLocaleString('en-US')} messages`);
  });

  test('is the same file every time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reconnect-demo-'));
    await runDemo({ out: join(dir, 'a.txt') }, { stdout: capture() });
    await runDemo({ out: join(dir, 'b.txt') }, { stdout: capture() });
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(readFileSync(join(dir, 'b.txt'), 'utf8'));
  });

  test('with a custom name, the next command names who you are', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reconnect-demo-'));
    const stdout = capture();
    await runDemo({ out: join(dir, 'story.txt') }, { stdout });
    expect(stdout.text).toMatch(/reconnect analyze \S*story\.txt --me Alex/);
  });

  test('defaults to "WhatsApp Chat with Sam.txt" in the current folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reconnect-demo-'));
    const before = process.cwd();
    process.chdir(dir);
    try {
      const program = new Command('reconnect').exitOverride();
      registerDemo(program, { stdout: capture() });
      await program.parseAsync(['node', 'reconnect', 'demo']);
    } finally {
      process.chdir(before);
    }
    expect(existsSync(join(dir, 'WhatsApp Chat with Sam.txt'))).toBe(true);
  });

  test('never replaces a file unless asked to', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reconnect-demo-'));
    const path = join(dir, 'WhatsApp Chat with Sam.txt');
    writeFileSync(path, 'a real export');
    const failure = await runDemo({ out: path }, { stdout: capture() }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(describeFailure(failure).exitCode).toBe(1);
    expect(describeFailure(failure).line).toContain('--force');
    expect(readFileSync(path, 'utf8')).toBe('a real export');
    await runDemo({ out: path, force: true }, { stdout: capture() });
    expect(readFileSync(path, 'utf8')).not.toBe('a real export');
  });

  test('a refusal names the file as it was given, not as an absolute path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reconnect-demo-'));
    writeFileSync(join(dir, 'taken.txt'), 'a real export');
    const given = relative(process.cwd(), join(dir, 'taken.txt'));
    const failure = await runDemo({ out: given }, { stdout: capture() }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(describeFailure(failure).line.startsWith(`${given} already exists`)).toBe(true);
  });
});
