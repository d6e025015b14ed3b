import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { ImportError } from '../../src/import/errors.ts';
import { type JsonPath, type JsonSelection, type JsonValue, streamJson } from '../../src/import/json-stream.ts';
import { bytesSource } from '../helpers/bytes-source.ts';

const FC_RUNS = Number(process.env.FC_RUNS ?? 2000);
const encoder = new TextEncoder();

interface Seen {
  value: JsonValue | undefined;
  path: JsonPath;
  selection: number;
}

async function collect(
  content: string | Uint8Array,
  select: readonly JsonSelection[],
  chunkSize?: number,
  extra: { maxBytes?: number; maxDepth?: number } = {},
): Promise<{ seen: Seen[]; replacedSurrogates: number }> {
  const seen: Seen[] = [];
  const result = await streamJson(bytesSource('test.json', content, chunkSize), {
    select,
    ...extra,
    onValue: (value, path, selection) => seen.push({ value, path: [...path], selection }),
  });
  return { seen, replacedSurrogates: result.replacedSurrogates };
}

async function failure(
  content: string | Uint8Array,
  chunkSize?: number,
  extra: { maxBytes?: number } = {},
): Promise<ImportError> {
  try {
    await collect(content, [{ path: ['messages', '*'] }], chunkSize, extra);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('streamJson selections', () => {
  const doc = JSON.stringify({
    name: 'Sam',
    skipped: { deep: [1, 2, { messages: ['not this one'] }] },
    messages: [{ id: 1, text: 'hi' }, 'two', 3, null, [4]],
    chats: {
      list: [
        { name: 'A', messages: [1, 2, 3] },
        { name: 'B', messages: [] },
      ],
    },
  });

  test.each([1, 2, 3, 7, 64, 100_000])('elements and scalars arrive in order with chunks of %i bytes', async (size) => {
    const { seen } = await collect(
      doc,
      [
        { path: ['messages', '*'] },
        { path: ['name'] },
        { path: ['chats', 'list', '*', 'messages', '*'], parse: false },
      ],
      size,
    );
    expect(seen).toEqual([
      { value: 'Sam', path: ['name'], selection: 1 },
      { value: { id: 1, text: 'hi' }, path: ['messages', 0], selection: 0 },
      { value: 'two', path: ['messages', 1], selection: 0 },
      { value: 3, path: ['messages', 2], selection: 0 },
      { value: null, path: ['messages', 3], selection: 0 },
      { value: [4], path: ['messages', 4], selection: 0 },
      { value: undefined, path: ['chats', 'list', 0, 'messages', 0], selection: 2 },
      { value: undefined, path: ['chats', 'list', 0, 'messages', 1], selection: 2 },
      { value: undefined, path: ['chats', 'list', 0, 'messages', 2], selection: 2 },
    ]);
  });

  it('selects by a concrete array index', async () => {
    const { seen } = await collect(doc, [{ path: ['chats', 'list', '1', 'name'] }]);
    expect(seen.map((s) => s.value)).toEqual(['B']);
  });

  it('reads Node Buffer chunks like plain Uint8Arrays', async () => {
    const bytes = encoder.encode(doc);
    const source = {
      name: 'buffers.json',
      async *chunks() {
        for (let i = 0; i < bytes.length; i += 5) yield Buffer.from(bytes.subarray(i, i + 5));
      },
    };
    const seen: unknown[] = [];
    await streamJson(source, { select: [{ path: ['messages', '*'] }], onValue: (value) => seen.push(value) });
    expect(seen).toEqual(JSON.parse(doc).messages);
  });

  it('skips a leading byte order mark', async () => {
    const { seen } = await collect(`\ufeff${doc}`, [{ path: ['name'] }], 2);
    expect(seen.map((s) => s.value)).toEqual(['Sam']);
  });

  it('gives every element of any JSON document exactly as JSON.parse does, across any chunking', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.jsonValue({ maxDepth: 4, stringUnit: 'grapheme' }), { maxLength: 8 }),
        fc.jsonValue({ maxDepth: 3, stringUnit: 'grapheme' }),
        fc.integer({ min: 1, max: 40 }),
        fc.boolean(),
        async (messages, other, chunkSize, pretty) => {
          const text = JSON.stringify({ other, messages, after: other }, null, pretty ? 2 : undefined);
          const { seen } = await collect(text, [{ path: ['messages', '*'] }], chunkSize);
          expect(seen.map((s) => s.value)).toEqual(JSON.parse(text).messages);
        },
      ),
      { numRuns: Math.max(50, Math.floor(FC_RUNS / 4)) },
    );
  });
});

describe('streamJson strictness', () => {
  it('with the whole document selected, accepts exactly what JSON.parse accepts', async () => {
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 2 }),
      insert: fc.constantFrom('', '{', '}', '[', ']', ',', ':', '"', '\\', ' ', 'a', '1', '-', 'tru', '\\u'),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.jsonValue({ maxDepth: 4 }),
        fc.array(edit, { maxLength: 3 }),
        fc.integer({ min: 1, max: 16 }),
        async (value, edits, chunkSize) => {
          let text = JSON.stringify(value);
          for (const { at, remove, insert } of edits) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + insert + text.slice(i + remove);
          }
          let expected: unknown;
          let accepted = true;
          try {
            expected = JSON.parse(text);
          } catch {
            accepted = false;
          }
          const outcome = await collect(text, [{ path: [] }], chunkSize).then(
            ({ seen }) => ({ ok: true as const, value: seen[0]?.value }),
            (error: unknown) => ({ ok: false as const, error }),
          );
          if (accepted) expect(outcome).toEqual({ ok: true, value: expected });
          else {
            expect(outcome.ok).toBe(false);
            if (!outcome.ok) expect(outcome.error).toBeInstanceOf(ImportError);
          }
        },
      ),
      { numRuns: FC_RUNS },
    );
  });
});

describe('streamJson on hostile input', () => {
  it('stops a 10^6-deep nesting at depth 64 without overflowing the stack', async () => {
    const deep = '['.repeat(1_000_000);
    for (const select of [[{ path: ['messages', '*'] }], [{ path: [] }], [{ path: ['*', '*', '*'] }]]) {
      const error = await collect(deep, select, 65_536).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).code).toBe('too-deep');
      expect((error as ImportError).byteOffset).toBe(64);
    }
  });

  it('reports depth inside a selected element with the byte offset', async () => {
    const text = `{"messages":[${'['.repeat(70)}${']'.repeat(70)}]}`;
    const error = await failure(text, 5);
    expect(error.code).toBe('too-deep');
    expect(error.byteOffset).toBe('{"messages":['.length + 62);
  });

  test.each([
    ['{"messages":[{"a":1},', "']'"],
    ['{"messages":[{"a":"unfinished', 'closing quote'],
    ['{"messages":[{"a":1', 'end of a value'],
    ['{"messages"', "':'"],
    ['', 'a JSON value'],
    ['{"messages":[1', "']' to close the list opened at byte 12"],
  ])('truncated %j is malformed at the end, expecting %s', async (text, expected) => {
    for (const size of [1, 3, 1000]) {
      const error = await failure(text, size);
      expect(error.code).toBe('malformed');
      expect(error.byteOffset).toBe(encoder.encode(text).length);
      expect(error.message).toContain(expected);
    }
  });

  test.each([
    ['{"messages":[1,,2]}', 15],
    ['{"messages":[1] x', 16],
    ['{"messages":[{"a" 1}]}', 18],
    ['{"é":"ü", x}', 12],
    ['{"messages":[{"a":tru}]}', 13],
    ['{"messages":[{"a":1]}', 19],
  ])(
    'syntax error in %j is malformed at byte %i (inside an element: where the engine says, else its start)',
    async (text, offset) => {
      const error = await failure(text, 4);
      expect(error.code).toBe('malformed');
      expect(error.byteOffset).toBe(offset);
    },
  );

  test.each([
    [[0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d], 6],
    [[0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0xa9, 0xed, 0xa0, 0x80, 0x22, 0x7d], 8],
    [[0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe2, 0x98], 6],
    [[0xc0, 0x80], 0],
    [[...encoder.encode('{"messages":["é'), 0xff, 0x22, 0x5d, 0x7d], 16],
    [[...encoder.encode('{"messages":[{"é":1}], "n": "☕'), 0xe2, 0x98, 0x22, 0x7d], 33],
  ])('invalid UTF-8 %j is reported at byte %i', async (bytes, offset) => {
    for (const size of [1, 2, 3, 100]) {
      const error = await failure(new Uint8Array(bytes), size);
      expect(error.code).toBe('invalid-utf8');
      expect(error.byteOffset).toBe(offset);
    }
  });

  it('replaces lone surrogates with U+FFFD, counts them, keeps real pairs', async () => {
    const text = '{"messages":["a\\ud800b", {"\\udc00k": "\\ud83d\\ude00 \\udfff"}]}';
    const { seen, replacedSurrogates } = await collect(text, [{ path: ['messages', '*'] }], 3);
    expect(seen.map((s) => s.value)).toEqual(['a\ufffdb', { '\ufffdk': '😀 \ufffd' }]);
    expect(replacedSurrogates).toBe(3);
    const strings = JSON.stringify(seen.map((s) => s.value));
    expect((strings as string & { isWellFormed(): boolean }).isWellFormed()).toBe(true);
  });

  it('keeps __proto__ keys as plain data and pollutes nothing', async () => {
    const text =
      '{"__proto__": {"polluted": 1}, "messages": [{"__proto__": {"polluted": 2}, "constructor": {"prototype": {"polluted": 3}}, "text": "x"}]}';
    const { seen } = await collect(text, [{ path: ['messages', '*'] }, { path: ['__proto__'] }]);
    const message = seen.find((s) => s.selection === 0)?.value as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(message)).toBe(Object.prototype);
    expect(Object.hasOwn(message, '__proto__')).toBe(true);
    expect(message.text).toBe('x');
    expect(seen.find((s) => s.selection === 1)?.value).toEqual({ polluted: 1 });
  });

  it('refuses input over maxBytes', async () => {
    const error = await failure('{"messages": [1, 2, 3, 4, 5, 6, 7, 8, 9]}', 4, { maxBytes: 10 });
    expect(error.code).toBe('too-large');
  });

  it('refuses trailing data after the document', async () => {
    const error = await failure('{"messages": []} {}', 2);
    expect(error.code).toBe('malformed');
    expect(error.byteOffset).toBe(17);
  });
});

describe('streamJson omit', () => {
  const firstRemoved = (value: unknown, key: string): unknown => {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, key)) return value;
    const { [key]: _, ...rest } = value as Record<string, unknown>;
    return rest;
  };

  it('leaves out the named member of each selected object and nothing else, across any chunking', async () => {
    const key = fc.constantFrom('k', 'text_entities', 'other');
    const element = fc.oneof(
      fc.dictionary(key, fc.jsonValue({ maxDepth: 3, stringUnit: 'grapheme' }), { maxKeys: 4 }),
      fc.jsonValue({ maxDepth: 3 }),
      fc.constantFrom({ k: '"k": 1, ' }, { a: { k: 1 }, k: [{ k: 2 }] }, { k: 1 }, { a: 'k' }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(element, { maxLength: 6 }),
        fc.integer({ min: 1, max: 48 }),
        fc.boolean(),
        async (messages, chunkSize, pretty) => {
          const text = JSON.stringify({ messages }, null, pretty ? 1 : undefined);
          const { seen } = await collect(text, [{ path: ['messages', '*'], omit: ['k'] }], chunkSize);
          const expected = (JSON.parse(text) as { messages: unknown[] }).messages.map((m) => firstRemoved(m, 'k'));
          expect(seen.map((s) => s.value)).toEqual(expected);
        },
      ),
      { numRuns: FC_RUNS },
    );
  });

  test.each([
    ['{"messages":[{"k":[1],"text":"hi","x":tru}]}', 'malformed'],
    ['{"messages":[{"text":"hi","k":[1}]}', 'malformed'],
    ['{"messages":[{"text":"hi","k":"unfinished', 'malformed'],
  ])('%s is still %s', async (text, code) => {
    const error = await collect(text, [{ path: ['messages', '*'], omit: ['k'] }], 1000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe(code);
  });
});
