import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { largestRemainder } from '../../../src/lib/allocation/largest-remainder.ts';

const census = JSON.parse(readFileSync(new URL('../../fixtures/allocation/census-1790.json', import.meta.url), 'utf8')) as {
  seats: number;
  states: { state: string; population: number; hamilton: number }[];
};

const total = fc.integer({ min: 0, max: 10_000_000 });
const weights = fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 40 }).filter((w) => w.some((x) => x > 0));

describe('largestRemainder', () => {
  it('reproduces Hamilton’s 1792 apportionment of 120 seats on the 1790 census', () => {
    const seats = largestRemainder(census.seats, census.states.map((s) => s.population));
    expect(Object.fromEntries(census.states.map((s, i) => [s.state, seats[i]]))).toEqual(
      Object.fromEntries(census.states.map((s) => [s.state, s.hamilton])),
    );
  });

  it('gives a tied remainder to the party listed first', () => {
    expect(largestRemainder(1, [1, 1, 1])).toEqual([1, 0, 0]);
    expect(largestRemainder(5, [1, 1, 1])).toEqual([2, 2, 1]);
    expect(largestRemainder(2, [3, 1, 3, 1])).toEqual([1, 0, 1, 0]);
  });

  it('is exact for weights far beyond 2^53', () => {
    const big = 10n ** 30n;
    expect(largestRemainder(3, [big, big + 1n, big])).toEqual([1, 1, 1]);
    expect(largestRemainder(1, [big, big + 1n, big])).toEqual([0, 1, 0]);
  });

  it('refuses a negative or fractional total and weights that sum to zero', () => {
    expect(() => largestRemainder(-1, [1])).toThrow(RangeError);
    expect(() => largestRemainder(1.5, [1])).toThrow(RangeError);
    expect(() => largestRemainder(1, [0, 0])).toThrow(RangeError);
    expect(largestRemainder(0, [0, 0])).toEqual([0, 0]);
  });

  it('amounts always sum to the total', () => {
    fc.assert(fc.property(total, weights, (t, w) => largestRemainder(t, w).reduce((a, b) => a + b, 0) === t));
  });

  it('every amount is within 1 of its exact quota and never negative', () => {
    fc.assert(
      fc.property(total, weights, (t, w) => {
        const sum = w.reduce((a, b) => a + b, 0);
        return largestRemainder(t, w).every((a, i) => a >= 0 && Math.abs(a - (t * w[i]!) / sum) < 1 + 1e-9);
      }),
    );
  });

  it('equal weights get amounts within 1 of each other', () => {
    fc.assert(
      fc.property(total, fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 50 }), (t, w, n) => {
        const a = largestRemainder(t, Array.from({ length: n }, () => w));
        return Math.max(...a) - Math.min(...a) <= 1;
      }),
    );
  });

  it('a zero weight never gets anything', () => {
    fc.assert(fc.property(total, weights, (t, w) => largestRemainder(t, [0, ...w])[0] === 0));
  });
});
