import { describe, expect, it } from 'vitest';
import { analyzeConversation } from '../../src/analysis/analyze.ts';
import { chatLanguage, safetyAdvice, scanSafety } from '../../src/analysis/safety-scan.ts';
import type { SafetyMention } from '../../src/analysis/types.ts';
import { OWN_BEHAVIOUR_HELP } from '../../src/playbook/index.ts';
import { describeSafety, languageNote, mentionTags, nothingSeenNote } from '../../src/safety-wording.ts';
import { conversationOf, ME, PARTNER } from './hand-made.ts';

const chat = conversationOf([
  ['me', '2024-03-01 10:00', 'morning! coffee later?'],
  ['partner', '2024-03-01 10:30', "I don't want to be alive anymore"],
  ['other', '2024-03-01 11:00', 'I want to kill myself'],
  ['me', '2024-03-02 09:00', 'he hits me when he is angry'],
  ['partner', '2024-03-03 22:00', 'I know where you live'],
  ['partner', '2024-03-03 22:05', 'this heat is killing me'],
]);

describe('scanning a chat for danger', () => {
  it('lists both people, newest first, and leaves out anyone else', () => {
    const { mentions, total } = scanSafety(chat, ME, PARTNER);
    expect(mentions.map((m) => [m.side, m.concern])).toEqual([
      ['partner', 'danger'],
      ['me', 'danger'],
      ['partner', 'self_harm'],
    ]);
    // violence going on is abuse and danger (eval/safety/LABELLING.md); danger is named first
    expect(mentions[1]?.concerns).toEqual(['danger', 'abuse']);
    expect(total).toBe(3);
    expect(mentions[0]?.author).toBe('Partner');
  });

  it('counts and lists a text said again each time, by whoever said it, as when it is said once', () => {
    const repeated = conversationOf([
      ['partner', '2024-03-01 10:00', "I don't want to be alive anymore"],
      ['me', '2024-03-01 10:05', 'ok'],
      ['me', '2024-03-02 10:00', "I don't want to be alive anymore"],
      ['partner', '2024-03-03 10:00', 'ok'],
      ['partner', '2024-03-04 10:00', "I don't want to be alive anymore"],
    ]);
    const { mentions, total } = scanSafety(repeated, ME, PARTNER);
    expect(total).toBe(3);
    expect(mentions.map((m) => [m.side, m.at.slice(0, 10), m.concern])).toEqual([
      ['partner', '2024-03-04', 'self_harm'],
      ['me', '2024-03-02', 'self_harm'],
      ['partner', '2024-03-01', 'self_harm'],
    ]);
  });

  it('puts the partner in danger of self-harm first in the advice, with no wait', () => {
    const advice = safetyAdvice(scanSafety(chat, ME, PARTNER).mentions);
    expect(advice).toMatchObject({ headline: 'Check on them now, and get help', waitHours: null, safetyFirst: true });
  });

  it("words the user's own danger as support for them", () => {
    const own = conversationOf([
      ['partner', '2024-03-01 10:00', 'hey'],
      ['me', '2024-03-01 10:30', 'everyone would be better off without me'],
    ]);
    const block = describeSafety({
      ...scanSafety(own, ME, PARTNER),
      safety: scanSafety(own, ME, PARTNER).mentions,
      safetyTotal: 1,
    });
    expect(block?.headline).toBe('You deserve support');
    expect(block?.resources.some((r) => r.includes('988'))).toBe(true);
  });

  it("offers help with one's own behaviour only when the control is in the user's own words", () => {
    const blockOf = (lines: Parameters<typeof conversationOf>[0]) => {
      const scan = scanSafety(conversationOf(lines), ME, PARTNER);
      return describeSafety({ safety: scan.mentions, safetyTotal: scan.total });
    };
    const mine = blockOf([['me', '2024-03-01 10:00', 'why is your location off. turn it back on. now.']]);
    expect(mine?.headline).toBe('You deserve to be safe');
    expect(mine?.resources).toContain(OWN_BEHAVIOUR_HELP);
    const theirs = blockOf([['partner', '2024-03-01 10:00', 'why is your location off. turn it back on. now.']]);
    expect(theirs?.headline).toBe('Your safety first');
    expect(theirs?.resources).not.toContain(OWN_BEHAVIOUR_HELP);
  });

  it('says "your safety first" for threats from the partner', () => {
    const threats = conversationOf([['partner', '2024-03-01 10:00', "I'm going to kill you"]]);
    expect(safetyAdvice(scanSafety(threats, ME, PARTNER).mentions)?.headline).toBe('Your safety first');
  });

  it('reaches the analysis report and replaces the usual advice', () => {
    const report = analyzeConversation(chat, { me: ME, partner: PARTNER, timeZone: 'UTC' });
    expect(report.safety).toHaveLength(3);
    expect(report.advice.safetyFirst).toBe(true);
    expect(report.advice.waitHours).toBeNull();
  });
});

describe('a thought sent in pieces', () => {
  it('is read as one when one person sends the pieces within minutes, and listed once at the newest', () => {
    const pieces = conversationOf([
      ['partner', '2024-03-01 22:00', 'he said he would'],
      ['partner', '2024-03-01 22:01', 'kill me if i told anyone'],
      ['me', '2024-03-01 22:30', 'what?? are you safe right now?'],
    ]);
    const { mentions, total } = scanSafety(pieces, ME, PARTNER);
    expect(total).toBe(1);
    expect(mentions[0]).toMatchObject({
      side: 'partner',
      at: '2024-03-01T22:01:00.000Z',
      concerns: ['danger', 'abuse'],
      text: 'he said he would\nkill me if i told anyone',
      messages: 2,
    });
    expect(mentionTags(mentions[0] as SafetyMention)).toEqual(['a threat or danger', '2 messages in a row']);
  });

  it('shows an act already done that only the pieces together tell', () => {
    const pieces = conversationOf([
      ['me', '2024-03-01 23:00', 'i just swallowed'],
      ['me', '2024-03-01 23:00', 'the whole bottle of pills'],
    ]);
    const { mentions } = scanSafety(pieces, ME, PARTNER);
    // the second piece alone suggests self-harm; only the two together tell that it is already done
    expect(mentions.map((m) => [m.urgent, m.messages ?? 1])).toEqual([
      [true, 2],
      [false, 1],
    ]);
  });

  it('is not read as one across the other person, a long pause or a third person', () => {
    for (const between of [[['me', '2024-03-01 22:00', 'ok']], [['other', '2024-03-01 22:00', 'ok']]] as const) {
      const apart = conversationOf([
        ['partner', '2024-03-01 22:00', 'he said he would'],
        ...between,
        ['partner', '2024-03-01 22:01', 'kill me if i told anyone'],
      ]);
      expect(scanSafety(apart, ME, PARTNER).total).toBe(0);
    }
    const later = conversationOf([
      ['partner', '2024-03-01 22:00', 'he said he would'],
      ['partner', '2024-03-01 22:30', 'kill me if i told anyone'],
    ]);
    expect(scanSafety(later, ME, PARTNER).total).toBe(0);
  });

  it('adds nothing when the pieces already raised what the whole does', () => {
    const pieces = conversationOf([
      ['partner', '2024-03-01 22:00', "I don't want to be alive anymore"],
      ['partner', '2024-03-01 22:00', 'I want to kill myself'],
    ]);
    const { mentions } = scanSafety(pieces, ME, PARTNER);
    expect(mentions.map((m) => m.messages ?? 1)).toEqual([1, 1]);
  });
});

describe("the chat's language", () => {
  it('finds a Spanish chat and says the word hints cannot read it', () => {
    const spanish = conversationOf([
      ['me', '2024-03-01 10:00', '¿Por qué no me contestas? Te estoy esperando desde hace horas'],
      ['partner', '2024-03-01 10:30', 'Estoy muy cansada, hablamos mañana por la noche'],
      ['me', '2024-03-01 11:00', 'Vale, pero quiero saber qué te pasa conmigo'],
    ]);
    const language = chatLanguage(spanish);
    expect(language).toMatchObject({ main: 'es', wordsReadable: false });
    expect(languageNote(language)).toMatch(/Most of this chat is in Spanish/);
  });

  it('has nothing to say about an English chat', () => {
    expect(languageNote(chatLanguage(chat))).toBeNull();
  });
});

describe('the note when the check saw nothing', () => {
  const language = (main: string) => ({ main, share: 1, wordsReadable: main === 'en' });

  it('says it read every message, that it misses some, and where to turn', () => {
    const note = nothingSeenNote({ safety: [], language: language('en') }) ?? '';
    expect(note).toMatch(/read every message/);
    expect(note).toMatch(/misses some/);
    expect(note).toMatch(/911/);
    expect(note).toMatch(/findahelpline\.com/);
    expect(nothingSeenNote({ safety: [], language: language('pt') })).toMatch(/read every message/);
  });

  it('says plainly when the chat is in a language the check cannot read', () => {
    const note = nothingSeenNote({ safety: [], language: language('ja') }) ?? '';
    expect(note).toMatch(/cannot read/);
    expect(note).not.toMatch(/read every message/);
    expect(note).toMatch(/911/);
  });

  it('is left out when the check raised something: the safety block says it all', () => {
    const { mentions } = scanSafety(chat, ME, PARTNER);
    expect(mentions.length).toBeGreaterThan(0);
    expect(nothingSeenNote({ safety: mentions, language: language('en') })).toBeNull();
  });
});
