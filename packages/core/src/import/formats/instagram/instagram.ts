// reads an Instagram direct-message chat: message_N.json (2020 on), or the 2018–2019 messages.json of every chat
import { concat } from '../../bytes.ts';
import type { ByteSource, Importer, ImportInput } from '../../types.ts';
import { TextDecoder } from '../../utf8.ts';
import { detectMeta, META_FILES, parseMetaMessages } from '../messenger/meta-messages.ts';
import { isInstagram2018, parseInstagram2018 } from './instagram-2018.ts';

/** bytes read to tell the two layouts apart */
const LAYOUT_PROBE_BYTES = 4096;

/** the first bytes of a file as text (enough to see its layout) */
async function headOf(file: ByteSource): Promise<string> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of file.chunks()) {
    parts.push(chunk);
    length += chunk.length;
    if (length >= LAYOUT_PROBE_BYTES) break;
  }
  return new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(
    concat(parts).subarray(0, LAYOUT_PROBE_BYTES),
  );
}

/** the one file of the 2018–2019 layout in the input, if it is that layout */
async function file2018(input: ImportInput): Promise<ByteSource | undefined> {
  const candidates = input.files.filter((f) => /(?:^|\/)messages\.json$/i.test(f.name));
  const file = candidates[0] ?? (input.files.length === 1 ? input.files[0] : undefined);
  if (file === undefined) return undefined;
  return isInstagram2018(await headOf(file)) ? file : undefined;
}

/**
 * The Instagram importer: every message_N.json of one chat, merged and sorted oldest first; or, for downloads of
 * 2018–2019, the chosen chat of messages.json (`options.chat`).
 * @example const c = await instagramImporter.parse({ name: 'messages/inbox/sam_123', files: [part1] }, {})
 */
export const instagramImporter: Importer = {
  format: 'instagram',
  names: { label: 'Instagram', short: 'Instagram', aliases: [] },
  files: META_FILES,
  specificity: 3,
  detect: (probe) => Math.max(isInstagram2018(probe.head) ? 0.9 : 0, detectMeta(probe).instagram),
  async parse(input, options) {
    const old = await file2018(input);
    if (old !== undefined) return parseInstagram2018(old, input.name, options);
    return parseMetaMessages('instagram', input, options);
  },
};
