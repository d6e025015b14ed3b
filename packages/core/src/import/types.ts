// contracts between the importers (pure) and whoever supplies the bytes (Node CLI, browser, tests)

import type { Conversation, Format } from '../model.ts';

/** one file's bytes, read in chunks; the Node side backs this with fs or a zip entry, tests with arrays */
export interface ByteSource {
  /** file name (for a zip or folder: the path inside it, with forward slashes) */
  readonly name: string;
  /** size in bytes when known up front */
  readonly size?: number;
  /** the bytes, in order; may be called more than once (each call starts again at byte 0) */
  chunks(): AsyncIterable<Uint8Array>;
}

/** what the user handed over: one file, or every file of a zip or folder */
export interface ImportInput {
  /** the name the user gave (path of the file, zip or folder), used in messages and for hints */
  readonly name: string;
  readonly files: readonly ByteSource[];
}

export interface ImportProgress {
  readonly bytes: number;
  readonly totalBytes: number | undefined;
  readonly messages: number;
}

export interface ImportOptions {
  /** skip detection */
  readonly format?: Format;
  /** IANA zone for exports whose times carry no zone (WhatsApp, iMessage); default: the runtime's zone */
  readonly timeZone?: string;
  /** for WhatsApp when the file never shows a day > 12: force the date order */
  readonly dateOrder?: 'day-first' | 'month-first';
  /** which chat of a multi-chat export (Telegram full account) to read, by name or id */
  readonly chat?: string;
  /** largest input accepted, in bytes (default 2 GiB) */
  readonly maxBytes?: number;
  /** called now and then while reading (not for every message) */
  readonly onProgress?: (progress: ImportProgress) => void;
}

/** a line of a text export with where it came from, for error messages */
export interface SourceLine {
  readonly text: string;
  /** 1-based */
  readonly lineNumber: number;
  readonly byteOffset: number;
}

/** the chats of a multi-chat export, for the user to pick from */
export interface ChatSummary {
  readonly id: string;
  readonly name: string;
  readonly messages: number;
}

export interface DetectProbe {
  /** the main file's name */
  readonly fileName: string;
  /** the first bytes of the main file decoded leniently (up to 64 KiB), without a byte-order mark */
  readonly head: string;
  /** every file name in the input */
  readonly fileNames: readonly string[];
  /** the name the person gave (file, zip or folder path), which can hint at the app; '' when unknown */
  readonly inputName?: string;
}

/** what a format is called, to the person and on the command line */
export interface FormatNames {
  /** in messages to the person ("iMessage (imessage-exporter)") */
  readonly label: string;
  /** in a list of every app that can be read ("iMessage") */
  readonly short: string;
  /** other names a person may give for the format (lower case); the format's id and short name always work */
  readonly aliases: readonly string[];
}

/** a file name a format's exports use, and how early detection looks at such a file (0 first) */
export interface FileNameRank {
  readonly name: RegExp;
  readonly rank: number;
}

/** how a format's exports lay out their files, for picking the file(s) to read from a zip or folder */
export interface FormatFiles {
  /** extensions (lower case, no dot) of files worth looking into */
  readonly extensions: readonly string[];
  /** the names its files go by, best first */
  readonly ranks: readonly FileNameRank[];
  /** the name of one chat's main file, when the format has a telling one (lists the chats of a zip or folder) */
  readonly chat?: RegExp;
  /** each chat sits in a folder of its own, so the folder names the chat */
  readonly chatPerFolder: boolean;
  /** a chat comes in numbered parts (`chat` with a number) that are read together, in order */
  readonly numberedParts: boolean;
}

/** everything about one export format: what it is called, how its files look, how to recognise and read it */
export interface Importer {
  readonly format: Format;
  readonly names: FormatNames;
  readonly files: FormatFiles;
  /** on a tie in detection the higher wins: a stricter shape is less likely to match by accident (unique) */
  readonly specificity: number;
  /** 0 (surely not) .. 1 (surely this format), from the probe alone */
  detect(probe: DetectProbe): number;
  parse(input: ImportInput, options: ImportOptions): Promise<Conversation>;
}

export const DEFAULT_MAX_BYTES = 2 * 1024 ** 3;
export const MAX_JSON_DEPTH = 64;
