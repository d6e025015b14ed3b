// every importer, keyed by format, so adding a format makes the compiler ask for its importer
import type { Format } from '../model.ts';
import { csvImporter } from './formats/csv/csv.ts';
import { discordImporter } from './formats/discord/discord.ts';
import { imessageImporter } from './formats/imessage/imessage.ts';
import { instagramImporter } from './formats/instagram/instagram.ts';
import { messengerImporter } from './formats/messenger/messenger.ts';
import { signalImporter } from './formats/signal/signal.ts';
import { telegramImporter } from './formats/telegram/telegram.ts';
import { whatsappImporter } from './formats/whatsapp/whatsapp.ts';
import type { Importer } from './types.ts';

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
