/**
 * Two schemes side by side for the same 台账 and fund: each person's amount under both, the
 * difference, who gains and who loses, and the checks the notice implies for each scheme
 * (简单划一, the seven factors of 1.1.5, the 值班管理 share).
 */
import { runScheme, uniformShares } from './steps.ts';
import type { SchemeInput, SchemeResult } from './steps.ts';
import type { AllocationFinding } from './model.ts';
import type { Scheme } from './scheme.ts';
import { schemeFactors, FACTORS, type Factor } from './factors.ts';

export interface ComparedPerson {
  staffId: string;
  name: string;
  hundredths: number;
  aFen: number;
  bFen: number;
  /** b − a. */
  deltaFen: number;
}

export interface SchemeSide {
  scheme: Scheme;
  result: SchemeResult;
  factors: Record<Factor, number[]>;
  /** Percent of the fund (one decimal) for 值班管理 work, and kept as 留存. */
  managementPercent: number;
  reservePercent: number;
  /** True when the amounts equal 按人平均 or 按课时平均 of what was paid. */
  uniform: boolean;
}

export interface Comparison {
  a: SchemeSide;
  b: SchemeSide;
  /** Everyone, in 工号 order. */
  people: ComparedPerson[];
  gainers: number;
  losers: number;
}

export type CompareOutcome = { ok: true; comparison: Comparison } | { ok: false; side: 'a' | 'b'; errors: AllocationFinding[] };

function side(scheme: Scheme, result: SchemeResult): SchemeSide {
  const { perHead, perHour } = uniformShares(result);
  const amounts = result.people.map((p) => p.amountFen);
  const percent = (fen: number) => (result.fundFen > 0 ? Math.round((fen / result.fundFen) * 1000) / 10 : 0);
  return {
    scheme,
    result,
    factors: schemeFactors(scheme),
    managementPercent: percent(result.managementFen),
    reservePercent: percent(result.reserves.reduce((a, r) => a + r.amountFen, 0)),
    uniform: amounts.length > 1 && (amounts.every((x, i) => x === perHead[i]) || amounts.every((x, i) => x === perHour[i])),
  };
}

export function compareSchemes(a: Scheme, b: Scheme, input: Omit<SchemeInput, 'scheme'>): CompareOutcome {
  const ra = runScheme({ ...input, scheme: a });
  if (!ra.ok) return { ok: false, side: 'a', errors: ra.errors };
  const rb = runScheme({ ...input, scheme: b });
  if (!rb.ok) return { ok: false, side: 'b', errors: rb.errors };
  const people = ra.result.people.map((p, i) => {
    const bFen = rb.result.people[i]!.amountFen;
    return { staffId: p.staffId, name: p.name, hundredths: p.hundredths, aFen: p.amountFen, bFen, deltaFen: bFen - p.amountFen };
  });
  return {
    ok: true,
    comparison: {
      a: side(a, ra.result),
      b: side(b, rb.result),
      people,
      gainers: people.filter((p) => p.deltaFen > 0).length,
      losers: people.filter((p) => p.deltaFen < 0).length,
    },
  };
}

export interface DeltaBar {
  staffId: string;
  /** What the bar is labelled with: the name, or the 工号 when there is none. */
  label: string;
  deltaFen: number;
}

/**
 * The bars of a gains-and-losses chart: the `limit` largest gains and the `limit` largest losses
 * (everyone when few), most gained first, each labelled, plus how many were left out.
 */
export function deltaBars(people: readonly { staffId: string; name: string; deltaFen: number }[], limit = 15): { bars: DeltaBar[]; omitted: number } {
  const sorted = [...people].sort((x, y) => y.deltaFen - x.deltaFen || (x.staffId < y.staffId ? -1 : 1));
  const bar = (p: (typeof people)[number]): DeltaBar => ({ staffId: p.staffId, label: p.name || p.staffId, deltaFen: p.deltaFen });
  if (sorted.length <= limit * 2) return { bars: sorted.map(bar), omitted: 0 };
  return { bars: [...sorted.slice(0, limit), ...sorted.slice(-limit)].map(bar), omitted: sorted.length - limit * 2 };
}

export { FACTORS };
