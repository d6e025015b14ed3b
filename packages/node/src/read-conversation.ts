// a chat export on disk, read into the neutral model: open safely, import, close, fold any merged names

import { type ByteSource, type ImportProgress, importConversation } from '@reconnect/core/import';
import { type Conversation, type Format, mergeNamed } from '@reconnect/core/model';
import { type InputLimits, openInput } from './open-input.ts';

export interface ReadOptions {
  /** read as this format instead of detecting it */
  readonly format?: Format;
  /** which chat of an export that holds several, by name (or id where the export has them) */
  readonly chat?: string;
  /** IANA zone for exports whose times carry none; default: the importer's (the runtime's zone) */
  readonly timeZone?: string;
  /** largest single file accepted (default 2 GiB) */
  readonly maxBytes?: number;
  /** limits on what a zip or folder may hold */
  readonly limits?: Partial<InputLimits>;
  /** the name to read a single file under and to give in errors, instead of its path (see `openInput`) */
  readonly name?: string;
  /** one person under two names: each `name` is folded into `into`, in order */
  readonly merge?: readonly { readonly name: string; readonly into: string }[];
  /** called now and then while reading */
  readonly onProgress?: (progress: ImportProgress) => void;
  /** stops the reading between chunks and once it is read; the promise then rejects with the signal's reason */
  readonly signal?: AbortSignal;
}

/** a source that checks the signal before each chunk it hands on */
function abortable(source: ByteSource, signal: AbortSignal): ByteSource {
  return {
    ...source,
    async *chunks() {
      for await (const chunk of source.chunks()) {
        signal.throwIfAborted();
        yield chunk;
      }
    },
  };
}

/**
 * Reads the export at `path` (a file, a zip or a folder), closing any zip afterwards, then folds the `merge` names.
 * Import failures are `ImportError`s, names that match no one (or several) `ParticipantError`s.
 * @example const conversation = await readConversation('chat.zip', { timeZone: 'Europe/Paris' })
 */
export async function readConversation(path: string, options: ReadOptions = {}): Promise<Conversation> {
  const { signal } = options;
  signal?.throwIfAborted();
  const opened = await openInput(path, {
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
    ...(options.limits !== undefined ? { limits: options.limits } : {}),
    ...(options.name !== undefined ? { name: options.name } : {}),
  });
  let conversation: Conversation;
  try {
    const input = signal ? { ...opened, files: opened.files.map((f) => abortable(f, signal)) } : opened;
    conversation = await importConversation(input, {
      ...(options.format !== undefined ? { format: options.format } : {}),
      ...(options.chat !== undefined ? { chat: options.chat } : {}),
      ...(options.timeZone !== undefined ? { timeZone: options.timeZone } : {}),
      ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
      ...(options.onProgress !== undefined ? { onProgress: options.onProgress } : {}),
    });
  } catch (error) {
    // the importer words any unexpected failure as a damaged file; an abort is not one
    signal?.throwIfAborted();
    throw error;
  } finally {
    await opened.close();
  }
  signal?.throwIfAborted();
  return options.merge !== undefined && options.merge.length > 0
    ? mergeNamed(conversation, options.merge)
    : conversation;
}
