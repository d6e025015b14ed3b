import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from './helpers/cli.ts';

let file: string;
let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'reconnect-merge-'));
  file = join(dir, 'chat.csv');
  writeFileSync(
    file,
    [
      'timestamp,author,text',
      '2024-03-01T09:00:00Z,Alex,morning!',
      '2024-03-01T09:05:00Z,Sam,hey you',
      '2024-03-01T18:00:00Z,Sam (work phone),sorry, on the work phone today',
      '2024-03-01T18:10:00Z,Alex,no worries',
    ].join('\n'),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--merge', () => {
  it('folds one person’s second name into the first', () => {
    const before = JSON.parse(runCli(['inspect', file, '--json']).stdout);
    expect(before.participants.map((p: { name: string }) => p.name).sort()).toEqual([
      'Alex',
      'Sam',
      'Sam (work phone)',
    ]);
    const { code, stdout } = runCli(['inspect', file, '--json', '--merge', 'Sam (work phone)=Sam']);
    expect(code).toBe(0);
    const after = JSON.parse(stdout);
    expect(after.participants).toContainEqual({ name: 'Sam', messages: 2 });
    expect(after.participants).toHaveLength(2);
  });

  it('works for analyze too', () => {
    const { code, stdout, stderr } = runCli([
      'analyze',
      file,
      '--json',
      '--me',
      'Alex',
      '--merge',
      'Sam (work phone)=Sam',
    ]);
    expect(code, stderr).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.partner).toBe('Sam');
    expect(report.source.participants).toHaveLength(2);
  });

  it('names the people in the chat when a name is unknown', () => {
    const { code, stderr } = runCli(['inspect', file, '--merge', 'Samuel=Sam']);
    expect(code).toBe(2);
    expect(stderr).toContain('Alex, Sam, Sam (work phone)');
  });
});
