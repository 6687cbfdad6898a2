/**
 * Largest remainder (Hamilton's method): split `total` whole units (分, or seats) in proportion to
 * `weights`, exactly. Each party first gets the whole part of its quota total × w / Σw; the units
 * left over go one each to the largest remainders.
 *
 * Tie-break: when two remainders are equal, the party listed first gets the unit first (callers
 * list people in 工号 order, so the stated rule is 「余数相同时,工号在前者先得」).
 *
 * Arithmetic is on BigInt, so quotas and remainders are exact whatever the size of the weights.
 */
export function largestRemainder(total: number, weights: readonly (bigint | number)[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`total must be a whole number ≥ 0, got ${total}`);
  const w = weights.map(toBigInt);
  const sum = w.reduce((a, b) => a + b, 0n);
  if (w.length === 0) {
    if (total === 0) return [];
    throw new RangeError('no parties to share a positive total');
  }
  if (sum === 0n) {
    if (total === 0) return w.map(() => 0);
    throw new RangeError('weights sum to zero');
  }
  const t = BigInt(total);
  const amounts: number[] = new Array<number>(w.length);
  const remainders: bigint[] = new Array<bigint>(w.length);
  let given = 0;
  for (let i = 0; i < w.length; i++) {
    const numerator = t * w[i]!;
    const whole = Number(numerator / sum);
    amounts[i] = whole;
    remainders[i] = numerator % sum;
    given += whole;
  }
  const left = total - given;
  if (left > 0) {
    const order = w.map((_, i) => i);
    order.sort((a, b) => {
      const ra = remainders[a]!;
      const rb = remainders[b]!;
      return ra === rb ? a - b : ra > rb ? -1 : 1;
    });
    for (let k = 0; k < left; k++) {
      const i = order[k]!;
      amounts[i] = amounts[i]! + 1;
    }
  }
  return amounts;
}

function toBigInt(value: bigint | number): bigint {
  if (typeof value === 'bigint') {
    if (value < 0n) throw new RangeError('weights must be ≥ 0');
    return value;
  }
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`weights must be whole numbers ≥ 0, got ${value}`);
  return BigInt(value);
}
