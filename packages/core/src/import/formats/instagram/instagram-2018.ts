// reads Instagram's 2018–2019 download: one messages.json holding every chat, each {participants, conversation}

import { asEpochMs, type Conversation, type MessageKind } from '../../../model.ts';
import { ChatBuilder, type DraftMessage, pickChat } from '../../chat-builder.ts';
import { ImportError } from '../../errors.ts';
import { asRecord, asString, type JsonRecord, MAX_EPOCH_MS, WarningCounts } from '../../json-fields.ts';
import { type JsonValue, streamJson } from '../../json-stream.ts';
import type { ByteSource, ImportOptions } from '../../types.ts';

/** `created_at` of this layout: ISO 8601 with microseconds and an offset, e.g. 2018-10-15T19:33:42.123456+00:00 */
const CREATED_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** members of a conversation item that mean a photo, video, voice note, shared post or story: the placeholder each gets */
const MEDIA_MEMBERS: readonly (readonly [string, string])[] = [
  ['media_share_url', '[shared post]'],
  ['story_share', '[shared story]'],
  ['voice_media', '[voice message]'],
  ['animated_media_images', '[gif]'],
  ['media_url', '[photo]'],
  ['media', '[photo]'],
];

/**
 * Whether the start of a file is this layout: a top-level array of chats with `participants` and `conversation`.
 * @example isInstagram2018('[{"participants": ["a", "b"], "conversation": [{"sender": "a", "created_at": "…"}]}]') // true
 */
export function isInstagram2018(head: string): boolean {
  const trimmed = head.replace(/^\uFEFF/, '').trimStart();
  return (
    trimmed.startsWith('[') &&
    trimmed.includes('"participants"') &&
    trimmed.includes('"conversation"') &&
    (trimmed.includes('"created_at"') || trimmed.includes('"sender"'))
  );
}

interface ChatSummary2018 {
  readonly index: number;
  participants: string[];
  messages: number;
  /** the other people's names, as the person would choose the chat */
  name: string;
}

const timeOf = (value: JsonValue | undefined): number | undefined => {
  const text = asString(value);
  if (text === undefined || !CREATED_AT.test(text)) return undefined;
  const ms = Date.parse(text.replace(/\.(\d+)/, (_, fraction: string) => `.${`${fraction}00`.slice(0, 3)}`));
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_EPOCH_MS ? ms : undefined;
};

/** one conversation item as a message, or undefined when it has no time; likes and call notes become events */
function draftOf(item: JsonRecord, chat: ChatBuilder, warnings: WarningCounts): DraftMessage | undefined {
  const ms = timeOf(item.created_at);
  if (ms === undefined) {
    warnings.add('no-time');
    return undefined;
  }
  const at = asEpochMs(ms);
  const sender = asString(item.sender) ?? null;
  if (Array.isArray(item.likes)) {
    for (const like of item.likes) {
      const record = asRecord(like);
      const actor = asString(record?.username);
      const likedAt = timeOf(record?.date) ?? ms;
      if (actor !== undefined) chat.event({ at: asEpochMs(likedAt), actor, kind: 'reaction', text: 'Liked a message' });
    }
  }
  const action = asString(item.action);
  if (action !== undefined && asString(item.text) === undefined) {
    chat.event({ at, actor: sender, kind: 'other', text: action });
    return undefined;
  }
  let text = asString(item.text) ?? '';
  let kind: MessageKind = 'text';
  const call = asString(item.video_call_action);
  if (call !== undefined) {
    kind = 'call';
    text = call;
  } else if (asString(item.heart) !== undefined && text === '') {
    text = asString(item.heart) ?? '';
  } else {
    const media = MEDIA_MEMBERS.find(([member]) => item[member] !== undefined && item[member] !== null);
    if (media !== undefined) {
      kind = 'media';
      if (text === '') text = asString(item[media[0]]) ?? media[1];
    }
  }
  return { at, authorName: sender, text, kind };
}

/** the person in every chat of a multi-chat file: the account that downloaded it */
function accountOwner(chats: readonly ChatSummary2018[]): string | undefined {
  if (chats.length < 2) return undefined;
  const [first, ...rest] = chats;
  const everywhere = (first?.participants ?? []).filter((name) => rest.every((c) => c.participants.includes(name)));
  return everywhere.length === 1 ? everywhere[0] : undefined;
}

/**
 * Reads one chat of Instagram's 2018–2019 messages.json: every chat is listed on a first pass, the chosen one
 * (`options.chat`, by the other person's name; the only chat otherwise) is read on a second. Several chats and no
 * choice is an ImportError 'no-chat' listing them, as for Telegram's full-account export.
 * @example await parseInstagram2018(file, 'messages.json', { chat: 'sam' })
 */
export async function parseInstagram2018(
  file: ByteSource,
  inputName: string,
  options: ImportOptions,
): Promise<Conversation> {
  const chats: ChatSummary2018[] = [];
  const byIndex = new Map<number, ChatSummary2018>();
  const chatAt = (index: number): ChatSummary2018 => {
    let chat = byIndex.get(index);
    if (chat === undefined) {
      chat = { index, participants: [], messages: 0, name: '' };
      byIndex.set(index, chat);
      chats.push(chat);
    }
    return chat;
  };
  const maxBytes = options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {};
  await streamJson(file, {
    select: [{ path: ['*', 'participants'] }, { path: ['*', 'conversation', '*'], parse: false }],
    ...maxBytes,
    onValue: (value, path, selection) => {
      const chat = chatAt(Number(path[0]));
      if (selection === 0 && Array.isArray(value)) {
        chat.participants = value.filter((name): name is string => typeof name === 'string');
      } else if (selection === 1) chat.messages++;
    },
  });
  const owner = accountOwner(chats);
  const others = (chat: ChatSummary2018): string[] => chat.participants.filter((name) => name !== owner);
  for (const chat of chats) chat.name = others(chat).join(' & ') || `chat ${chat.index + 1}`;
  const withMessages = chats.filter((c) => c.messages > 0);
  const chosen = pickChat(inputName, withMessages, (c) => c.name, options.chat);
  if (chosen === undefined) {
    throw new ImportError({
      code: 'empty',
      file: inputName,
      expected: 'at least one chat with messages',
      found: chats.length === 0 ? 'no chats' : 'only empty chats',
    });
  }

  const chat = new ChatBuilder('instagram', inputName);
  const warnings = new WarningCounts();
  const newestFirst: DraftMessage[] = [];
  for (const name of chosen.participants) chat.participant(name);
  const result = await streamJson(file, {
    select: [{ path: [String(chosen.index), 'conversation', '*'] }],
    ...maxBytes,
    onChunk: (bytes) => options.onProgress?.({ bytes, totalBytes: file.size, messages: newestFirst.length }),
    onValue: (value) => {
      const item = asRecord(value);
      if (item === undefined) warnings.add('not-a-message');
      else {
        const draft = draftOf(item, chat, warnings);
        if (draft !== undefined) newestFirst.push(draft);
      }
    },
  });
  for (let i = newestFirst.length - 1; i >= 0; i--) chat.add(newestFirst[i] as DraftMessage);
  warnings.add('broken-characters', result.replacedSurrogates);
  for (const text of warnings.texts()) chat.warn(text);
  const partner = others(chosen);
  const title = partner.length > 0 ? chosen.name : null;
  return chat.build({
    title,
    ...(owner !== undefined ? { selfNames: [owner] } : {}),
    partnerName: partner.length === 1 ? (partner[0] ?? null) : null,
  });
}
