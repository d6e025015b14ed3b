// the message_N.json format shared by Facebook Messenger and Instagram downloads, incl. the end-to-end-encrypted shape
import { asEpochMs, type Conversation, type EpochMs, type MessageKind } from '../../../model.ts';
import { ChatBuilder, type DraftMessage } from '../../chat-builder.ts';
import { ImportError } from '../../errors.ts';
import { asRecord, type JsonRecord, MAX_EPOCH_MS, WarningCounts } from '../../json-fields.ts';
import { type JsonValue, streamJson } from '../../json-stream.ts';
import { repairMojibake } from '../../mojibake.ts';
import { jsonKeys, looksLikeJson } from '../../probe.ts';
import type { ByteSource, DetectProbe, FormatFiles, ImportInput, ImportOptions } from '../../types.ts';

export type MetaFormat = 'messenger' | 'instagram';

const asText = (value: JsonValue | undefined): string | undefined =>
  typeof value === 'string' ? repairMojibake(value) : undefined;
const nonEmpty = (value: JsonValue | undefined): boolean =>
  Array.isArray(value) ? value.length > 0 : asRecord(value) !== undefined;

/** lines Meta writes for a reaction or a like: events, not words (kept as events, like `reactions` entries) */
const REACTION_TEXT =
  /^(?:reacted .{1,16} to your message|.{1,80} reacted .{1,16} to (?:your|a) message|(?:.{1,80} )?liked a message)\.?$/i;

type MediaField = 'photos' | 'videos' | 'gifs' | 'audio_files' | 'files' | 'sticker' | 'share' | 'media';

/** attachment fields of the export (`media` in the end-to-end-encrypted shape) and the placeholder each gets without a caption */
const MEDIA_FIELDS: Readonly<Record<MediaField, string>> = {
  photos: '[photo]',
  videos: '[video]',
  gifs: '[gif]',
  audio_files: '[audio]',
  files: '[file]',
  sticker: '[sticker]',
  share: '[link]',
  media: '[media]',
};
const MEDIA_FIELD_NAMES = Object.keys(MEDIA_FIELDS) as MediaField[];

/** the message of one record (none for an event or a record without time); its reactions and events go to `chat` */
function draftOf(m: JsonRecord, warnings: WarningCounts, chat: ChatBuilder): DraftMessage | undefined {
  const time = typeof m.timestamp_ms === 'number' ? m.timestamp_ms : m.timestamp;
  if (typeof time !== 'number' || !Number.isFinite(time) || Math.abs(time) > MAX_EPOCH_MS) {
    warnings.add('no-time');
    return undefined;
  }
  const at = asEpochMs(time);
  const authorName = asText(m.sender_name) ?? asText(m.senderName) ?? null;
  let text = asText(m.content) ?? asText(m.text) ?? '';
  let kind: MessageKind = 'text';
  let durationSeconds: number | undefined;
  const type = typeof m.type === 'string' ? m.type.toLowerCase() : '';
  if (m.is_unsent === true || m.isUnsent === true) {
    kind = 'deleted';
    text = '';
  } else if (typeof m.call_duration === 'number' || type === 'call') {
    kind = 'call';
    if (typeof m.call_duration === 'number' && Number.isFinite(m.call_duration) && m.call_duration >= 0) {
      durationSeconds = m.call_duration;
    }
  } else if (type === 'subscribe' || type === 'unsubscribe' || REACTION_TEXT.test(text.trim())) {
    const eventKind = type === 'subscribe' ? 'join' : type === 'unsubscribe' ? 'leave' : 'reaction';
    chat.event({ at, actor: authorName, kind: eventKind, text: text || type });
    addReactions(m, at, chat);
    return undefined;
  } else {
    const media = MEDIA_FIELD_NAMES.find((field) => nonEmpty(m[field]));
    if (media !== undefined) {
      kind = 'media';
      if (text === '') {
        const link = asText(asRecord(m.share)?.link);
        text = media === 'share' && link !== undefined ? link : MEDIA_FIELDS[media];
      }
    }
  }
  addReactions(m, at, chat);
  return { at, authorName, text, kind, durationSeconds };
}

/** the `reactions` of a message as events of their own, at the message's time */
function addReactions(m: JsonRecord, at: EpochMs, chat: ChatBuilder): void {
  if (!Array.isArray(m.reactions)) return;
  for (const entry of m.reactions) {
    const reaction = asRecord(entry);
    const actor = asText(reaction?.actor);
    const emoji = asText(reaction?.reaction);
    if (actor === undefined || emoji === undefined) continue;
    chat.event({ at, actor, kind: 'reaction', text: `Reacted ${emoji}` });
  }
}

const partNumber = (file: ByteSource): number => Number(/message_(\d+)\.json$/i.exec(file.name)?.[1] ?? 0);

/** the message_N.json files of the input in order (message_1 first), or every JSON file when none is named so */
function messageFiles(input: ImportInput): ByteSource[] {
  const numbered = input.files.filter((f) => /message_\d+\.json$/i.test(f.name));
  if (numbered.length > 0) return numbered.sort((a, b) => partNumber(a) - partNumber(b));
  const json = input.files.filter((f) => /\.json$/i.test(f.name));
  return json.length > 0 ? json : [...input.files];
}

/**
 * Reads a Messenger or Instagram chat split over message_1.json, message_2.json, … (any order) into one
 * conversation, oldest first, with mojibake repaired.
 * @example await parseMetaMessages('messenger', { name: 'inbox/sam', files }, {})
 */
export async function parseMetaMessages(
  format: MetaFormat,
  input: ImportInput,
  options: ImportOptions,
): Promise<Conversation> {
  const files = messageFiles(input);
  if (files.length === 0) {
    throw new ImportError({ code: 'empty', file: input.name, expected: 'a message_1.json file', found: 'no files' });
  }
  const chat = new ChatBuilder(format, input.name);
  const warnings = new WarningCounts();
  const newestFirst: DraftMessage[] = [];
  const names = new Set<string>();
  let title: string | null = null;
  let replaced = 0;
  let bytesBefore = 0;
  const totalBytes = files.every((f) => f.size !== undefined)
    ? files.reduce((sum, f) => sum + (f.size ?? 0), 0)
    : undefined;
  for (const file of files) {
    const result = await streamJson(file, {
      select: [
        { path: ['messages', '*'] },
        { path: ['participants', '*'] },
        { path: ['title'] },
        { path: ['threadName'] },
      ],
      ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
      onChunk: (bytes) =>
        options.onProgress?.({ bytes: bytesBefore + bytes, totalBytes, messages: newestFirst.length }),
      onValue: (value, _path, selection) => {
        if (selection === 0) {
          const m = asRecord(value);
          if (m === undefined) warnings.add('not-a-message');
          else {
            const draft = draftOf(m, warnings, chat);
            if (draft !== undefined) newestFirst.push(draft);
          }
        } else if (selection === 1) {
          const name = asText(value) ?? asText(asRecord(value)?.name);
          if (name !== undefined) names.add(name);
        } else if (title === null) title = asText(value) ?? null;
      },
    });
    bytesBefore += result.bytes;
    replaced += result.replacedSurrogates;
  }
  for (const name of names) chat.participant(name);
  for (let i = newestFirst.length - 1; i >= 0; i--) chat.add(newestFirst[i] as DraftMessage);
  warnings.add('broken-characters', replaced);
  for (const text of warnings.texts()) chat.warn(text);
  const partnerName = title !== null && names.size === 2 && names.has(title) ? title : null;
  return chat.build({ title, partnerName });
}

export interface MetaDetection {
  readonly messenger: number;
  readonly instagram: number;
}

const NEITHER: MetaDetection = { messenger: 0, instagram: 0 };

/** the file's own shape (classic or end-to-end-encrypted download) and the paths of the files beside it */
function byShapeAndPaths(probe: DetectProbe, has: (key: string) => boolean): MetaDetection {
  const names = [probe.fileName, ...probe.fileNames].join('\n').toLowerCase();
  const numbered = /message_\d+\.json$/i.test(probe.fileName);
  const classic = has('sender_name') && has('timestamp_ms');
  const e2ee = has('senderName') && has('timestamp') && (has('isUnsent') || has('threadName'));
  let base = classic ? 0.8 : e2ee ? 0.85 : numbered && has('messages') && has('participants') ? 0.5 : 0;
  if (base > 0 && numbered) base += 0.05;
  if (base === 0) return NEITHER;
  const instagramPath = /instagram/.test(names);
  const messengerPath = /facebook|messenger/.test(names);
  if (instagramPath !== messengerPath) {
    return instagramPath
      ? { messenger: base - 0.2, instagram: base + 0.1 }
      : { messenger: base + 0.1, instagram: base - 0.2 };
  }
  if (/instagram\.com/.test(probe.head)) return { messenger: base - 0.05, instagram: base };
  return { messenger: base, instagram: base - 0.05 };
}

/** the name the person gave the export (a zip called "instagram-…") and the links and fields inside */
function byGivenName(probe: DetectProbe, has: (key: string) => boolean): MetaDetection {
  const given = probe.inputName ?? '';
  if (has('sender_name') && has('timestamp_ms')) {
    const instagramHint = /instagram/i.test(given) || /instagram\.com/i.test(probe.head);
    const messengerHint = /facebook|messenger/i.test(given) || /facebook\.com|"is_unsent"/.test(probe.head);
    return {
      messenger: 0.85 + (messengerHint ? 0.1 : 0) - (instagramHint && !messengerHint ? 0.2 : 0),
      instagram: 0.85 + (instagramHint ? 0.1 : 0) - (messengerHint && !instagramHint ? 0.2 : 0),
    };
  }
  if (has('senderName') && has('timestamp') && has('messages')) {
    return { messenger: 0.9, instagram: /instagram/i.test(given) ? 0.92 : 0 };
  }
  return NEITHER;
}

/**
 * How sure it is that a probe is a Messenger or an Instagram message file (they share one shape): the surer of
 * two readings, one by the file and the paths around it, one by the name the export was given.
 * @example detectMeta({ fileName: 'message_1.json', head: '{"participants": [{"name": "Sam"}], "messages": [{"sender_name": "Sam", "timestamp_ms": 1}]}', fileNames: [] }).messenger // 0.9
 */
export function detectMeta(probe: DetectProbe): MetaDetection {
  if (!looksLikeJson(probe.head)) return NEITHER;
  const has = jsonKeys(probe.head);
  const byName = byGivenName(probe, has);
  const byShape = probe.head.trimStart().startsWith('{') ? byShapeAndPaths(probe, has) : NEITHER;
  return {
    messenger: Math.max(byShape.messenger, byName.messenger),
    instagram: Math.max(byShape.instagram, byName.instagram),
  };
}

/** where Messenger and Instagram keep one chat's parts: message_1.json, message_2.json… in the chat's folder */
export const META_FILES = {
  extensions: ['json'],
  ranks: [
    { name: /^message_1\.json$/i, rank: 0 },
    { name: /^message_\d+\.json$/i, rank: 1 },
  ],
  chat: /^message_\d+\.json$/i,
  chatPerFolder: true,
  numberedParts: true,
} as const satisfies FormatFiles;
