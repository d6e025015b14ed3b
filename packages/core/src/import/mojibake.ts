// undoes the "UTF-8 bytes written as Latin-1 characters" damage of Meta exports, only where it is certain
import { TextDecoder } from './utf8.ts';

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Repairs mojibake such as "RenÃ©" → "René". The text is only changed when every character is at most
 * U+00FF, at least one is above U+007F, and those characters read as bytes form valid UTF-8; anything
 * else (correct accents, emoji, plain ASCII) comes back unchanged.
 * @example repairMojibake('Caf\u00c3\u00a9') // 'Café'
 * @example repairMojibake('naïve ☕') // 'naïve ☕' (already correct)
 */
export function repairMojibake(text: string): string {
  const length = text.length;
  let high = false;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) return text;
    if (c > 0x7f) high = true;
  }
  if (!high) return text;
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = text.charCodeAt(i);
  try {
    return strictDecoder.decode(bytes);
  } catch {
    return text;
  }
}
