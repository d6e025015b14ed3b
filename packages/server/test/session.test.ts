// The idle lock: after the idle time without a request the vault is locked and stays locked.
import { expect, it } from 'vitest';
import { VaultSession } from '../src/session.ts';

function lockable() {
  const vault = { locks: 0, lock: () => vault.locks++ };
  return vault;
}

it('locks the vault once it has been idle for the set time, and not before', () => {
  let now = 1_000;
  const session = new VaultSession(10 * 60_000, () => now);
  const vault = lockable();
  session.open(vault);
  now += 9 * 60_000;
  expect(session.current()).toBe(vault);
  now += 9 * 60_000; // each request counts as use
  expect(session.current()).toBe(vault);
  now += 10 * 60_000;
  expect(session.current()).toBeNull();
  expect(vault.locks).toBe(1);
  now += 1;
  expect(session.current()).toBeNull();
  expect(vault.locks).toBe(1);
  session.lock();
});

it('checking whether it is locked is not use', () => {
  let now = 0;
  const session = new VaultSession(60_000, () => now);
  const vault = lockable();
  session.open(vault);
  for (let i = 0; i < 5; i++) {
    now += 20_000;
    session.locked;
  }
  expect(session.locked).toBe(true);
  expect(vault.locks).toBe(1);
});

it('a shorter idle time applies at once', () => {
  let now = 0;
  const session = new VaultSession(10 * 60_000, () => now);
  const vault = lockable();
  session.open(vault);
  now += 2 * 60_000;
  session.idleMs = 60_000;
  expect(session.current()).toBeNull();
  expect(vault.locks).toBe(1);
});

it('opening another vault locks the first', () => {
  const session = new VaultSession(60_000);
  const first = lockable();
  const second = lockable();
  session.open(first);
  session.open(second);
  expect(first.locks).toBe(1);
  expect(session.current()).toBe(second);
  session.lock();
  expect(second.locks).toBe(1);
});
