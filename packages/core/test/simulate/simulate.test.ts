import { describe, expect, it } from 'vitest';
import { analyzeConversation } from '../../src/analysis/analyze.ts';
import { importConversation } from '../../src/import/import-conversation.ts';
import {
  demoConversation,
  RHYTHMS,
  simulateConversation,
  simulateGroupChat,
  specForSeed,
  toWhatsAppText,
} from '../../src/simulate/index.ts';

describe('simulator', () => {
  it('is reproducible from its seed', () => {
    const a = simulateConversation(specForSeed(17));
    const b = simulateConversation(specForSeed(17));
    expect(a.conversation.messages).toEqual(b.conversation.messages);
    expect(simulateConversation(specForSeed(18)).conversation.messages).not.toEqual(a.conversation.messages);
  });

  it.each(RHYTHMS)('writes a sorted two-person history for the %s rhythm', (rhythm) => {
    const { conversation, truth, me, partner } = simulateConversation(specForSeed(3, { rhythm }));
    expect(conversation.participants.map((p) => p.id)).toEqual([me, partner]);
    expect(conversation.messages.length).toBeGreaterThan(300);
    for (let i = 1; i < conversation.messages.length; i++) {
      expect(conversation.messages[i]?.at ?? 0).toBeGreaterThanOrEqual(conversation.messages[i - 1]?.at ?? 0);
    }
    expect(truth.rhythm).toBe(rhythm);
  });

  it('keeps the truth consistent with the scenario', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const spec = specForSeed(seed);
      const { truth } = simulateConversation(spec);
      if (truth.kind === 'stable') {
        expect(truth.onset).toBeNull();
        expect(truth.reason).toBeNull();
      } else {
        expect(truth.onset).not.toBeNull();
        if (truth.recovery !== null) expect(truth.recovery > (truth.onset ?? '')).toBe(true);
      }
    }
  });

  it('has the partner write less after the onset', () => {
    const { conversation, truth, partner } = simulateConversation(
      specForSeed(21, { kind: 'withdrawal', recovers: false, rhythm: 'day' }),
    );
    const onset = Date.parse(`${truth.onset}T00:00:00Z`);
    const perDay = (from: number, to: number) =>
      conversation.messages.filter((m) => m.author === partner && m.at >= from && m.at < to).length /
      ((to - from) / 86_400_000);
    const day = 86_400_000;
    expect(perDay(onset + 7 * day, onset + 35 * day)).toBeLessThan(perDay(onset - 35 * day, onset) * 0.7);
  });

  it('tells the demo story: withdrawal under stress, with the user chasing', () => {
    const demo = demoConversation('Europe/London');
    const report = analyzeConversation(demo.conversation, {
      me: demo.me,
      partner: demo.partner,
      timeZone: 'Europe/London',
    });
    expect(report.withdrawal.detected).toBe(true);
    expect(report.reasons[0]?.reason).toBe('overwhelmed');
    expect(report.pursuit.detected).toBe(true);
    expect(new Set(report.pursuit.examples.map((e) => e.text)).size).toBe(report.pursuit.examples.length);
  });

  it('builds group chats with three or more people', () => {
    const group = simulateGroupChat(1, { members: 5 });
    expect(group.participants).toHaveLength(5);
    expect(new Set(group.messages.map((m) => m.author)).size).toBeGreaterThan(2);
  });
});

describe('toWhatsAppText', () => {
  it('writes Android-style lines in the given zone', () => {
    const { conversation } = simulateConversation(specForSeed(9, { days: 120 }));
    const text = toWhatsAppText(conversation, 'Europe/Berlin');
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(conversation.messages.length + 1);
    for (const line of lines) expect(line).toMatch(/^\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2} - /);
    const first = conversation.messages[0];
    const berlin = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Berlin',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    expect(lines[1]).toContain(`, ${berlin.format(first?.at ?? 0)} - `);
  });

  it('reads back through the WhatsApp importer with the same messages', async () => {
    const { conversation } = simulateConversation(specForSeed(12, { days: 90 }));
    const bytes = new TextEncoder().encode(toWhatsAppText(conversation, 'Asia/Tokyo'));
    const name = `WhatsApp Chat with ${conversation.participants[1]?.name}.txt`;
    const imported = await importConversation(
      {
        name,
        files: [
          {
            name,
            size: bytes.length,
            async *chunks() {
              yield bytes;
            },
          },
        ],
      },
      { timeZone: 'Asia/Tokyo' },
    );
    const authored = imported.messages.filter((m) => m.author !== null);
    expect(authored).toHaveLength(conversation.messages.length);
    authored.forEach((m, i) => {
      const original = conversation.messages[i];
      expect(Math.floor(m.at / 60_000)).toBe(Math.floor((original?.at ?? 0) / 60_000));
      if (original?.kind === 'text') expect(m.text).toBe(original.text);
    });
  });
});
