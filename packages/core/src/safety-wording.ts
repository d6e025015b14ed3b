// the safety block of a report in plain words, shared by the CLI summary, the HTML report and the app

import type { AnalysisReport, SafetyMention } from './analysis/types.ts';
import {
  NOTHING_SEEN,
  OWN_BEHAVIOUR_HELP,
  SAFETY,
  SAFETY_IN_CHAT,
  type SafetyConcern,
  URGENT_HELP,
} from './playbook/index.ts';
import { SAFETY_LANGUAGES } from './safety/rule.ts';

/** what each concern is called next to a dated quote */
export const CONCERN_LABEL: Readonly<Record<SafetyConcern, string>> = {
  self_harm: 'self-harm or suicide',
  danger: 'a threat or danger',
  abuse: 'abuse or control',
};

/**
 * What to say beside a quoted mention: its concern, and for a run of messages read as one, how many.
 * @example mentionTags({ concern: 'self_harm', messages: 2, … }) // ["self-harm or suicide", "2 messages in a row"]
 */
export function mentionTags(mention: Pick<SafetyMention, 'concern' | 'messages'>): string[] {
  const tags = [CONCERN_LABEL[mention.concern]];
  if ((mention.messages ?? 1) > 1) tags.push(`${mention.messages} messages in a row`);
  return tags;
}

export interface SafetyBlock {
  readonly headline: string;
  /** what it means for the side whose words matter most, then a line for the other side when both spoke */
  readonly detail: readonly string[];
  /** set when a message suggests an act already done or under way */
  readonly urgent: string | null;
  /** where to turn, most urgent first, without repeats */
  readonly resources: readonly string[];
  /** the newest few mentions to quote */
  readonly quotes: readonly SafetyMention[];
  /** how many messages raised a concern in all */
  readonly total: number;
  readonly caveat: string;
}

const QUOTED = 5;
const CONCERN_RANK: readonly SafetyConcern[] = ['self_harm', 'danger', 'abuse'];

const gravestFor = (mentions: readonly SafetyMention[], side: 'me' | 'partner') =>
  CONCERN_RANK.find((c) => mentions.some((m) => m.side === side && m.concerns.includes(c)));

/**
 * The block shown before everything else when the chat suggests someone may be in danger, or null.
 * @example describeSafety(report)?.headline // "Check on them now, and get help"
 */
export function describeSafety(report: Pick<AnalysisReport, 'safety' | 'safetyTotal'>): SafetyBlock | null {
  const mentions = report.safety;
  if (mentions.length === 0) return null;
  const partnerConcern = gravestFor(mentions, 'partner');
  const myConcern = gravestFor(mentions, 'me');
  const first: ['me' | 'partner', SafetyConcern] | null =
    partnerConcern !== undefined &&
    (myConcern === undefined || CONCERN_RANK.indexOf(partnerConcern) <= CONCERN_RANK.indexOf(myConcern))
      ? ['partner', partnerConcern]
      : myConcern !== undefined
        ? ['me', myConcern]
        : null;
  if (first === null) return null;
  const detail = [SAFETY_IN_CHAT[first[0]][first[1]].detail];
  const other = first[0] === 'partner' ? myConcern : partnerConcern;
  if (other !== undefined) detail.push(SAFETY_IN_CHAT[first[0] === 'partner' ? 'me' : 'partner'][other].detail);
  const concerns = CONCERN_RANK.filter((c) => mentions.some((m) => m.concerns.includes(c)));
  const resources = [...new Set(concerns.flatMap((c) => SAFETY[c].resources))];
  // control in the user's own messages may be theirs: the check reads words, not who is hurting whom
  if (mentions.some((m) => m.side === 'me' && m.concerns.includes('abuse'))) resources.push(OWN_BEHAVIOUR_HELP);
  return {
    headline: SAFETY_IN_CHAT[first[0]][first[1]].headline,
    detail,
    urgent: mentions.some((m) => m.urgent) ? URGENT_HELP : null,
    resources,
    quotes: mentions.slice(0, QUOTED),
    total: Math.max(report.safetyTotal, mentions.length),
    caveat:
      'Reconnect is not a crisis service. It reads words, not people: it can miss things and it can be wrong. If you are worried, trust that and reach out.',
  };
}

/**
 * The quiet note for the end of a chat's findings when the safety check raised nothing, or null when it raised
 * something (the safety block says it all then). The check misses some wordings, so where to turn is always given.
 * @example nothingSeenNote({ safety: [], language: { main: 'en', share: 1, wordsReadable: true } }) // "Reconnect also read …"
 */
export function nothingSeenNote(report: Pick<AnalysisReport, 'safety' | 'language'>): string | null {
  if (report.safety.length > 0) return null;
  const { main } = report.language;
  const read = main === 'und' || (SAFETY_LANGUAGES as readonly string[]).includes(main);
  return `${read ? NOTHING_SEEN.read : NOTHING_SEEN.unread} ${NOTHING_SEEN.help}`;
}

/**
 * The note for a chat mostly in a language the word-based hints cannot read, or null.
 * @example languageNote({ main: 'es', share: 0.9, wordsReadable: false }) // "Most of this chat is in Spanish. …"
 */
export function languageNote(language: AnalysisReport['language']): string | null {
  if (language.wordsReadable) return null;
  let name = language.main;
  try {
    name = new Intl.DisplayNames(['en'], { type: 'language' }).of(language.main) ?? language.main;
  } catch {
    // an unknown code stays as it is
  }
  return `Most of this chat is in ${name}. The hints that read words (likely reasons, pressing words, warmth) only read English, so they may miss things here. Times, counts and reply rhythms work in any language, and the safety check reads English, Spanish, German, French and Portuguese.`;
}
