/** Form text the way a person types it, shared by the page's forms (draft.ts, scheme-draft.ts). */

/** Field key → message, e.g. `fund`, `period.第二时段`, `tiers.1.min`, `scores.3.effect`, `steps.2.amount`. */
export type FieldErrors = Record<string, string>;

/** Text → number the way a person types it (full-width digits, spaces); NaN when it is not one. */
export function readNumber(raw: string): number {
  const t = raw
    .trim()
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/%$/, '');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
}


/** What is left of 100 % after a typed whole percent (`80` → `20%`), or `—` while the text is not one. */
export function restPercent(raw: string): string {
  const n = readNumber(raw);
  return Number.isInteger(n) && n >= 0 && n <= 100 ? `${100 - n}%` : '—';
}
