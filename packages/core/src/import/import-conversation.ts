// one entry point for any export: size cap, detection, the right importer, and a last sanity check

import {
  type ChatEvent,
  type Conversation,
  EVENT_KINDS,
  type EventKind,
  type Format,
  type Message,
  type ParticipantId,
} from '../model.ts';
import { foldName } from '../participants.ts';
import { detectFormat } from './detect.ts';
import { asUtf8, repairUtf8, type Utf8Repairs } from './encoding.ts';
import { ImportError, isImportError } from './errors.ts';
import { IMPORTERS } from './registry.ts';
import {
  type ByteSource,
  DEFAULT_MAX_BYTES,
  type Importer,
  type ImportInput,
  type ImportOptions,
  type ImportProgress,
} from './types.ts';
import { isWellFormed, toWellFormed } from './utf8.ts';

export { type Detection, type DetectOptions, detectFormat, FORMAT_LABELS, scoreProbe } from './detect.ts';
export { IMPORTERS } from './registry.ts';

function tooLarge(file: string, maxBytes: number): ImportError {
  return new ImportError({
    code: 'too-large',
    file,
    expected: `at most ${formatBytes(maxBytes)}`,
    found: 'more',
    hint: 'export a shorter period, or raise the size limit',
  });
}

function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}

/** a source that stops with 'too-large' past the cap and reports bytes as they pass */
function guardedSource(source: ByteSource, maxBytes: number, onBytes: (delta: number) => void): ByteSource {
  return {
    name: source.name,
    ...(source.size !== undefined ? { size: source.size } : {}),
    async *chunks() {
      let read = 0;
      for await (const chunk of source.chunks()) {
        read += chunk.length;
        if (read > maxBytes) throw tooLarge(source.name, maxBytes);
        onBytes(chunk.length);
        yield chunk;
      }
    },
  };
}

function describeUnexpected(error: unknown): string {
  if (error instanceof RangeError) return 'more than could be held in memory or nested too deeply';
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split('\n')[0] ?? '';
  return line.length > 120 ? `${line.slice(0, 120)}…` : line || 'an unexpected problem';
}

function isSorted(messages: readonly Message[]): boolean {
  for (let i = 1; i < messages.length; i++) {
    const previous = messages[i - 1];
    const current = messages[i];
    if (previous !== undefined && current !== undefined && current.at < previous.at) return false;
  }
  return true;
}

/** checks an importer's result: times real, strings well formed, messages in order; repairs what it safely can */
function finalize(conversation: Conversation, file: string, detectionWarnings: readonly string[]): Conversation {
  if (conversation.messages.length === 0) {
    throw new ImportError({ code: 'empty', file, expected: 'at least one message', found: 'none' });
  }
  let brokenMessages = 0;
  let messages = conversation.messages;
  for (let i = 0; i < messages.length; i++) {
    const message = messages[i];
    if (message === undefined) continue;
    if (!Number.isFinite(message.at)) {
      throw new ImportError({
        code: 'malformed',
        file,
        expected: 'a time on every message',
        found: `message ${i + 1} without one`,
      });
    }
    if (!isWellFormed(message.text)) brokenMessages++;
  }
  if (brokenMessages > 0) {
    messages = messages.map((m) => (isWellFormed(m.text) ? m : { ...m, text: toWellFormed(m.text) }));
  }
  if (!isSorted(messages)) messages = [...messages].sort((a, b) => a.at - b.at);
  const participants = conversation.participants.map((p) =>
    isWellFormed(p.name) ? p : { ...p, name: toWellFormed(p.name) },
  );
  const warnings = [...detectionWarnings, ...conversation.warnings.map(toWellFormed)];
  if (brokenMessages > 0) {
    warnings.push(
      `${brokenMessages} message${brokenMessages === 1 ? '' : 's'} had broken characters; they show as \uFFFD.`,
    );
  }
  const events = conversation.events?.some((e) => !isWellFormed(e.text) || (e.actor !== null && !isWellFormed(e.actor)))
    ? conversation.events.map(
        (e): ChatEvent => ({
          ...e,
          text: toWellFormed(e.text),
          actor: e.actor === null ? null : toWellFormed(e.actor),
        }),
      )
    : conversation.events;
  return {
    ...conversation,
    title: conversation.title === null ? null : toWellFormed(conversation.title),
    participants,
    messages,
    ...(events !== undefined ? { events } : {}),
    warnings,
  };
}

/**
 * Reads any supported export into the neutral model: checks the size cap, detects the format (unless
 * `options.format`), runs its importer and checks the result. Every failure is an ImportError.
 * @example
 * const conversation = await importConversation({ name: 'chat.txt', files: [source] }, { timeZone: 'Europe/Paris' })
 */
export function importConversation(input: ImportInput, options: ImportOptions = {}): Promise<Conversation> {
  return importConversationWith(IMPORTERS, input, options);
}

/**
 * `importConversation` with a given importer table (for tests and embedders).
 * @example await importConversationWith({ ...IMPORTERS, csv: myCsvImporter }, input, {})
 */
export async function importConversationWith(
  importers: Readonly<Record<Format, Importer>>,
  input: ImportInput,
  options: ImportOptions = {},
): Promise<Conversation> {
  const utf8Input: ImportInput = { ...input, files: input.files.map(asUtf8) };
  try {
    return await importOnce(importers, utf8Input, options, () => []);
  } catch (error) {
    if (!isImportError(error) || error.code !== 'invalid-utf8') throw error;
  }
  // some bytes are not UTF-8: read again with those bytes taken as Windows-1252, and say so
  const repairs = new Map<string, Utf8Repairs>();
  const repaired: ImportInput = {
    ...utf8Input,
    files: utf8Input.files.map((file) => {
      const found: Utf8Repairs = { count: 0, firstLine: 0 };
      repairs.set(file.name, found);
      return repairUtf8(file, found);
    }),
  };
  return importOnce(importers, repaired, options, () =>
    [...repairs.entries()]
      .filter(([, found]) => found.count > 0)
      .map(
        ([name, found]) =>
          `${name}: ${found.count} ${found.count === 1 ? 'byte was' : 'bytes were'} not valid UTF-8 and ${found.count === 1 ? 'was' : 'were'} read as Windows-1252 (the first on line ${found.firstLine}), so some letters may be wrong.`,
      ),
  );
}

async function importOnce(
  importers: Readonly<Record<Format, Importer>>,
  input: ImportInput,
  options: ImportOptions,
  lateWarnings: () => string[],
): Promise<Conversation> {
  try {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (input.files.length === 1 && (input.files[0]?.size ?? 0) > maxBytes) throw tooLarge(input.name, maxBytes);
    const detection = await detectFormat(input, {
      importers,
      ...(options.format !== undefined ? { format: options.format } : {}),
      ...(options.chat !== undefined ? { chat: options.chat } : {}),
    });
    const mainBytes = detection.files.reduce((sum, f) => sum + (f.size ?? 0), 0);
    if (mainBytes > maxBytes) throw tooLarge(input.name, maxBytes);
    const totalBytes = detection.files.every((f) => f.size !== undefined)
      ? detection.files.reduce((sum, f) => sum + (f.size ?? 0), 0)
      : undefined;
    let bytes = 0;
    let messages = 0;
    const report = options.onProgress;
    const emit = (): void => report?.({ bytes, totalBytes, messages });
    const files = detection.files.map((f) =>
      guardedSource(f, maxBytes, (delta) => {
        bytes = totalBytes === undefined ? bytes + delta : Math.min(totalBytes, bytes + delta);
        emit();
      }),
    );
    const conversation = await importers[detection.format].parse(
      { name: input.name, files },
      {
        ...options,
        onProgress: (progress: ImportProgress) => {
          messages = progress.messages;
          emit();
        },
      },
    );
    if (options.chat !== undefined) checkChosenChat(options.chat, input, detection.files, conversation.title);
    return finalize(conversation, input.name, [...lateWarnings(), ...detection.warnings]);
  } catch (error) {
    if (isImportError(error)) throw namedAsGiven(error, input);
    throw new ImportError({
      code: 'malformed',
      file: input.name,
      found: `a problem while reading: ${describeUnexpected(error)}`,
    });
  }
}

/**
 * How an error names a file, one rule everywhere: the path as the person gave it, and for a file inside a zip or
 * folder that path, "→", then the entry's name inside it. Importers name the file they read; this names it so.
 * @example displayFileName({ name: 'exports/sam.zip', files }, '_chat.txt') // 'exports/sam.zip → _chat.txt'
 */
export function displayFileName(input: ImportInput, file: string): string {
  if (file === input.name || file.startsWith(`${input.name} → `)) return file;
  const given = input.name.split(/[\\/]/).pop() ?? input.name;
  if (input.files.length === 1 && file === given) return input.name;
  return `${input.name} → ${file}`;
}

function namedAsGiven(error: ImportError, input: ImportInput): ImportError {
  const file = displayFileName(input, error.file);
  if (file === error.file) return error;
  return new ImportError({
    code: error.code,
    file,
    ...(error.line !== undefined ? { line: error.line } : {}),
    ...(error.byteOffset !== undefined ? { byteOffset: error.byteOffset } : {}),
    ...(error.expected !== undefined ? { expected: error.expected } : {}),
    ...(error.found !== undefined ? { found: error.found } : {}),
    ...(error.hint !== undefined ? { hint: error.hint } : {}),
    ...(error.remedy !== undefined ? { remedy: error.remedy } : {}),
  });
}

/** a chat name that matches neither the chat read nor its file names is a mistake, not something to ignore */
function checkChosenChat(
  chat: string,
  input: ImportInput,
  files: readonly { readonly name: string }[],
  title: string | null,
): void {
  const wanted = foldName(chat);
  const names = [title ?? '', input.name, ...files.map((f) => f.name)];
  if (wanted === '' || names.some((name) => foldName(name).includes(wanted))) return;
  throw new ImportError({
    code: 'no-chat',
    file: input.name,
    expected: `a chat called "${chat}"`,
    found: `one chat${title ? `, "${title}"` : ''}`,
    remedy: 'check-chat-name',
  });
}

/** the `reconnect inspect --json` contract */
export interface ConversationSummary {
  readonly format: Format;
  readonly messages: number;
  readonly participants: readonly { readonly name: string; readonly messages: number }[];
  /** ISO 8601 UTC, or null without messages */
  readonly first: string | null;
  readonly last: string | null;
  /** reactions, joins, renames and other events, kept apart from `messages` */
  readonly events: number;
  /** the events by kind (kinds that occur only) */
  readonly eventKinds: Partial<Readonly<Record<EventKind, number>>>;
  readonly warnings: readonly string[];
}

/**
 * Counts a conversation for `inspect`: messages in all, per participant (in the export's order), first and last
 * time, and the events kept apart from the messages.
 * @example summarizeConversation(c) // { format: 'whatsapp', messages: 12, participants: [{ name: 'Sam', messages: 5 }, …], first: '2024-01-01T20:41:00.000Z', … }
 */
export function summarizeConversation(conversation: Conversation): ConversationSummary {
  const counts = new Map<ParticipantId, number>();
  for (const message of conversation.messages) {
    if (message.author !== null) counts.set(message.author, (counts.get(message.author) ?? 0) + 1);
  }
  const firstMessage = conversation.messages[0];
  const lastMessage = conversation.messages[conversation.messages.length - 1];
  return {
    format: conversation.format,
    messages: conversation.messages.length,
    participants: conversation.participants.map((p) => ({ name: p.name, messages: counts.get(p.id) ?? 0 })),
    first: firstMessage ? new Date(firstMessage.at).toISOString() : null,
    last: lastMessage ? new Date(lastMessage.at).toISOString() : null,
    events: conversation.events?.length ?? 0,
    eventKinds: countEventKinds(conversation.events ?? []),
    warnings: [...conversation.warnings],
  };
}

function countEventKinds(events: readonly ChatEvent[]): Partial<Record<EventKind, number>> {
  const counts: Partial<Record<EventKind, number>> = {};
  for (const kind of EVENT_KINDS) {
    const count = events.filter((e) => e.kind === kind).length;
    if (count > 0) counts[kind] = count;
  }
  return counts;
}
