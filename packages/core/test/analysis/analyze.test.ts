import { describe, expect, it } from 'vitest';
import { analyzeConversation } from '../../src/analysis/analyze.ts';
import { REASON_IDS } from '../../src/playbook/index.ts';
import { simulateConversation, simulateGroupChat, specForSeed } from '../../src/simulate/index.ts';
import { isoToDay } from '../../src/time/index.ts';
import { conversationOf, ME, PARTNER } from './hand-made.ts';

const analyse = (seed: number, fixed: Parameters<typeof specForSeed>[1]) => {
  const sim = simulateConversation(specForSeed(seed, fixed));
  return { sim, report: analyzeConversation(sim.conversation, { me: sim.me, partner: sim.partner, timeZone: 'UTC' }) };
};

describe('analyzeConversation on simulated histories', () => {
  it.each(REASON_IDS.map((reason, i) => [reason, 500 + i] as const))(
    'finds a withdrawal for %s near its onset and names the reason',
    (reason, seed) => {
      const { sim, report } = analyse(seed, { kind: 'withdrawal', reason, rhythm: 'day', recovers: false });
      expect(report.withdrawal.detected).toBe(true);
      const error = Math.abs(isoToDay(report.withdrawal.onset ?? '1970-01-01') - isoToDay(sim.truth.onset ?? ''));
      expect(error).toBeLessThanOrEqual(10);
      expect(report.withdrawal.signals.length).toBeGreaterThan(1);
      expect(report.reasons[0]?.reason).toBe(reason);
      expect(report.reasons[0]?.evidence.length).toBeGreaterThan(0);
      expect(report.noClearReason).toBe(false);
      expect(report.withdrawal.summary).toContain(report.partner);
    },
  );

  it('reports a recovery when the partner comes back', () => {
    const { sim, report } = analyse(600, {
      kind: 'withdrawal',
      reason: 'overwhelmed',
      rhythm: 'heavy',
      recovers: true,
      days: 240,
    });
    expect(sim.truth.recovery).not.toBeNull();
    expect(report.withdrawal.detected).toBe(true);
    expect(report.withdrawal.recovered).toBe(true);
    expect(report.advice.step).toBe(5);
  });

  it.each([700, 701, 702, 703])(
    'raises no alarm for a stable couple with holidays and busy spells (seed %i)',
    (seed) => {
      const { sim, report } = analyse(seed, { kind: 'stable' });
      expect(sim.truth.holidays.length + sim.truth.busySpells.length).toBeGreaterThan(0);
      expect(report.withdrawal.detected).toBe(false);
      expect(report.withdrawal.onset).toBeNull();
    },
  );

  it('fills the contract: weeks from Monday, days, names and source', () => {
    const { sim, report } = analyse(42, { kind: 'withdrawal', reason: 'uncertain' });
    expect(report.me).toBe(sim.conversation.participants[0]?.name);
    expect(report.partner).toBe(sim.conversation.participants[1]?.name);
    expect(report.source.messages).toBe(sim.conversation.messages.length);
    expect(report.source.first).toBe(new Date(sim.conversation.messages[0]?.at ?? 0).toISOString());
    expect(new Date(`${report.weeks[0]?.start}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(report.days.length).toBeGreaterThan(report.weeks.length * 6);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('sees the user chasing after the onset', () => {
    const sim = simulateConversation({
      ...specForSeed(800, { kind: 'withdrawal', reason: 'misunderstood', rhythm: 'day' }),
      userChases: true,
    });
    const report = analyzeConversation(sim.conversation, { me: sim.me, partner: sim.partner, timeZone: 'UTC' });
    expect(report.pursuit.detected).toBe(true);
    expect(report.pursuit.pressureMessages).toBeGreaterThan(0);
    expect(report.pursuit.examples[0]?.categories.length).toBeGreaterThan(0);
    expect(isoToDay(report.pursuit.since ?? '1970-01-01')).toBeGreaterThanOrEqual(
      isoToDay(report.withdrawal.onset ?? '2100-01-01'),
    );
    expect(report.advice.step).toBe(2);
    expect(report.advice.waitHours).not.toBeNull();
  });

  it('leaves other people of a group chat out', () => {
    const group = simulateGroupChat(3, { members: 4, days: 30 });
    const [a, b] = group.participants;
    if (!a || !b) throw new Error('group without members');
    const report = analyzeConversation(group, { me: a.id, partner: b.id, timeZone: 'UTC' });
    const others = group.messages.filter((m) => m.author !== a.id && m.author !== b.id).length;
    expect(others).toBeGreaterThan(0);
    expect(report.excludedMessages).toBe(others);
  });

  it('handles an empty conversation', () => {
    const report = analyzeConversation(conversationOf([]), { me: ME, partner: PARTNER, timeZone: 'UTC' });
    expect(report.weeks).toEqual([]);
    expect(report.withdrawal.detected).toBe(false);
    expect(report.source.first).toBeNull();
    expect(report.noClearReason).toBe(true);
  });

  it('reports progress up to the total', () => {
    const sim = simulateConversation(specForSeed(5));
    const calls: [number, number][] = [];
    analyzeConversation(sim.conversation, {
      me: sim.me,
      partner: sim.partner,
      timeZone: 'UTC',
      onProgress: (d, t) => calls.push([d, t]),
    });
    expect(calls.at(-1)).toEqual([sim.conversation.messages.length, sim.conversation.messages.length]);
  });
});
