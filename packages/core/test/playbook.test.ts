import { describe, expect, it } from 'vitest';
import { coachMessage } from '../src/coach/coach.ts';
import {
  METRICS,
  PRESSURE,
  PRESSURE_CATEGORIES,
  REWRITE_ORDER,
  SIGNAL_METRICS,
  SUPPORTIVE,
  SUPPORTIVE_CATEGORIES,
} from '../src/playbook/index.ts';
import { METRIC_WORDING, SAID_OF_EITHER } from '../src/wording.ts';

describe('pressure entries', () => {
  it('rank every category once in the rewrite order', () => {
    expect([...REWRITE_ORDER].sort()).toEqual([...PRESSURE_CATEGORIES].sort());
    const ranks = PRESSURE_CATEGORIES.map((c) => PRESSURE[c].rewriteRank);
    expect(new Set(ranks).size).toBe(PRESSURE_CATEGORIES.length);
    for (let i = 1; i < REWRITE_ORDER.length; i++) {
      const before = REWRITE_ORDER[i - 1] as (typeof REWRITE_ORDER)[number];
      const after = REWRITE_ORDER[i] as (typeof REWRITE_ORDER)[number];
      expect(PRESSURE[before].rewriteRank).toBeLessThan(PRESSURE[after].rewriteRank);
    }
  });

  it('the heaviest category alone is what the coach scores for it', () => {
    const result = coachMessage('This is your last chance.');
    expect(result.flags.map((f) => f.category)).toEqual(['ultimatum']);
    expect(result.pressure).toBe(PRESSURE.ultimatum.weight);
  });

  it('suggest, where they quote a message, the very words the rewrite uses', () => {
    for (const category of PRESSURE_CATEGORIES) {
      const [main] = PRESSURE[category].tryInstead;
      const quoted = /"([^"]+)"$/.exec(main ?? '')?.[1];
      if (quoted !== undefined) expect(quoted).toBe(PRESSURE[category].rewrite(null));
    }
    const quoting = PRESSURE_CATEGORIES.filter((c) => PRESSURE[c].tryInstead[0]?.endsWith('"'));
    expect(quoting).toHaveLength(PRESSURE_CATEGORIES.length - 1);
  });

  it('carry the topic into their rewrite when given one, and read calmly without it', () => {
    for (const category of PRESSURE_CATEGORIES) {
      const entry = PRESSURE[category];
      expect(entry.rewrite('the wedding plans')).toContain('the wedding plans');
      expect(coachMessage(entry.rewrite(null)).flags).toEqual([]);
    }
  });
});

describe('the rewrite reads its entries', () => {
  it("leaves out the fixing template's own validation when the message already validates", () => {
    expect(PRESSURE.fixing.rewrite(null, { validated: true })).not.toContain('sounds really hard');
    const rewrite = coachMessage('That sounds awful. You should just quit that job.').rewrite ?? '';
    expect(rewrite).toContain('That sounds awful.');
    expect(rewrite).not.toContain('sounds really hard');
  });

  it('adds "no rush" only after categories that press for a reply', () => {
    const pressing = PRESSURE_CATEGORIES.filter((c) => PRESSURE[c].pressesForReply);
    expect(pressing.sort()).toEqual(['chasing', 'demand', 'ultimatum']);
    expect(coachMessage('Why are you ignoring me').rewrite).toMatch(/No rush to reply\.$/);
    expect(coachMessage('You always make everything about you.').rewrite).not.toMatch(/no rush/i);
  });
});

describe('supportive entries', () => {
  it('a sarcastic message undercuts exactly the categories whose entry says so', () => {
    const undercut = SUPPORTIVE_CATEGORIES.filter((c) => SUPPORTIVE[c].undercutBy !== 'never');
    expect(undercut.sort()).toEqual(['invitation', 'space', 'validation']);
    const sarcastic = coachMessage('Take your time, no rush 🙄');
    expect(sarcastic.flags.some((f) => f.category === 'contempt')).toBe(true);
    expect(sarcastic.strengths.filter((s) => undercut.includes(s.category))).toEqual([]);
  });
});

describe('metric entries', () => {
  it('label and format every metric from its entry', () => {
    for (const metric of SIGNAL_METRICS) expect(METRIC_WORDING[metric].label).toBe(METRICS[metric].label);
    expect(METRIC_WORDING.medianReplyMinutes.format(95)).toBe('1 h 35 min');
    expect(METRIC_WORDING.startedShare.format(0.42)).toBe('42%');
    expect(METRIC_WORDING.messages.format(12.34)).toBe('12.3 a week');
  });

  it('show for both sides only the labels that read the same of the user', () => {
    expect([...SAID_OF_EITHER].sort()).toEqual(SIGNAL_METRICS.filter((m) => METRICS[m].labelFitsEither).sort());
    expect(SAID_OF_EITHER.has('turnTowardRate')).toBe(false);
    expect(SAID_OF_EITHER.has('medianReplyMinutes')).toBe(true);
  });
});
