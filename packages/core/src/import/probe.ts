// small readings of a detection probe that several formats' `detect` share

/** the part of a path after its last '/' */
export const entryName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** the part of a path before its last '/' ('' for none) */
export const entryFolder = (path: string): string => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');

/** a file name's extension, lower case, without the dot ('' for none) */
export const extensionOf = (name: string): string => /\.([a-z0-9]{1,8})$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/**
 * The first `count` non-blank lines of a probe's text (any line ending).
 * @example leadingLines('\nhi\r\n\nthere\n', 5) // ['hi', 'there']
 */
export function leadingLines(head: string, count: number): string[] {
  const lines: string[] = [];
  for (const line of head.split(/\r\n|\r|\n/)) {
    if (line.trim() === '') continue;
    lines.push(line);
    if (lines.length >= count) break;
  }
  return lines;
}

/**
 * A test for `"key"` anywhere in the start of a JSON file: enough to tell the JSON exports apart.
 * @example jsonKeys('{"messages": []}')('messages') // true
 */
export const jsonKeys =
  (head: string) =>
  (key: string): boolean =>
    head.includes(`"${key}"`);

/** whether the text starts like a JSON object or array (after white space) */
export function looksLikeJson(head: string): boolean {
  const start = head.trimStart();
  return start.startsWith('{') || start.startsWith('[');
}
