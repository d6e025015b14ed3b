// the fixed texts WhatsApp writes for media, deleted and edited messages, calls and group notices, per language

import type { MessageKind } from '../../../model.ts';

type MarkerLanguage = 'en' | 'de' | 'fr' | 'es' | 'pt' | 'it' | 'nl' | 'ar' | 'ru' | 'uk' | 'cs';

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
  fr: [
    '<Médias omis>',
    'image absente',
    'vidéo absente',
    'audio omis',
    'sticker omis',
    'GIF retiré',
    'document omis',
    'document manquant',
    'Fiche contact manquante',
  ],
  es: [
    '<Multimedia omitido>',
    'imagen omitida',
    'video omitido',
    'Video omitido',
    'audio omitido',
    'sticker omitido',
    'GIF omitido',
    'documento omitido',
    'Tarjeta de contacto omitida',
  ],
  pt: [
    '<Mídia oculta>',
    '<Arquivo de mídia oculto>',
    'imagem ocultada',
    'vídeo omitido',
    'áudio ocultado',
    'figurinha omitida',
    'imagem não revelada',
    'vídeo não revelado',
    'ficheiro de áudio não revelado',
    'GIF não revelada',
    'sticker não revelado',
    'documento não revelado',
    'Contacto não revelado',
  ],
  it: [
    '<Media omessi>',
    'immagine omessa',
    'video omesso',
    'audio omesso',
    'sticker omesso',
    'sticker non incluso',
    'GIF omessa',
    'GIF esclusa',
    'documento omesso',
    'Scheda contatto omessa',
  ],
  nl: ['<Media weggelaten>', 'afbeelding weggelaten', 'video weggelaten', 'audio weggelaten', 'sticker weggelaten'],
  ar: [
    '<تم استبعاد الوسائط>',
    'تم استبعاد الصورة',
    'تم استبعاد الفيديو',
    'تم استبعاد الصوت',
    'تم استبعاد الملصق',
    'لم يتم إدراج الصورة',
    'لم يتم إدراج الفيديوهات',
    'لم يتم إدراج المقاطع الصوتية',
    'لم يتم إدراج صورة GIF',
    'تم حذف الملصقات',
    'لم يتم إدراج المستند',
    'لم يتم إدراج بطاقة جهة اتصال',
  ],
  ru: [
    '<Без медиафайлов>',
    'изображение отсутствует',
    'видео отсутствует',
    'аудио отсутствует',
    'GIF отсутствует',
    'стикер не добавлен',
    'документ отсутствует',
    'карточка контакта отсутствует',
  ],
  uk: [
    'зображення відсутнє',
    'відео відсутнє',
    'аудіо відсутнє',
    'GIF-анімацію пропущено',
    'Наклейку не додано',
    'документ пропущено',
    'Картка контакту відсутня',
  ],
  cs: [
    'obrázek vynechán',
    'video vynecháno',
    'GIF vynechán',
    'nálepka vynechána',
    'dokument vynechán',
    'Vizitka vynechána',
  ],
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
  ar: { tag: 'المُرفق', note: 'الملف مرفق' },
  ru: { tag: 'прикреплено', note: 'файл добавлен' },
  uk: { tag: 'додано', note: 'файл додано' },
  cs: { tag: 'příloha', note: 'soubor byl přiložen' },
};

const DELETED_TEXTS: Record<MarkerLanguage, readonly string[]> = {
  en: ['This message was deleted', 'You deleted this message'],
  de: ['Diese Nachricht wurde gelöscht', 'Du hast diese Nachricht gelöscht'],
  fr: ['Ce message a été supprimé', 'Vous avez supprimé ce message'],
  es: ['Se eliminó este mensaje', 'Eliminaste este mensaje', 'Este mensaje fue eliminado'],
  pt: ['Esta mensagem foi apagada', 'Você apagou esta mensagem', 'Mensagem apagada', 'Apagou esta mensagem'],
  it: ['Questo messaggio è stato eliminato', 'Hai eliminato questo messaggio'],
  nl: ['Dit bericht is verwijderd', 'Je hebt dit bericht verwijderd'],
  ar: ['تم حذف هذه الرسالة', 'لقد حذفت هذه الرسالة'],
  ru: ['Данное сообщение удалено', 'Вы удалили данное сообщение'],
  uk: ['Це повідомлення було видалено', 'Ви видалили це повідомлення'],
  cs: ['Tato zpráva byla smazána', 'Tuto zprávu jste smazal/a'],
};

/** the marker iOS appends to an edited message, where it is known */
const EDITED_MARKERS: Partial<Record<MarkerLanguage, string>> = {
  en: '<This message was edited>',
  de: '<Diese Nachricht wurde bearbeitet>',
  fr: '<Ce message a été modifié>',
  es: '<Se editó este mensaje.>',
  pt: '<Mensagem editada>',
  it: '<Questo messaggio è stato modificato>',
  nl: '<Dit bericht is bewerkt>',
  ar: '<تم تعديل هذه الرسالة>',
};

const LANGUAGES = Object.keys(ATTACHED_WORDS) as MarkerLanguage[];
const mediaSet = new Set(LANGUAGES.flatMap((l) => MEDIA_PLACEHOLDERS[l]));
const deletedSet = new Set(LANGUAGES.flatMap((l) => DELETED_TEXTS[l].flatMap((t) => [t, `${t}.`])));
const editedList = LANGUAGES.flatMap((l) => EDITED_MARKERS[l] ?? []);
const attachedTag = new RegExp(`^<\\s*\u200e?(?:${LANGUAGES.map((l) => ATTACHED_WORDS[l].tag).join('|')})\\s?:`, 'i');
const attachedNote = new RegExp(
  `\\((?:${LANGUAGES.map((l) => ATTACHED_WORDS[l].note).join('|')})\\)|<\u200e?attached>`,
  'i',
);
const callNotice = /^(?:missed )?(?:group )?(?:voice|video) call\b|^(?:verpasster |appel (?:vocal|vidéo) manqué)/i;

/**
 * The encryption notice that opens every chat and the "security code changed" notice, which iOS writes in the
 * phone's language under the contact's name: a telling part of each, per language (the 20 languages WhatsApp is
 * most used in, and neighbours that share an export layout). Matched only where a notice can stand: a line
 * without author, or a body that starts with U+200E as iOS notices do.
 */
const SECURITY_NOTICES: Readonly<Record<string, readonly string[]>> = {
  en: ['end-to-end encrypt', 'secured with end-to-end encryption', 'security code'],
  es: ['cifrados de extremo a extremo', 'cifrado de extremo a extremo', 'código de seguridad'],
  pt: [
    'criptografia de ponta a ponta',
    'encriptadas ponto a ponto',
    'encriptadas de ponta a ponta',
    'completamente encriptadas',
    'código de segurança',
  ],
  de: ['Ende-zu-Ende-verschlüsselt', 'Ende-zu-Ende-Verschlüsselung', 'Sicherheitsnummer'],
  fr: ['chiffrés de bout en bout', 'chiffrement de bout en bout', 'code de sécurité'],
  it: ['crittografia end-to-end', 'crittografati end-to-end', 'crittografate end-to-end', 'codice di sicurezza'],
  nl: ['end-to-end versleuteld', 'end-to-end encryptie', 'beveiligingscode'],
  ru: ['сквозным шифрованием', 'код безопасности'],
  uk: ['наскрізним шифруванням', 'код безпеки'],
  cs: ['koncovým šifrováním', 'bezpečnostní kód'],
  pl: ['w pełni zaszyfrowane', 'pełne szyfrowanie', 'kod zabezpieczeń'],
  tr: ['uçtan uca şifre', 'güvenlik kodu'],
  ar: ['مشفرة تمام', 'التشفير التام بين الطرفين', 'رمز الأمان'],
  fa: ['رمزگذاری سرتاسری', 'سرتاسر رمزگذاری', 'کد امنیتی'],
  he: ['מוצפנות מקצה', 'הצפנה מקצה לקצה', 'קוד האבטחה'],
  hi: ['एंड-टू-एंड एन्क्रिप्टेड', 'एन्ड-टू-एन्ड एन्क्रिप्शन', 'सुरक्षा कोड'],
  bn: ['এন্ড-টু-এন্ড এনক্রিপ্টেড', 'নিরাপত্তা কোড'],
  ur: ['اینڈ ٹو اینڈ اینکرپشن', 'سیکیورٹی کوڈ'],
  id: ['terenkripsi secara end-to-end', 'enkripsi end-to-end', 'kode keamanan'],
  ms: ['disulitkan hujung ke hujung', 'penyulitan hujung ke hujung', 'kod keselamatan'],
  th: ['เข้ารหัสจากต้นทางถึงปลายทาง', 'เข้ารหัสตั้งแต่ต้นทางถึงปลายทาง', 'รหัสความปลอดภัย'],
  vi: ['mã hóa đầu cuối', 'mã hoá đầu cuối', 'mã hoá đầu-cuối', 'mã bảo mật'],
  ja: ['エンドツーエンド暗号化', 'エンドツーエンドの暗号化', 'セキュリティコード'],
  ko: ['종단간 암호화', '보안 코드'],
  zh: ['端到端加密', '端對端加密', '端對端的加密', '端对端的加密', '安全码', '安全碼'],
  el: ['κρυπτογραφούνται πλήρως', 'κωδικός ασφαλείας'],
  ro: ['criptate integral', 'codul de securitate'],
  hu: ['végpontok közötti titkosítás', 'biztonsági kód'],
  sv: ['komplett krypterade', 'säkerhetskod'],
};

/**
 * Notices WhatsApp writes instead of a message (encryption, joins, subject changes…), in the languages
 * above; matched against a whole body, with or without a leading name.
 */
const systemNotice = new RegExp(
  [
    ...Object.values(SECURITY_NOTICES).flat(),
    '^You (?:were|created|changed|added|removed|left|joined|blocked|unblocked)\\b',
    ' (?:added|removed|left|joined|created group|changed (?:the|this|their|to)|deleted the group|pinned a message|turned (?:on|off)|changed the group|was added|was removed)\\b',
    ' (?:hat|wurde) .*(?:hinzugefügt|entfernt|verlassen|geändert|erstellt)',
    ' (?:a ajouté|a retiré|est parti|a quitté|a changé|a créé)',
    ' (?:añadió|eliminó|salió|cambió|creó)',
    ' (?:adicionou|removeu|saiu|mudou|criou)',
    ' (?:ha aggiunto|ha rimosso|è uscito|ha cambiato|ha creato)',
    ' (?:heeft .* toegevoegd|is vertrokken|heeft .* gewijzigd|heeft .* aangemaakt)',
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
 * With `expectNotice` (the body stands where notices stand, at the start of the export), any body that starts
 * with U+200E and is not media, deleted or a call is a notice, whatever its language.
 * @example classifyBody('<Media omitted>').kind // 'media'
 */
export function classifyBody(body: string, expectNotice = false): ClassifiedBody {
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
    if (expectNotice || systemNotice.test(firstLineOf(core)))
      return { kind: 'system', text: core, edited, notice: true };
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
