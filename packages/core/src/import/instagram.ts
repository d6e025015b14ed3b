// reads an Instagram direct-message chat (message_N.json) into the neutral model
import { detectMeta, parseMetaMessages } from './meta-messages.ts';
import type { Importer } from './types.ts';

/**
 * The Instagram importer: every message_N.json of one chat, merged and sorted oldest first.
 * @example const c = await instagramImporter.parse({ name: 'messages/inbox/sam_123', files: [part1] }, {})
 */
export const instagramImporter: Importer = {
  format: 'instagram',
  detect: (probe) => detectMeta(probe).instagram,
  parse: (input, options) => parseMetaMessages('instagram', input, options),
};
