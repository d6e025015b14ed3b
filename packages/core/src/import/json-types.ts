// the shapes of the streaming JSON reader, apart from its code so that the scanner, the reader and the field
// helpers can all name them without importing each other

/** a parsed JSON value as `JSON.parse` builds it */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** a path pattern: object keys, or '*' for any key or array index, e.g. ['chats', 'list', '*', 'messages', '*'] */
export type JsonPathPattern = readonly string[];

/** one concrete path: keys and array indices from the root */
export type JsonPath = readonly (string | number)[];

export interface JsonSelection {
  readonly path: JsonPathPattern;
  /** false: report that a value is there (value undefined) without building it, e.g. to count messages */
  readonly parse?: boolean;
  /**
   * members of the selected object (its own, not nested ones) to leave out, for speed: when the object lies in one
   * chunk, the member is cut from the bytes, checked only for balanced brackets and quotes (not UTF-8), never built
   */
  readonly omit?: readonly string[];
}

export interface JsonStreamOptions {
  readonly select: readonly JsonSelection[];
  /** called in document order for each selected value (path includes its own key); `selection` indexes `select` */
  readonly onValue: (value: JsonValue | undefined, path: JsonPath, selection: number) => void;
  readonly maxBytes?: number;
  readonly maxDepth?: number;
  /** called after each chunk with the bytes read so far */
  readonly onChunk?: (bytesRead: number) => void;
}

export interface JsonStreamResult {
  readonly bytes: number;
  /** lone UTF-16 surrogates (from `\ud800`-style escapes) replaced by U+FFFD */
  readonly replacedSurrogates: number;
}
