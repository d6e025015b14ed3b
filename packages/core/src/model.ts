// the neutral conversation model every importer produces and every analysis reads

declare const brand: unique symbol;
/** a primitive tagged with a unit or id kind so that, e.g., seconds and milliseconds cannot be mixed */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

/** milliseconds since 1970-01-01T00:00:00Z */
export type EpochMs = Brand<number, 'EpochMs'>;
/** stable id of a participant within one conversation (derived from the export's own id or name) */
export type ParticipantId = Brand<string, 'ParticipantId'>;
/** stable fingerprint of a message: the same message imported twice gets the same id */
export type MessageFingerprint = Brand<string, 'MessageFingerprint'>;

export const asEpochMs = (ms: number): EpochMs => ms as EpochMs;
export const epochFromSeconds = (seconds: number): EpochMs => Math.round(seconds * 1000) as EpochMs;
export const asParticipantId = (id: string): ParticipantId => id as ParticipantId;

/** every export format Reconnect reads; adding one makes the compiler list every table to update */
export const FORMATS = [
  'whatsapp',
  'telegram',
  'messenger',
  'instagram',
  'discord',
  'signal',
  'imessage',
  'csv',
] as const;
export type Format = (typeof FORMATS)[number];
export const isFormat = (value: string): value is Format => (FORMATS as readonly string[]).includes(value);

export type MessageKind = 'text' | 'media' | 'system' | 'call' | 'deleted';

/** what kind of thing happened, for events that are not messages */
export const EVENT_KINDS = ['reaction', 'join', 'leave', 'rename', 'icon', 'pin', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * Something that happened in a chat without anyone writing: a reaction, someone joining or leaving, a new name or
 * picture for the chat, a pinned message. Kept apart from messages, so it is never counted as someone's words,
 * and its actor need not be a participant.
 */
export interface ChatEvent {
  readonly at: EpochMs;
  /** who did it, as the export names them; null when the export does not say */
  readonly actor: string | null;
  readonly kind: EventKind;
  /** a short description ("Reacted ❤", "renamed the channel to …") */
  readonly text: string;
  /** the export's own id for the event, where it has one */
  readonly sourceId?: string;
}

export interface Participant {
  readonly id: ParticipantId;
  /** display name as the export writes it (after mojibake repair) */
  readonly name: string;
}

export interface Message {
  readonly at: EpochMs;
  /** null for system lines that have no author */
  readonly author: ParticipantId | null;
  /** the message body; for media the caption or placeholder text, for calls a short description */
  readonly text: string;
  readonly kind: MessageKind;
  /** the export's own id for this message, where it has one */
  readonly sourceId?: string;
  /** the export's id of the message this one replies to, where the export records it */
  readonly replyTo?: string;
  readonly edited?: boolean;
  /** call length in seconds, for kind 'call' when known */
  readonly durationSeconds?: number;
}

export interface Conversation {
  readonly format: Format;
  /** the chat's own name where the export gives one (group name, "WhatsApp Chat with NAME", …) */
  readonly title: string | null;
  readonly participants: readonly Participant[];
  /** sorted by time, stable for equal times */
  readonly messages: readonly Message[];
  /** reactions, joins, renames and other events, sorted by time; absent when the export records none */
  readonly events?: readonly ChatEvent[];
  /** recoverable oddities met while reading, counted and shown to the user */
  readonly warnings: readonly string[];
  /** the participant the export itself marks as the exporting user ("Me", "You"), when it does */
  readonly selfHint?: ParticipantId;
  /** the participant the export names as the other side (e.g. "WhatsApp Chat with NAME"), when it does */
  readonly partnerHint?: ParticipantId;
}
