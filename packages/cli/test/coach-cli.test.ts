import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { coachMessage } from '@reconnect/core/coach';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt, runCli } from './helpers/cli.ts';

const EVAL = join(import.meta.dirname, '..', '..', 'core', 'eval');

/** every distinct message of the coach's and the safety check's labelled files */
function labelledTexts(): string[] {
  const texts = new Set<string>();
  for (const folder of [EVAL, join(EVAL, 'safety')])
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.jsonl')))
      for (const line of readFileSync(join(folder, file), 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const { text } = JSON.parse(line) as { text?: unknown };
        if (typeof text === 'string' && text.trim() !== '') texts.add(text);
      }
  return [...texts];
}

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'reconnect-coach-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reconnect coach', () => {
  it('prints the JSON contract for a message', () => {
    const { code, stdout } = runCli(['coach', '--json', 'Why are you ignoring me?? I miss you']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['text', 'pressure', 'verdict', 'flags', 'strengths', 'rewrite', 'language']);
    expect(result.language).toBe('en');
    expect(result.verdict).toBe('rethink');
    expect(result.flags[0]).toMatchObject({ category: 'demand', start: 0, step: 1 });
    expect(Object.keys(result.flags[0])).toEqual(['category', 'start', 'end', 'excerpt', 'step', 'why', 'try']);
    expect(result.strengths).toContainEqual(
      expect.objectContaining({ category: 'i_statement', excerpt: 'I miss you' }),
    );
    expect(typeof result.rewrite).toBe('string');
  });

  it('shows the flagged phrase, the step, why and what to try, then the rewrite', () => {
    const { code, stdout } = runCli(['coach', 'You never listen to me']);
    expect(code).toBe(0);
    expect(stdout).toContain('Blame or labels: "You never listen to me"');
    expect(stdout).toContain('step 1: Create a safe space for their feelings');
    expect(stdout).toContain('Why:');
    expect(stdout).toContain('Try:');
    expect(stdout).toContain('A gentler way to say it:');
  });

  it('reads the message from standard input', () => {
    const { code, stdout } = runCli(['coach', '--json'], { input: 'did u see my msg' });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).flags.map((f: { category: string }) => f.category)).toEqual(['chasing']);
  });

  it('uses the unanswered context', () => {
    const calm = JSON.parse(runCli(['coach', '--json', 'hey?']).stdout);
    const chasing = JSON.parse(runCli(['coach', '--json', '--unanswered', '3', 'hey?']).stdout);
    expect(calm.verdict).toBe('send');
    expect(chasing.flags[0].category).toBe('chasing');
  });

  it.each([
    [['coach', '--json', '   '], 'empty'],
    [['coach', '--unanswered', 'lots', 'hi'], '--unanswered needs a number'],
    [['coach', '--batch', 'x.jsonl', 'hi'], 'not both'],
    [['coach', '--frobnicate', 'hi'], 'unknown option'],
  ])('exits 2 with one clear line for %j', (args, message) => {
    const { code, stderr } = runCli(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('refuses input that is not UTF-8', () => {
    const { code, stderr } = runCli(['coach'], { input: Buffer.from([0x68, 0x69, 0xff, 0xfe]) });
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('not valid UTF-8');
  });

  it('points to real help instead of tips for a message about self-harm', () => {
    const { code, stdout } = runCli(['coach', 'I want to kill myself']);
    expect(code).toBe(0);
    expect(stdout).toContain('988');
    expect(stdout).not.toContain('A gentler way to say it');
  });
});

describe('reconnect coach --batch', () => {
  it('writes one result per line in order, with an error object for each bad line', () => {
    const file = join(dir, 'batch.jsonl');
    const lines = [
      JSON.stringify({ text: 'hello??' }),
      'not json',
      '',
      JSON.stringify({ text: '' }),
      JSON.stringify({ message: 'wrong field' }),
      JSON.stringify({ text: 'I miss you', context: { unansweredCount: 0 } }),
      JSON.stringify({ text: 'are you ok?', context: { unansweredCount: 4 } }),
    ];
    writeFileSync(file, `${lines.join('\r\n')}\r\n`);
    const { code, stdout, stderr } = runCli(['coach', '--batch', file]);
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(6);
    expect(out[0].flags[0].category).toBe('chasing');
    expect(out[1]).toEqual({ line: 2, error: expect.stringContaining('not valid JSON') });
    expect(out[2]).toEqual({ line: 4, error: 'the message is empty' });
    expect(out[3]).toEqual({ line: 5, error: expect.stringContaining('"text"') });
    expect(out[4].verdict).toBe('send');
    expect(out[5].flags[0].category).toBe('chasing');
    expect(stderr).toContain('line 2:');
    expect(code).toBe(1);
  });

  it('streams from standard input and reports invalid UTF-8 per line', () => {
    const input = Buffer.concat([
      Buffer.from(`${JSON.stringify({ text: 'No rush to reply' })}\n{"text": "`),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"}\n'),
    ]);
    const { stdout } = runCli(['coach', '--batch', '-'], { input });
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out[0].strengths[0].category).toBe('space');
    expect(out[1]).toEqual({ line: 2, error: 'this line is not valid UTF-8 text' });
  });

  it('coaches every labelled message exactly as the core does, with the index and models built into the bundle', () => {
    // the build stores the safety check's index and the coach's scorer tables already made, and the models, as data
    // files the chunks read: the typed arrays and long lists of numbers as raw bytes beside their JSON
    const data = readdirSync(join(cli, '..', 'data'));
    for (const name of ['safety-check-index-', 'coach-scorer-tables-'])
      expect(
        data
          .filter((f) => f.startsWith(name))
          .map((f) => f.slice(f.lastIndexOf('.')))
          .sort(),
      ).toEqual(['.bin', '.json']);
    // the scorer reads only its tables: the coach's model itself is not shipped
    expect(data.filter((f) => f.startsWith('core-src-coach-model-'))).toEqual([]);
    const texts = labelledTexts();
    expect(texts.length).toBeGreaterThan(10_000);
    const file = join(dir, 'labelled.jsonl');
    writeFileSync(file, `${texts.map((text) => JSON.stringify({ text })).join('\n')}\n`);
    const { code, stdout } = runCli(['coach', '--batch', file]);
    expect(code).toBe(0);
    const out = stdout.trim().split('\n');
    expect(out).toHaveLength(texts.length);
    const differing = texts.filter((text, i) => out[i] !== JSON.stringify(coachMessage(text)));
    expect(differing).toEqual([]);
    // the comparison reaches the safety check's findings, not only calm messages
    expect(out.filter((line) => line.includes('"safety":')).length).toBeGreaterThan(1_000);
  }, 180_000);

  it('keeps going across many lines and chunk boundaries', () => {
    const file = join(dir, 'many.jsonl');
    const texts = Array.from({ length: 20_000 }, (_, i) =>
      i % 2 === 0 ? `you never call me ${i}` : `see you at ${i}`,
    );
    writeFileSync(file, texts.map((text) => JSON.stringify({ text })).join('\n'));
    const { code, stdout } = runCli(['coach', '--batch', file]);
    expect(code).toBe(0);
    const out = stdout.trim().split('\n');
    expect(out).toHaveLength(texts.length);
    expect(JSON.parse(out[19_999] as string).text).toBe(texts[19_999]);
    expect(JSON.parse(out[19_998] as string).flags[0].category).toBe('accusation');
  });
});
