import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coachMessage, detectPressure } from '../../src/coach/coach.ts';
import type { CoachContext } from '../../src/coach/types.ts';
import {
  PRESSURE,
  PRESSURE_CATEGORIES,
  type PressureCategory,
  type SupportiveCategory,
} from '../../src/playbook/categories.ts';
import { OWN_BEHAVIOUR_HELP } from '../../src/playbook/safety.ts';

const categoriesOf = (text: string, context?: CoachContext) => coachMessage(text, context).flags.map((f) => f.category);
const strengthsOf = (text: string) => coachMessage(text).strengths.map((s) => s.category);

describe('pressure categories', () => {
  it.each<[PressureCategory, string, string]>([
    ['demand', 'Why are you acting distant?', 'Why are you acting'],
    ['demand', 'Tell me what is going on.', 'Tell me what is going on'],
    ['accusation', "You're so selfish.", "You're so selfish"],
    ['accusation', 'You never text me first', 'You never text me first'],
    ['assuming_worst', "I guess you don't love me anymore", "you don't love me"],
    ['chasing', 'Did you see my message?', 'Did you see my message'],
    ['chasing', 'I can see you were online', 'I can see you were online'],
    ['fixing', 'You should just quit that job.', 'You should just quit'],
    ['fixing', 'Have you tried meditating?', 'Have you tried'],
    ['minimizing', "It's not a big deal.", "It's not a big deal"],
    ['minimizing', 'Calm down', 'Calm down'],
    ['ultimatum', "If you don't talk to me tonight we're done.", "If you don't talk to me tonight we're done"],
    ['guilt', "After everything I've done for you.", "After everything I've done"],
    ['guilt', "I guess I'm not important to you.", "I'm not important to you"],
    ['contempt', 'Wow, nice of you to finally reply.', 'Wow, nice of you to finally reply'],
    ['contempt', 'Real mature.', 'Real mature'],
    ['overwhelming', "I'm outside your flat.", "I'm outside your flat"],
  ])('%s: %s', (category, text, excerpt) => {
    const flag = coachMessage(text).flags.find((f) => f.category === category);
    expect(flag, `no ${category} flag`).toBeDefined();
    expect(flag?.excerpt).toBe(excerpt);
    expect(text.slice(flag?.start, flag?.end)).toBe(excerpt);
    expect(flag?.step).toBe(PRESSURE[category].step);
    expect(flag?.why).toBe(PRESSURE[category].why);
    expect(flag?.try).toBe(PRESSURE[category].tryInstead[0]);
  });

  it('flags several categories in one message', () => {
    expect(new Set(categoriesOf("Why are you ignoring me?? After everything I've done for you."))).toEqual(
      new Set(['demand', 'accusation', 'guilt']),
    );
  });
});

describe('hard negatives stay unflagged', () => {
  it.each([
    "Why don't we get takeout?",
    'Did you pay the bill?',
    'You always make me laugh',
    'I should have called',
    'You should try the new ramen place',
    'Never mind, I found the keys',
    "I'm not angry, just miss you",
    'lol you never fail to surprise me 😂',
    'At least the rain stopped',
    "You're so sweet",
    'I GOT THE JOB!!! 🎉',
    'My boss told me to "calm down" in a meeting, can you believe it',
    'Last chance to add anything to the grocery order, want anything?',
    'You need to bring your passport for check-in.',
  ])('%s', (text) => {
    expect(categoriesOf(text)).toEqual([]);
    const result = coachMessage(text);
    expect(result.verdict).toBe('send');
    expect(result.pressure).toBe(0);
    expect(result.rewrite).toBeNull();
  });
});

describe('language handling', () => {
  it('reads texting style: shorthand, no punctuation, stretched letters', () => {
    expect(categoriesOf('why r u ignoring me')).toContain('demand');
    expect(categoriesOf('did u see my msg')).toContain('chasing');
    expect(categoriesOf('ur sooooo selfish')).toContain('accusation');
    expect(categoriesOf('hellooo??')).toContain('chasing');
  });

  it('respects negation', () => {
    expect(categoriesOf("You're selfish")).toContain('accusation');
    expect(categoriesOf("You're not selfish, I know that")).not.toContain('accusation');
  });

  it('tells second-person advice from self-directed regret', () => {
    expect(categoriesOf('You should have called')).not.toContain('fixing');
    expect(categoriesOf('You should talk to your boss')).toContain('fixing');
    expect(categoriesOf('I should have called')).toEqual([]);
  });

  it('tells an interrogation from a suggestion', () => {
    expect(categoriesOf("Why don't you ever talk to me?")).toContain('demand');
    expect(categoriesOf("Why don't we go for a walk?")).toEqual([]);
  });

  it('maps spans back to the original text around emoji and curly apostrophes', () => {
    const text = '🙂🙂 You’re ignoring me';
    const flag = coachMessage(text).flags[0];
    expect(flag && text.slice(flag.start, flag.end)).toBe('You’re ignoring me');
  });
});

describe('whole-message signals', () => {
  it('counts many questions as overwhelming', () => {
    expect(categoriesOf('Are you mad? Did I say something? Is it work? Is it me? Should I come over?')).toContain(
      'overwhelming',
    );
    expect(categoriesOf('Are you coming tonight? Shall I cook?')).not.toContain('overwhelming');
  });

  it('treats angry shouting as overwhelming but not happy capitals', () => {
    expect(categoriesOf('WHY WONT YOU TALK TO ME')).toContain('overwhelming');
    expect(categoriesOf('OMG I MISS YOU SO MUCH')).not.toContain('overwhelming');
  });

  it('turns a harmless ping into chasing only after unanswered messages', () => {
    expect(categoriesOf('hey?', { unansweredCount: 0 })).toEqual([]);
    expect(categoriesOf('hey?', { unansweredCount: 3, hoursSinceTheirLastMessage: 20 })).toEqual(['chasing']);
    expect(categoriesOf('???')).toEqual(['chasing']);
  });
});

describe('strengths', () => {
  it.each<[SupportiveCategory, string]>([
    ['observation', "I've noticed you've been quieter lately."],
    ['invitation', "I'm here if you want to talk."],
    ['validation', 'That sounds really hard.'],
    ['reassurance', 'I care about you.'],
    ['space', 'No rush to reply.'],
    ['i_statement', 'I miss you.'],
    ['reflection', 'How are we doing?'],
  ])('%s: %s', (category, text) => {
    expect(strengthsOf(text)).toContain(category);
    expect(categoriesOf(text)).toEqual([]);
  });

  it('does not credit space that sarcasm undercuts', () => {
    const result = coachMessage("Take your time, it's only been two days.");
    expect(result.flags.map((f) => f.category)).toContain('contempt');
    expect(result.strengths.map((s) => s.category)).not.toContain('space');
  });
});

describe('score, verdict and rewrite', () => {
  it('scores heavier pressure higher', () => {
    const mild = coachMessage('Have you tried meditating?');
    const heavy = coachMessage("Answer me right now or we're done. You never care.");
    expect(mild.verdict).toBe('soften');
    expect(heavy.verdict).toBe('rethink');
    expect(heavy.pressure ?? 0).toBeGreaterThan(mild.pressure ?? 0);
  });

  it('rewrites a demand as an observation plus an invitation that keeps the topic', () => {
    const { rewrite } = coachMessage("Why won't you talk to me about the wedding plans?");
    expect(rewrite).toMatch(/noticed/);
    expect(rewrite).toMatch(/the wedding plans/);
    expect(rewrite && coachMessage(rewrite).verdict).toBe('send');
  });

  it('rewrites fixing as validation plus an offer', () => {
    expect(coachMessage('You should just quit that job.').rewrite).toBe(
      'That sounds really hard. Do you want ideas about that job, or just an ear?',
    );
  });

  it('rewrites an ultimatum as a request that accepts "not yet"', () => {
    expect(coachMessage("If you don't call me tonight we're done.").rewrite).toMatch(/isn't the right time, that's ok/);
  });

  it('points to real help instead of tips when a message suggests self-harm', () => {
    const result = coachMessage("I can't do this anymore, I want to die");
    expect(result.safety?.concern).toBe('self_harm');
    expect(result.safety?.resources.length).toBeGreaterThan(0);
    expect(result.rewrite).toBeNull();
  });

  it("adds help with one's own behaviour when the draft itself may be control, and only then", () => {
    const control = coachMessage('why is your location off. turn it back on. now.');
    expect(control.safety?.concerns).toContain('abuse');
    expect(control.safety?.resources).toContain(OWN_BEHAVIOUR_HELP);
    expect(coachMessage("I can't do this anymore, I want to die").safety?.resources).not.toContain(OWN_BEHAVIOUR_HELP);
  });
});

describe('invariants', () => {
  const phrases = [
    'why are you ignoring me',
    'you never listen',
    'hello??',
    'you should just quit',
    'calm down',
    'last chance',
    'after everything i did for you',
    'wow thanks for finally replying',
    "i guess you don't love me anymore",
    'I miss you',
    "I'm here if you want to talk",
    'no rush',
    'the dinner was lovely',
    'can you grab milk',
  ];

  it('never throws and keeps spans, score and verdict consistent on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const result = coachMessage(text);
        if (result.verdict === 'cannot_judge') {
          expect(result.pressure).toBeNull();
          expect(result.flags).toEqual([]);
          expect(result.rewrite).toBeNull();
          return;
        }
        expect(result.pressure).toBeGreaterThanOrEqual(0);
        expect(result.pressure).toBeLessThanOrEqual(100);
        expect(result.verdict === 'send').toBe(result.flags.length === 0);
        for (const span of [...result.flags, ...result.strengths]) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(text.length);
          expect(span.excerpt).toBe(text.slice(span.start, span.end));
        }
        expect(detectPressure(text)).toEqual(
          PRESSURE_CATEGORIES.filter((c) => result.flags.some((f) => f.category === c)),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('every rewrite of mixed pressure phrases is itself calm', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...phrases), { minLength: 1, maxLength: 5 }), (parts) => {
        const text = `${parts.join('. ')}.`;
        const result = coachMessage(text);
        if (result.rewrite !== null) expect(coachMessage(result.rewrite).verdict).toBe('send');
      }),
      { numRuns: 500 },
    );
  });
});
