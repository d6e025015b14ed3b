// text from a file (names, titles, file names, excerpts) made inert before it reaches a terminal

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const BREAKS = /[\t\n\r]+/g;
const UNSAFE_IN_JSON = /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * One line with every control character removed: no escape sequence (colours, title, clipboard writes via
 * OSC 52, cursor moves), no C1 control, no bidirectional override; tabs and line breaks become spaces.
 * @example terminalSafe('Sam\u001b]52;c;aGk=\u0007') // 'Sam]52;c;aGk='
 */
export function terminalSafe(text: string): string {
  return text.replace(BREAKS, ' ').replace(CONTROLS, '');
}

/**
 * JSON for standard output: the same value, with the controls JSON.stringify leaves raw (DEL, C1, bidi) escaped.
 * @example terminalSafeJson({ name: 'a\u009bb' }) // '{"name":"a\\u009bb"}'
 */
export function terminalSafeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    UNSAFE_IN_JSON,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
