// every importer, keyed by format, so adding a format makes the compiler ask for its importer; the facts
// about formats (their names, files and detection) are read from here and nowhere else
import { FORMATS, type Format } from '../model.ts';
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

/** what the app is called in messages to the person */
export const FORMAT_LABELS: Readonly<Record<Format, string>> = Object.fromEntries(
  FORMATS.map((format) => [format, IMPORTERS[format].names.label]),
) as Record<Format, string>;

/**
 * Every app that can be read, in a sentence.
 * @example formatList() // 'WhatsApp, Telegram, Messenger, Instagram, Discord, Signal, iMessage or CSV'
 */
export function formatList(importers: Readonly<Record<Format, Importer>> = IMPORTERS): string {
  const names = FORMATS.map((format) => importers[format].names.short);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names.join('');
}

const fold = (name: string): string => name.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The format a person means by a name: its id, its short name, its label or one of its aliases, in any case.
 * @example formatNamed('WhatsApp') // 'whatsapp'
 * @example formatNamed('imessage-exporter') // 'imessage'
 */
export function formatNamed(name: string): Format | undefined {
  const wanted = fold(name);
  return FORMATS.find((format) => {
    const { label, short, aliases } = IMPORTERS[format].names;
    return [format, short, label, ...aliases].some((known) => fold(known) === wanted);
  });
}
