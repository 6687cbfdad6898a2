/** Money as whole 分 (integers) and its text in 元: read and written in src/lib/units/money.ts. */
export { parseYuan, formatYuan, displayYuan, signedYuan } from '../units/money.ts';

/** A decimal number with at most `places` decimals → integer count of 10^-places. */
export function toScaled(value: number, places: number): number {
  return Math.round(value * 10 ** places);
}
