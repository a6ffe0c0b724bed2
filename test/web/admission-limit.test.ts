/**
 * The adaptive limit of admission control (bot/web/admission.ts), on a clock the test moves: slow
 * turns lower it to its floor, fast ones raise it back to its ceiling, and a turn is refused only
 * when the turns under way reach it.
 */
import { describe, expect, it } from 'vitest';
import { Admission } from '../../bot/web/admission.js';

function admission(maxInFlight: number, minInFlight: number) {
  const clock = { t: 0 };
  return { clock, a: new Admission({ maxInFlight, minInFlight, targetMs: 100, now: () => clock.t }) };
}

/** Run `n` turns one after another, each taking `ms`. */
function turns(x: ReturnType<typeof admission>, n: number, ms: number) {
  for (let i = 0; i < n; i += 1) {
    const leave = x.a.enter();
    if (!leave) throw new Error('refused with nothing under way');
    x.clock.t += ms;
    leave();
  }
}

describe('the admission limit', () => {
  it.each([
    { name: 'starts at its ceiling', slow: 0, fast: 0, limit: 50 },
    { name: 'stays at its ceiling while turns are within the target', slow: 0, fast: 200, limit: 50 },
    { name: 'falls while turns take longer than the target', slow: 10, fast: 0, limit: 29 },
    { name: 'falls no lower than its floor', slow: 500, fast: 0, limit: 5 },
    { name: 'climbs back once turns are fast again', slow: 500, fast: 40, limit: 25 },
    { name: 'climbs no higher than its ceiling', slow: 500, fast: 1000, limit: 50 },
  ])('$name', ({ slow, fast, limit }) => {
    const x = admission(50, 5);
    turns(x, slow, 150);
    turns(x, fast, 10);
    expect(x.a.limit).toBe(limit);
  });

  it('admits turns up to the limit, refuses the next, and admits again once one has finished', () => {
    const x = admission(3, 1);
    const leaves = [x.a.enter(), x.a.enter(), x.a.enter()];
    expect(leaves.every((l) => l !== undefined)).toBe(true);
    expect(x.a.enter()).toBeUndefined();
    leaves[0]?.();
    leaves[0]?.(); // finishing twice counts once
    expect(x.a.running).toBe(2);
    expect(x.a.enter()).toBeDefined();
  });
});
