// the weekly connection index 0..100: a weighted mean of six visible components

import { clamp } from './stats.ts';
import type { ConnectionComponents, Metrics } from './types.ts';

export type ComponentName = keyof ConnectionComponents;

/** how much each component weighs; missing components are left out and the rest re-weighted */
export const COMPONENT_WEIGHTS: Readonly<Record<ComponentName, number>> = {
  balance: 0.15,
  responsiveness: 0.2,
  turnToward: 0.25,
  initiative: 0.1,
  warmth: 0.15,
  styleMatching: 0.15,
};

/** a reply after this many awake minutes scores 50 on responsiveness */
export const HALF_SCORE_REPLY_MINUTES = 60;

const round1 = (value: number): number => Math.round(value * 10) / 10;

const responsivenessOf = (minutes: number | null): number | null =>
  minutes === null ? null : 100 / (1 + minutes / HALF_SCORE_REPLY_MINUTES);

const warmthOf = (m: Metrics): number | null => {
  if (m.messages === 0 || m.sentiment === null) return null;
  const sentiment = (m.sentiment + 1) / 2;
  const affection = Math.min(1, (4 * m.affection) / m.messages);
  const we = m.weTalk ?? 0;
  const you = m.youTalk ?? 0;
  const together = we + you > 0 ? Math.min(1, 0.5 + (we - you / 4) * 10) : 0.5;
  return 100 * clamp(0.4 * sentiment + 0.4 * affection + 0.2 * together, 0, 1);
};

/**
 * The components of one week from both people's metrics and their style matching.
 * Balance: 100·min/max of message counts. Responsiveness: mean over both of 100/(1 + minutes/60).
 * Turn toward: 100·mean of both rates. Initiative: 100·(1 − |share − ½|·2). Warmth: sentiment,
 * affection and we- against you-talk. Style matching: 100·LSM.
 * @example connectionComponents(me, partner, 0.8).styleMatching // 80
 */
export function connectionComponents(me: Metrics, partner: Metrics, lsm: number | null): ConnectionComponents {
  const most = Math.max(me.messages, partner.messages);
  const responsive = [responsivenessOf(me.medianReplyMinutes), responsivenessOf(partner.medianReplyMinutes)].filter(
    (v): v is number => v !== null,
  );
  const rates = [me.turnTowardRate, partner.turnTowardRate].filter((v): v is number => v !== null);
  const warmth = [warmthOf(me), warmthOf(partner)].filter((v): v is number => v !== null);
  const share = me.startedShare;
  const score = (value: number | null) => (value === null ? null : round1(clamp(value, 0, 100)));
  return {
    balance: score(most === 0 ? null : (100 * Math.min(me.messages, partner.messages)) / most),
    responsiveness: score(responsive.length === 0 ? null : responsive.reduce((a, b) => a + b, 0) / responsive.length),
    turnToward: score(rates.length === 0 ? null : (100 * rates.reduce((a, b) => a + b, 0)) / rates.length),
    initiative: score(share === null ? null : 100 * (1 - Math.abs(share - 0.5) * 2)),
    warmth: score(warmth.length === 0 ? null : warmth.reduce((a, b) => a + b, 0) / warmth.length),
    styleMatching: score(lsm === null ? null : 100 * lsm),
  };
}

/**
 * The index from its components: the weighted mean of those present, or `fallback` when none is.
 * @example connectionIndex({ balance: 100, responsiveness: null, … }, 50) // 100
 */
export function connectionIndex(components: ConnectionComponents, fallback: number): number {
  let weighted = 0;
  let weights = 0;
  for (const name of Object.keys(COMPONENT_WEIGHTS) as ComponentName[]) {
    const value = components[name];
    if (value === null) continue;
    weighted += COMPONENT_WEIGHTS[name] * value;
    weights += COMPONENT_WEIGHTS[name];
  }
  return weights === 0 ? fallback : round1(clamp(weighted / weights, 0, 100));
}
