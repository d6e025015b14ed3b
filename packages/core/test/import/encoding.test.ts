// exports in other encodings: UTF-16 with a BOM is read; a few invalid bytes are repaired with a warning; errors say what the file is
import { describe, expect, it } from 'vitest';
import { asUtf8, repairUtf8, type Utf8Repairs } from '../../src/import/encoding.ts';
import { importConversation, summarizeConversation } from '../../src/import/import-conversation.ts';
import { bytesSource, singleFileInput } from '../helpers/bytes-source.ts';

const lines: string[] = [];
for (let i = 0; i < 60; i++) {
  const day = String((i % 28) + 1).padStart(2, '0');
  lines.push(`${day}/03/2024, 08:${String(i % 60).padStart(2, '0')} - ${i % 2 ? 'Zoë' : 'Alex'}: message ${i} café`);
}
const TEXT = `${lines.join('\n')}\n`;

function utf16(text: string, flavour: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(flavour === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const [a, b] = flavour === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
    bytes[2 + i * 2] = a;
    bytes[3 + i * 2] = b;
  }
  return bytes;
}

async function collect(source: ReturnType<typeof bytesSource>): Promise<string> {
  const parts: number[] = [];
  for await (const chunk of source.chunks()) parts.push(...chunk);
  return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(parts));
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => new Error('no error'),
    (error: Error) => error,
  );
}

describe('UTF-16 with a byte-order mark', () => {
  it.each(['le', 'be'] as const)('UTF-16%s reads like the UTF-8 file, in any chunk size', async (flavour) => {
    const expected = summarizeConversation(
      await importConversation(singleFileInput('chat.txt', TEXT), { timeZone: 'UTC' }),
    );
    for (const chunk of [1, 3, 4096]) {
      const input = singleFileInput('chat.txt', utf16(TEXT, flavour), chunk);
      const got = summarizeConversation(await importConversation(input, { timeZone: 'UTC' }));
      expect(got).toEqual(expected);
    }
  });

  it('without a BOM the error names UTF-16, not "binary data"', async () => {
    const bytes = utf16(TEXT, 'le').subarray(2);
    const error = await failure(importConversation(singleFileInput('chat.txt', bytes), { timeZone: 'UTC' }));
    expect(error.message).toContain('UTF-16');
    expect(error.message).not.toContain('binary data');
  });
});

describe('invalid bytes', () => {
  it('one stray byte no longer rejects the chat: it is read, repaired visibly and counted', async () => {
    const bytes = new TextEncoder().encode(TEXT);
    const at = bytes.indexOf(0x61, new TextEncoder().encode(lines.slice(0, 50).join('\n')).length + 1);
    bytes[at] = 0xe9;
    const conversation = await importConversation(singleFileInput('chat.txt', bytes, 7), { timeZone: 'UTC' });
    expect(conversation.messages).toHaveLength(60);
    expect(conversation.warnings.join('\n')).toMatch(/1 byte was not valid UTF-8 .*line 51/);
    expect(conversation.messages.map((m) => m.text)).toContain('messége 50 café');
  });

  it('a Windows-1252 export is read with its accents', async () => {
    const bytes = Uint8Array.from(TEXT.replace(/ë/g, 'e').replace(/é/g, '\u00e9'), (c) => c.charCodeAt(0));
    const conversation = await importConversation(singleFileInput('chat.txt', bytes), { timeZone: 'UTC' });
    expect(conversation.messages[0]?.text).toBe('message 0 café');
    expect(conversation.warnings.join('\n')).toMatch(/60 bytes were not valid UTF-8/);
  });

  it('repairUtf8 keeps valid text byte for byte across chunk boundaries', async () => {
    const text = 'héllo 😀 wörld\n'.repeat(50);
    const repairs: Utf8Repairs = { count: 0, firstLine: 0 };
    for (const size of [1, 2, 3, 5]) {
      expect(await collect(repairUtf8(bytesSource('a.txt', text, size), repairs))).toBe(text);
      expect(repairs.count).toBe(0);
    }
    expect(await collect(asUtf8(bytesSource('a.txt', text, 1)))).toBe(text);
  });
});

describe('a zip inside', () => {
  it('is named as a zip, not "binary data"', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 0, 0, 8, 0, ...new Array(200).fill(7)]);
    const error = await failure(importConversation(singleFileInput('inner.zip', bytes), { timeZone: 'UTC' }));
    expect(error.message).toContain('zip');
    expect(error.message).not.toContain('binary data');
  });
});
