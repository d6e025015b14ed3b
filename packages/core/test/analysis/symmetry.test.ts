import { describe, expect, it } from 'vitest';
import { analyzeConversation } from '../../src/analysis/analyze.ts';
import { fitRamp, ownEngagement, writingFeatures } from '../../src/analysis/symmetry.ts';
import type { Metrics } from '../../src/analysis/types.ts';
import { DEVELOPMENT_LIVES, type Life, lifeSpec, simulateConversation, specForSeed } from '../../src/simulate/index.ts';
import { isoToDay } from '../../src/time/index.ts';
import { distanceHeadline, formatDayRange, patternLabel } from '../../src/wording.ts';

const analyseLife = (life: Life, seed: number) => {
  const sim = simulateConversation(lifeSpec(seed, life, DEVELOPMENT_LIVES));
  return { sim, report: analyzeConversation(sim.conversation, { me: sim.me, partner: sim.partner, timeZone: 'UTC' }) };
};

/** a small deterministic wobble so the fits see noise */
const wobble = (i: number) => 0.15 * Math.sin(i * 2.3) + 0.1 * Math.cos(i * 5.1);

/** one week of a person's metrics, usual in everything but what a test varies */
const metricsWeek = (o: { replyMinutes: number; questions: number; words: number; oneWord: number }): Metrics => ({
  messages: 100,
  words: o.words,
  medianWordsPerMessage: o.words / 100,
  medianReplyMinutes: o.replyMinutes,
  replies: 40,
  conversationsStarted: 5,
  startedShare: 0.5,
  questions: o.questions,
  bids: 30,
  bidsAnswered: 25,
  turnTowardRate: 0.8,
  oneWordReplies: o.oneWord,
  affection: 5,
  sentiment: 0.2,
  weTalk: 0.02,
  youTalk: 0.04,
  lateNight: 3,
});

describe('fitRamp', () => {
  const weeks = Array.from({ length: 30 }, (_, i) => 100 + i);

  it('finds a step at its week with no build-up', () => {
    const values = weeks.map((_, i) => (i < 12 ? 0 : -2) + wobble(i));
    const fit = fitRamp(weeks, values, 0.03);
    // nearly all the fall is one jump near week 12, and a slide explains the weeks no better than the step
    expect(Math.abs((fit?.start ?? 0) - 112)).toBeLessThanOrEqual(2);
    expect(fit?.fall).toBeGreaterThan(1.5);
    expect(fit?.jump).toBeGreaterThan(0.8 * (fit?.fall ?? 0));
    expect((fit?.stepError ?? 0) - (fit?.error ?? 0)).toBeLessThan(12 * 0.03);
    // no slower fall explains the weeks better than a step-like one
    expect(fit?.slowError).toBeGreaterThanOrEqual((fit?.stepLikeError ?? 0) - 2 * 0.03);
  });

  it('finds where a slow fall began, and a range around it', () => {
    // falls evenly from the middle of week 8 to the middle of week 16, then stays low
    const values = weeks.map((_, i) => -2 * Math.min(1, Math.max(0, (i - 8) / 8)) + wobble(i));
    const fit = fitRamp(weeks, values, 0.03, false);
    expect(fit).not.toBeNull();
    expect(Math.abs((fit?.start ?? 0) - 108.5)).toBeLessThan(1);
    expect(fit?.length).toBeGreaterThanOrEqual(6);
    expect(fit?.length).toBeLessThanOrEqual(10);
    expect(fit?.stepError).toBeGreaterThan(fit?.error ?? 0);
    // a slide of eight weeks is told apart from anything that reaches its low within two
    expect((fit?.stepLikeError ?? 0) - (fit?.slowError ?? 0)).toBeGreaterThan(20 * 0.03);
    expect(fitRamp(weeks, values, 0.03)?.jump).toBeLessThan(0.4 * (fit?.fall ?? 0));
    expect(fit?.earliest).toBeLessThanOrEqual(fit?.start ?? 0);
    expect(fit?.latest).toBeGreaterThanOrEqual(fit?.start ?? 0);
  });

  it('fits no fall on a series that rises', () => {
    expect(
      fitRamp(
        weeks,
        weeks.map((_, i) => (i < 12 ? 0 : 2)),
        0.03,
      ),
    ).toBeNull();
  });
});

describe('ownEngagement', () => {
  const week = (replyMinutes: number, words: number, oneWord: number) =>
    metricsWeek({ replyMinutes, questions: 20, words, oneWord });

  it('falls for the person who changed and stays level for the other, each against their own usual', () => {
    const mine = Array.from({ length: 20 }, (_, i) => week(10 + (i % 3), 600 + (i % 4) * 10, 3 + (i % 2)));
    // the partner always answers slowly (their usual), then slower still, shorter and more one-word from week 10
    const theirs = Array.from({ length: 20 }, (_, i) =>
      i < 10 ? week(240 + (i % 3) * 10, 550 + (i % 4) * 10, 4 + (i % 2)) : week(900, 300, 25),
    );
    const [me, partner] = ownEngagement(mine, theirs, () => false);
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(Math.abs(avg(me.slice(0, 10)) - avg(me.slice(10)))).toBeLessThan(0.5);
    expect(avg(partner.slice(0, 10)) - avg(partner.slice(10))).toBeGreaterThan(3);
  });

  it('measures a partner who was always slow against themselves: no fall', () => {
    const mine = Array.from({ length: 20 }, (_, i) => week(10 + (i % 3), 600 + (i % 4) * 10, 3 + (i % 2)));
    const theirs = Array.from({ length: 20 }, (_, i) => week(240 + (i % 3) * 10, 350 + (i % 4) * 10, 12 + (i % 2)));
    const [, partner] = ownEngagement(mine, theirs, () => false);
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(Math.abs(avg(partner.slice(0, 10)) - avg(partner.slice(10)))).toBeLessThan(0.5);
    expect(Math.max(...partner.map(Math.abs))).toBeLessThan(3);
  });
});

describe('writingFeatures', () => {
  const week = (questions: number, words: number, oneWord: number) =>
    metricsWeek({ replyMinutes: 30, questions, words, oneWord });
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

  it('rises for a user who asks more (checking in) and falls for one who writes less and shorter', () => {
    const usual = (i: number) => week(20 + (i % 3), 600 + (i % 4) * 10, 3 + (i % 2));
    const reaching = Array.from({ length: 20 }, (_, i) =>
      i < 10 ? usual(i) : week(45 + (i % 3), 600 + (i % 4) * 10, 3 + (i % 2)),
    );
    const fading = Array.from({ length: 20 }, (_, i) => (i < 10 ? usual(i) : week(8, 400, 20)));
    const [up] = ownEngagement(reaching, fading, () => false, writingFeatures);
    const [, down] = ownEngagement(reaching, fading, () => false, writingFeatures);
    expect(avg(up.slice(10)) - avg(up.slice(0, 10))).toBeGreaterThan(0.5);
    expect(avg(down.slice(0, 10)) - avg(down.slice(10))).toBeGreaterThan(1);
    // the default features (reply speed, words per message, one-word replies) do not see the questions
    const [same] = ownEngagement(reaching, fading, () => false);
    expect(Math.abs(avg(same.slice(10)) - avg(same.slice(0, 10)))).toBeLessThan(0.2);
  });
});

describe('the symmetry test on the harder lives', () => {
  // the same lives were told as the partner pulling back (and, for 22 and 33, recovering) before the test
  it.each([8, 14, 22, 33])('tells a mutual drift as both drifting, never as a pull-back (seed %i)', (seed) => {
    const { sim, report } = analyseLife('mutual-drift', seed);
    expect(sim.truth.pattern).toBe('mutual');
    expect(report.withdrawal.pattern).toBe('mutual');
    expect(report.withdrawal.detected).toBe(false);
    expect(report.withdrawal.onset).toBeNull();
    expect(report.withdrawal.recovered).toBe(false);
    expect(report.withdrawal.sides.me).toBeGreaterThanOrEqual(1);
    expect(report.withdrawal.summary).toContain('both');
    expect(report.withdrawal.summary).not.toContain('stayed steadier');
    expect(distanceHeadline(report.withdrawal, report.partner)).not.toContain('pulled back');
    const error = isoToDay(report.withdrawal.began ?? '1970-01-01') - isoToDay(sim.truth.onset ?? '');
    expect(Math.abs(error)).toBeLessThanOrEqual(21);
  });

  it.each([1, 2, 3])("tells the user's own pulling back gently, and not as the partner's (seed %i)", (seed) => {
    const { sim, report } = analyseLife('me-pulls-back', seed);
    expect(report.withdrawal.pattern).toBe('me');
    expect(report.withdrawal.detected).toBe(false);
    expect(report.withdrawal.summary).toMatch(/^Since .*, the change is mostly on your side: /);
    expect(report.withdrawal.summary).toContain('without blame');
    const error = isoToDay(report.withdrawal.began ?? '1970-01-01') - isoToDay(sim.truth.onset ?? '');
    expect(Math.abs(error)).toBeLessThanOrEqual(10);
  });

  it.each([1, 2, 3])('finds nothing in a partner who was always slow (seed %i)', (seed) => {
    const { report } = analyseLife('always-slow', seed);
    expect(report.withdrawal.pattern).toBe('none');
    expect(report.withdrawal.detected).toBe(false);
    expect(report.withdrawal.began).toBeNull();
  });

  it.each([1, 2, 3])('finds a partner who was always slow and then pulled away (seed %i)', (seed) => {
    const { sim, report } = analyseLife('slow-then-withdraws', seed);
    expect(report.withdrawal.pattern).toBe('partner');
    expect(report.withdrawal.detected).toBe(true);
    const error = isoToDay(report.withdrawal.onset ?? '1970-01-01') - isoToDay(sim.truth.onset ?? '');
    expect(Math.abs(error)).toBeLessThanOrEqual(10);
  });

  // these were dated 45 and 47 days late, when the change had become obvious rather than when it began
  it.each([4, 8])('dates a two-month withdrawal from where it began, and says it built up slowly (seed %i)', (seed) => {
    const { sim, report } = analyseLife('slow-withdrawal', seed);
    expect(report.withdrawal.pattern).toBe('partner');
    const error = isoToDay(report.withdrawal.onset ?? '1970-01-01') - isoToDay(sim.truth.onset ?? '');
    expect(error).toBeGreaterThanOrEqual(-10);
    expect(error).toBeLessThanOrEqual(21);
    expect(report.withdrawal.gradual).toBe(true);
    expect(report.withdrawal.began).toBe(report.withdrawal.onset);
    expect(report.withdrawal.summary).toContain('built up slowly');
    const range = report.withdrawal.beganRange;
    if (range) {
      expect(range.from <= (report.withdrawal.began ?? '')).toBe(true);
      expect(range.to >= (report.withdrawal.began ?? '')).toBe(true);
      expect(report.withdrawal.summary).toContain('between');
    }
  });

  // these were dated 32, 49 and 28 days late: the build-up was not told apart from a step
  it.each([9, 25, 28])(
    'dates a two-month withdrawal that was dated late before from where it began (seed %i)',
    (seed) => {
      const { sim, report } = analyseLife('slow-withdrawal', seed);
      expect(report.withdrawal.pattern).toBe('partner');
      const error = isoToDay(report.withdrawal.onset ?? '1970-01-01') - isoToDay(sim.truth.onset ?? '');
      expect(error).toBeGreaterThanOrEqual(-10);
      expect(error).toBeLessThanOrEqual(21);
    },
  );

  // these were dated 23 to 31 days late: the fall looked step-like, and the day-level step onset lands where
  // a slow build-up became obvious; the middle of it and two readings of a slide dates them where they began
  it.each([58, 127, 174])('checks a step-like reading of a slow fall against two slide fits (seed %i)', (seed) => {
    const { sim, report } = analyseLife('slow-withdrawal', seed);
    expect(report.withdrawal.pattern).toBe('partner');
    const error = isoToDay(report.withdrawal.onset ?? '1970-01-01') - isoToDay(sim.truth.onset ?? '');
    expect(error).toBeGreaterThanOrEqual(-10);
    expect(error).toBeLessThanOrEqual(21);
  });

  // these were dated 34 to 55 days late, on the user's own score alone: dated as a partner's fall is,
  // mirrored (the relative score rises when the user pulls back), they are dated where they began
  it.each([98, 170, 189])("dates the user's own pulling back as a partner's, mirrored (seed %i)", (seed) => {
    const { sim, report } = analyseLife('me-pulls-back', seed);
    expect(report.withdrawal.pattern).toBe('me');
    const error = isoToDay(report.withdrawal.began ?? '1970-01-01') - isoToDay(sim.truth.onset ?? '');
    expect(Math.abs(error)).toBeLessThanOrEqual(10);
  });

  // these slow drifts of both were told as the partner pulling back: the relative score moved only late,
  // and each side's fall was measured from weeks when both had already begun to drift
  it.each([3, 19, 38])('measures each side from before either began to drift (seed %i)', (seed) => {
    const { report } = analyseLife('mutual-drift', seed);
    expect(report.withdrawal.pattern).toBe('mutual');
    expect(report.withdrawal.detected).toBe(false);
    expect(distanceHeadline(report.withdrawal, report.partner)).not.toContain('pulled back');
  });

  // these drifts of both were told as the partner pulling back: each side was measured only on the weeks the
  // relative search picked out, where the partner sat lowest against the user, and on each person's own noise
  it.each([72, 105, 148, 191])('compares both sides over every week since either began to drift (seed %i)', (seed) => {
    const { report } = analyseLife('mutual-drift', seed);
    expect(report.withdrawal.pattern).toBe('mutual');
    expect(report.withdrawal.detected).toBe(false);
    expect(report.withdrawal.recovered).toBe(false);
    expect(distanceHeadline(report.withdrawal, report.partner)).not.toContain('pulled back');
  });

  // a light texter's drift of both that is still told as the partner's: the user's own fall is small next to
  // how much their weeks vary, so the summary says it cannot rule out a drift of both yet
  it("says it can't tell yet when the user's own change is too uncertain to rule out a drift of both", () => {
    const { report } = analyseLife('mutual-drift', 142);
    expect(report.withdrawal.pattern).toBe('partner');
    expect(report.withdrawal.summary).toContain("we can't tell yet whether this is only");
    expect(report.withdrawal.summary).toContain('or a drift of you both');
    // the headline, shown above the summary, carries the same doubt rather than a plain "pulled back"
    expect(report.withdrawal.sidesUncertain).toBe(true);
    const headline = distanceHeadline(report.withdrawal, report.partner);
    expect(headline).not.toContain('pulled back');
    expect(headline).toContain('too early to tell whether you have drifted too');
  });

  it.each([1, 2, 3])('does not hedge a pull-back where the user stayed as they were (seed %i)', (seed) => {
    const { report } = analyseLife('slow-then-withdraws', seed);
    expect(report.withdrawal.pattern).toBe('partner');
    expect(report.withdrawal.summary).not.toContain("can't tell yet");
    expect(report.withdrawal.sidesUncertain).toBe(false);
    expect(distanceHeadline(report.withdrawal, report.partner)).toContain('pulled back');
  });

  // these were told as a drift of both: the partner's own score moved a little with the user's change,
  // but the partner's score relative to the user rose as clearly as a withdrawal makes it fall
  it.each([51, 83, 94])(
    "tells the user's own pulling back when the partner moved a little with it (seed %i)",
    (seed) => {
      const { report } = analyseLife('me-pulls-back', seed);
      expect(report.withdrawal.pattern).toBe('me');
      expect(report.withdrawal.detected).toBe(false);
    },
  );

  // a busy week in a partner who was always slow made a three-week dip relative to the user, told as a
  // pull-back and a recovery
  it('does not tell a short dip of an always-slow partner as a pull-back and a return', () => {
    const { report } = analyseLife('always-slow', 18);
    expect(report.withdrawal.detected).toBe(false);
    expect(report.withdrawal.pattern).not.toBe('partner');
    expect(report.withdrawal.recovered).toBe(false);
  });

  // a light texter's weekly relative score fell 18 and 22 days after the partner's writing did, and the day-level
  // search for the step was held to two weeks before that weekly cut: the start was told weeks late
  it.each([6, 36])("dates a light texter's step from the day counts, not the later weekly cut (seed %i)", (seed) => {
    const { sim, report } = analyseLife('slow-then-withdraws', seed);
    expect(sim.truth.rhythm).toBe('light');
    expect(report.withdrawal.pattern).toBe('partner');
    const error = isoToDay(report.withdrawal.began ?? '1970-01-01') - isoToDay(sim.truth.onset ?? '');
    expect(Math.abs(error)).toBeLessThanOrEqual(10);
  });

  // a ten-week dip of a light texter that had ended: the weekly slide fit stretched over the whole dip, leaving no
  // low weeks before the return, and dated the start 17 days early
  it('dates a short dip that has ended at its edge, not by a slide as long as the dip', () => {
    const { sim, report } = analyseLife('partner-returns', 219);
    expect(report.withdrawal.pattern).toBe('partner');
    expect(report.withdrawal.gradual).toBe(false);
    const error = isoToDay(report.withdrawal.began ?? '1970-01-01') - isoToDay(sim.truth.onset ?? '');
    expect(Math.abs(error)).toBeLessThanOrEqual(10);
  });

  it.each([1, 2, 3])('reports a return that lasted (seed %i)', (seed) => {
    const { report } = analyseLife('partner-returns', seed);
    expect(report.withdrawal.pattern).toBe('partner');
    expect(report.withdrawal.recovered).toBe(true);
    expect(report.withdrawal.summary).toContain('stayed there for several weeks');
  });

  // these were told as a drift of both: the user's replies slowed while they chased, but they asked more, not less
  it.each([
    ['slow-then-withdraws', 55],
    ['slow-then-withdraws', 229],
    ['slow-then-withdraws', 232],
    ['partner-returns', 265],
    ['partner-returns', 403],
  ] as const)('does not tell a user who reaches out more as drifting too (%s, seed %i)', (life, seed) => {
    const { sim, report } = analyseLife(life, seed);
    expect(report.withdrawal.pattern).toBe('partner');
    const error = isoToDay(report.withdrawal.began ?? '1970-01-01') - isoToDay(sim.truth.onset ?? '');
    expect(Math.abs(error)).toBeLessThanOrEqual(10);
  });

  // these were told as a pull-back from a fall three to seven weeks into the history, with no usual to fall from
  it.each([487, 976, 1145])('needs weeks of usual before a fall of a partner who was always slow (seed %i)', (seed) => {
    const { report } = analyseLife('always-slow', seed);
    expect(report.withdrawal.detected).toBe(false);
    expect(report.withdrawal.pattern).toBe('none');
  });

  // the three readings of this step-looking start (2024-12-06 … 2024-12-21) disagree by more than two weeks
  it('gives a span when the readings of a step-looking start disagree', () => {
    const { sim, report } = analyseLife('partner-returns', 12);
    const range = report.withdrawal.beganRange;
    expect(report.withdrawal.gradual).toBe(false);
    expect(range).not.toBeNull();
    expect(range && range.from <= (report.withdrawal.began ?? '') && (report.withdrawal.began ?? '') <= range.to).toBe(
      true,
    );
    expect(range && range.from <= (sim.truth.onset ?? '') && (sim.truth.onset ?? '') <= range.to).toBe(true);
    expect(report.withdrawal.summary).toContain('between');
  });

  it('does not call a return that is only two weeks old a recovery', () => {
    const full = specForSeed(600, {
      kind: 'withdrawal',
      reason: 'overwhelmed',
      rhythm: 'heavy',
      recovers: true,
      days: 240,
    });
    const recovery = full.recoveryDay ?? 0;
    const sim = simulateConversation({ ...full, days: recovery + 14 });
    const report = analyzeConversation(sim.conversation, { me: sim.me, partner: sim.partner, timeZone: 'UTC' });
    expect(report.withdrawal.detected).toBe(true);
    expect(report.withdrawal.recovered).toBe(false);
  });
});

describe('wording of the stories', () => {
  it('writes an uncertain start as a span of parts of months', () => {
    expect(formatDayRange('2024-04-14', '2024-05-06')).toBe('between mid-April and early May 2024');
    expect(formatDayRange('2024-12-24', '2025-01-12')).toBe('between late December 2024 and mid-January 2025');
    expect(formatDayRange('2024-03-02', '2024-03-09')).toBe('in early March 2024');
    expect(formatDayRange('2024-06-02', '2024-06-25')).toBe('between early and late June 2024');
  });

  it('gives each pattern its own headline, and only one says "pulled back"', () => {
    const base = {
      detected: false,
      onset: null,
      confidence: 0.7,
      signals: [],
      summary: '',
      recovered: false,
      recoveredSince: null,
      began: '2024-04-15',
      beganRange: null,
      gradual: false,
      sides: { me: 0, partner: 0 },
      mySignals: [],
      sidesUncertain: false,
    };
    const partner = distanceHeadline({ ...base, detected: true, onset: '2024-04-15', pattern: 'partner' }, 'Kai');
    const unsure = { ...base, detected: true, onset: '2024-04-15', pattern: 'partner' as const, sidesUncertain: true };
    expect(distanceHeadline(unsure, 'Kai')).toBe(
      "Kai's side of the chat has changed since around 15 Apr 2024; it is too early to tell whether you have drifted too.",
    );
    expect(patternLabel(unsure)).not.toContain('pulled back');
    expect(patternLabel({ ...unsure, sidesUncertain: false })).toBe('They pulled back');
    const mutual = distanceHeadline({ ...base, pattern: 'mutual' }, 'Kai');
    const me = distanceHeadline({ ...base, pattern: 'me' }, 'Kai');
    const none = distanceHeadline({ ...base, began: null, pattern: 'none' }, 'Kai');
    expect(partner).toBe('Kai has pulled back since around 15 Apr 2024.');
    expect(mutual).toContain('both');
    expect(me).toContain('Your side of the chat has changed more than');
    expect([mutual, me].filter((line) => line.includes('pulled back'))).toEqual([]);
    expect(none).toBe('No lasting pull-back shows in these messages.');
    const ranged = distanceHeadline(
      { ...base, pattern: 'mutual', gradual: true, beganRange: { from: '2024-04-14', to: '2024-05-06' } },
      'Kai',
    );
    expect(ranged).toBe(
      'You and Kai both seem to have drifted a little, together, starting between mid-April and early May 2024.',
    );
    expect(mutual).toBe('You and Kai both seem to have drifted a little, together, since around 15 Apr 2024.');
  });

  it('tells a pull-back that has ended as a while that passed, not as "has pulled back"', () => {
    const base = {
      detected: true,
      onset: '2024-04-15',
      confidence: 0.9,
      signals: [],
      summary: '',
      recovered: true,
      recoveredSince: '2024-06-03',
      began: '2024-04-15',
      beganRange: null,
      gradual: false,
      sides: { me: 0, partner: 4 },
      mySignals: [],
      pattern: 'partner' as const,
      sidesUncertain: false,
    };
    expect(distanceHeadline(base, 'Kai')).toBe(
      'Kai pulled back for a while, from around 15 Apr 2024, and things have been close to how they were since about 3 Jun 2024.',
    );
    expect(distanceHeadline({ ...base, beganRange: { from: '2024-04-14', to: '2024-05-06' } }, 'Kai')).toBe(
      'Kai pulled back for a while, starting between mid-April and early May 2024, and things have been close to how they were since about 3 Jun 2024.',
    );
  });

  it("does not call the partner unchanged when they moved a little with the user's change", () => {
    const { report } = analyseLife('me-pulls-back', 83);
    expect(report.withdrawal.pattern).toBe('me');
    expect(report.withdrawal.sides.partner).toBeGreaterThanOrEqual(1);
    expect(report.withdrawal.summary).toContain(`${report.partner}'s side changed much less`);
    expect(report.withdrawal.summary).not.toContain('stayed about as quick');
  });
});
