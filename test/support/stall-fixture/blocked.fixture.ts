import { expect, it } from 'vitest';

it('blocks its worker in a synchronous loop', () => {
  const end = Date.now() + 30_000;
  while (Date.now() < end) {
    // A loop no timer can interrupt, as a runaway regular expression would be.
  }
  expect(Date.now()).toBeGreaterThanOrEqual(end);
});
