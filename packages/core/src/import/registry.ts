// every importer, keyed by format, so adding a format makes the compiler ask for its importer
import type { Format } from '../model.ts';
import { csvImporter } from './csv.ts';
import { discordImporter } from './discord.ts';
import { imessageImporter } from './imessage.ts';
import { instagramImporter } from './instagram.ts';
import { messengerImporter } from './messenger.ts';
import { signalImporter } from './signal.ts';
import { telegramImporter } from './telegram.ts';
import type { Importer } from './types.ts';
import { whatsappImporter } from './whatsapp.ts';

/**
 * The importer for each format.
 * @example const conversation = await IMPORTERS.whatsapp.parse(input, { timeZone: 'Europe/Berlin' })
 */
export const IMPORTERS: Record<Format, Importer> = {
  whatsapp: whatsappImporter,
  telegram: telegramImporter,
  messenger: messengerImporter,
  instagram: instagramImporter,
  discord: discordImporter,
  signal: signalImporter,
  imessage: imessageImporter,
  csv: csvImporter,
};
