// the fixed texts WhatsApp writes for media, deleted and edited messages, calls and group notices, per language

import type { MessageKind } from '../model.ts';

type MarkerLanguage = 'en' | 'de' | 'fr' | 'es' | 'pt' | 'it' | 'nl';

/** whole-message placeholders for a media file that was left out of the export */
const MEDIA_PLACEHOLDERS: Record<MarkerLanguage, readonly string[]> = {
  en: [
    '<Media omitted>',
    'image omitted',
    'video omitted',
    'audio omitted',
    'sticker omitted',
    'GIF omitted',
    'document omitted',
    'Contact card omitted',
    'Location omitted',
    'null',
  ],
  de: [
    '<Medien ausgeschlossen>',
    '<Medien weggelassen>',
    'Bild weggelassen',
    'Video weggelassen',
    'Audio weggelassen',
    'Sticker weggelassen',
    'GIF weggelassen',
    'Dokument weggelassen',
    'Kontaktkarte ausgelassen',
  ],
  fr: ['<Médias omis>', 'image absente', 'vidéo absente', 'audio omis', 'sticker omis', 'GIF retiré', 'document omis'],
  es: ['<Multimedia omitido>', 'imagen omitida', 'video omitido', 'audio omitido', 'sticker omitido', 'GIF omitido'],
  pt: [
    '<Mídia oculta>',
    '<Arquivo de mídia oculto>',
    'imagem ocultada',
    'vídeo omitido',
    'áudio ocultado',
    'figurinha omitida',
  ],
  it: ['<Media omessi>', 'immagine omessa', 'video omesso', 'audio omesso', 'sticker omesso', 'GIF omessa'],
  nl: ['<Media weggelaten>', 'afbeelding weggelaten', 'video weggelaten', 'audio weggelaten', 'sticker weggelaten'],
};

/** "<attached: FILE>" (iOS) and "FILE (file attached)" (Android) in each language */
const ATTACHED_WORDS: Record<MarkerLanguage, { readonly tag: string; readonly note: string }> = {
  en: { tag: 'attached', note: 'file attached' },
  de: { tag: 'angehängt', note: 'Datei angehängt' },
  fr: { tag: 'joint', note: 'fichier joint' },
  es: { tag: 'adjunto', note: 'archivo adjunto' },
  pt: { tag: 'anexado', note: 'arquivo anexado' },
  it: { tag: 'allegato', note: 'file allegato' },
  nl: { tag: 'bijgevoegd', note: 'bestand bijgevoegd' },
};

const DELETED_TEXTS: Record<MarkerLanguage, readonly string[]> = {
  en: ['This message was deleted', 'You deleted this message'],
  de: ['Diese Nachricht wurde gelöscht', 'Du hast diese Nachricht gelöscht'],
  fr: ['Ce message a été supprimé', 'Vous avez supprimé ce message'],
  es: ['Se eliminó este mensaje', 'Eliminaste este mensaje', 'Este mensaje fue eliminado'],
  pt: ['Esta mensagem foi apagada', 'Você apagou esta mensagem', 'Mensagem apagada'],
  it: ['Questo messaggio è stato eliminato', 'Hai eliminato questo messaggio'],
  nl: ['Dit bericht is verwijderd', 'Je hebt dit bericht verwijderd'],
};

const EDITED_MARKERS: Record<MarkerLanguage, string> = {
  en: '<This message was edited>',
  de: '<Diese Nachricht wurde bearbeitet>',
  fr: '<Ce message a été modifié>',
  es: '<Se editó este mensaje.>',
  pt: '<Mensagem editada>',
  it: '<Questo messaggio è stato modificato>',
  nl: '<Dit bericht is bewerkt>',
};

const LANGUAGES = Object.keys(ATTACHED_WORDS) as MarkerLanguage[];
const mediaSet = new Set(LANGUAGES.flatMap((l) => MEDIA_PLACEHOLDERS[l]));
const deletedSet = new Set(LANGUAGES.flatMap((l) => DELETED_TEXTS[l].flatMap((t) => [t, `${t}.`])));
const editedList = LANGUAGES.map((l) => EDITED_MARKERS[l]);
const attachedTag = new RegExp(`^<\\s*\u200e?(?:${LANGUAGES.map((l) => ATTACHED_WORDS[l].tag).join('|')})\\s?:`, 'i');
const attachedNote = new RegExp(
  `\\((?:${LANGUAGES.map((l) => ATTACHED_WORDS[l].note).join('|')})\\)|<\u200e?attached>`,
  'i',
);
const callNotice = /^(?:missed )?(?:group )?(?:voice|video) call\b|^(?:verpasster |appel (?:vocal|vidéo) manqué)/i;

/**
 * Notices WhatsApp writes instead of a message (encryption, joins, subject changes…), in the languages
 * above; matched against a whole body, with or without a leading name.
 */
const systemNotice = new RegExp(
  [
    'end-to-end encrypted',
    'secured with end-to-end encryption',
    'Ende-zu-Ende-verschlüsselt',
    'chiffrés de bout en bout',
    'cifrados de extremo a extremo',
    'criptografia de ponta a ponta',
    'crittografia end-to-end',
    'end-to-end versleuteld',
    '^You (?:were|created|changed|added|removed|left|joined|blocked|unblocked)\\b',
    ' (?:added|removed|left|joined|created group|changed (?:the|this|their|to)|deleted the group|pinned a message|turned (?:on|off)|changed the group|was added|was removed)\\b',
    ' (?:hat|wurde) .*(?:hinzugefügt|entfernt|verlassen|geändert|erstellt)',
    ' (?:a ajouté|a retiré|est parti|a quitté|a changé|a créé)',
    ' (?:añadió|eliminó|salió|cambió|creó)',
    ' (?:adicionou|removeu|saiu|mudou|criou)',
    ' (?:ha aggiunto|ha rimosso|è uscito|ha cambiato|ha creato)',
    ' (?:heeft .* toegevoegd|is vertrokken|heeft .* gewijzigd|heeft .* aangemaakt)',
    '^Your security code',
    'security code (?:with .* )?changed',
    'disappearing messages',
    'is a contact',
    'blocked this contact',
    'unblocked this contact',
    'this chat is with a business',
    'now an admin',
    'no longer an admin',
    'changed their phone number',
    'waiting for this message',
  ].join('|'),
  'i',
);

const DIRECTION_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * Removes bidirectional control marks (U+200E and friends) and trims.
 * @example cleanName('\u200eSam ') // 'Sam'
 */
export function cleanName(raw: string): string {
  return raw.replace(DIRECTION_MARKS, '').trim();
}

/**
 * Whether a body without author, or a would-be author name, is in fact a WhatsApp notice.
 * @example isSystemNotice('Sam changed the subject to "Us"') // true
 */
export function isSystemNotice(text: string): boolean {
  return systemNotice.test(text);
}

export interface ClassifiedBody {
  readonly kind: MessageKind;
  readonly text: string;
  readonly edited: boolean;
  /** a notice written under a person's name (recent iOS): the message has no real author */
  readonly notice: boolean;
}

/** first character and length of every whole-message marker, as one number, to rule most messages out cheaply */
const markerKeys = new Set([...mediaSet, ...deletedSet].map((t) => t.charCodeAt(0) * 128 + t.length));

/**
 * A cheap test that a body is ordinary text, so that {@link classifyBody} can be skipped (false may still be
 * text); `firstLine` is the body's first line, where "(file attached)" notes end.
 * @example isPlainText('see you soon') // true
 */
export function isPlainText(text: string, firstLine: string = text): boolean {
  const length = text.length;
  const first = text.charCodeAt(0);
  if (first === 0x200e || first === 0x200f || first === 60 || text.charCodeAt(length - 1) === 62) return false;
  if (firstLine.charCodeAt(firstLine.length - 1) === 41) return false;
  return !(length <= 64 && markerKeys.has(first * 128 + length));
}

const plain = (text: string): ClassifiedBody => ({ kind: 'text', text, edited: false, notice: false });

/**
 * Sorts one authored message body into text, media, deleted, call or a notice, and strips the edited marker.
 * @example classifyBody('<Media omitted>').kind // 'media'
 */
export function classifyBody(body: string): ClassifiedBody {
  let text = body;
  let edited = false;
  const last = text.charCodeAt(text.length - 1);
  if (last === 62) {
    for (const marker of editedList) {
      if (text.endsWith(marker)) {
        text = text.slice(0, text.length - marker.length).replace(/[\s\u200e]+$/, '');
        edited = true;
        break;
      }
    }
  }
  const first = text.charCodeAt(0);
  const marked = first === 0x200e || first === 0x200f;
  const core = marked ? cleanStart(text) : text;
  if (text.length <= 64 && (mediaSet.has(core) || deletedSet.has(core))) {
    return { kind: mediaSet.has(core) ? 'media' : 'deleted', text: core, edited, notice: false };
  }
  if (core.charCodeAt(0) === 60 && attachedTag.test(core)) return { kind: 'media', text: core, edited, notice: false };
  if (text.includes('(') || text.includes('<\u200e') || text.includes('<attached>')) {
    const firstLine = firstLineOf(core);
    if (attachedNote.test(firstLine)) return { kind: 'media', text: core, edited, notice: false };
  }
  if (marked) {
    if (callNotice.test(core)) return { kind: 'call', text: core, edited, notice: false };
    if (systemNotice.test(firstLineOf(core))) return { kind: 'system', text: core, edited, notice: true };
  }
  return edited ? { kind: 'text', text, edited, notice: false } : plain(text);
}

function cleanStart(text: string): string {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 0x200e || text.charCodeAt(i) === 0x200f)) i++;
  return text.slice(i);
}

function firstLineOf(text: string): string {
  const newline = text.indexOf('\n');
  return newline === -1 ? text : text.slice(0, newline);
}
