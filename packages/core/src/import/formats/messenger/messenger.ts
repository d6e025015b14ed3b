// reads a Facebook Messenger chat (message_N.json, classic or end-to-end-encrypted download) into the neutral model

import type { Importer } from '../../types.ts';
import { detectMeta, META_FILES, parseMetaMessages } from './meta-messages.ts';

/**
 * The Messenger importer: every message_N.json of one chat, merged and sorted oldest first.
 * @example const c = await messengerImporter.parse({ name: 'inbox/sam_123', files: [part1, part2] }, {})
 */
export const messengerImporter: Importer = {
  format: 'messenger',
  names: { label: 'Messenger', short: 'Messenger', aliases: ['facebook', 'facebook messenger'] },
  files: META_FILES,
  specificity: 4,
  detect: (probe) => detectMeta(probe).messenger,
  parse: (input, options) => parseMetaMessages('messenger', input, options),
};
