// test helper: feed an importer arbitrary bytes behind format-shaped prefixes, in small chunks
import fc from 'fast-check';
import { expect } from 'vitest';
import { isImportError } from '../../src/import/errors.ts';
import type { Importer } from '../../src/import/types.ts';
import { singleFileInput } from './bytes-source.ts';

/**
 * Asserts that any bytes (raw, or built from `pieces` after one of `prefixes`) become a conversation with
 * real times, or an ImportError, never another exception.
 */
export async function expectConversationOrImportError(
  importer: Importer,
  fileName: string,
  prefixes: readonly string[],
  pieces: fc.Arbitrary<string>,
  options: { numRuns: number; maxPieces: number },
): Promise<void> {
  const tails = fc.oneof(
    fc.uint8Array({ maxLength: 200 }),
    fc.array(pieces, { maxLength: options.maxPieces }).map((p) => new TextEncoder().encode(p.join(''))),
  );
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...prefixes),
      tails,
      fc.integer({ min: 1, max: 16 }),
      async (prefix, tail, chunk) => {
        const head = new TextEncoder().encode(prefix);
        const bytes = new Uint8Array(head.length + tail.length);
        bytes.set(head, 0);
        bytes.set(tail, head.length);
        try {
          const conversation = await importer.parse(singleFileInput(fileName, bytes, chunk), { timeZone: 'UTC' });
          expect(conversation.messages.length).toBeGreaterThan(0);
          for (const m of conversation.messages) expect(Number.isFinite(m.at)).toBe(true);
        } catch (error) {
          if (!isImportError(error)) throw error;
        }
      },
    ),
    { numRuns: options.numRuns },
  );
}
