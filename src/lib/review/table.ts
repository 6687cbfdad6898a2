/** The district table's sorting and filtering, outside the component that shows it. */
import type { SchoolSummary } from './summary.ts';
import { REVIEW_STATUSES } from './plans.ts';

export const SORT_KEYS = ['school', 'rows', 'error', 'warning', 'info', 'hours', 'payFen', 'payPerHour', 'externalShare', 'plan'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

function value(s: SchoolSummary, key: SortKey): string | number {
  switch (key) {
    case 'school':
      return s.school;
    case 'error':
    case 'warning':
    case 'info':
      return s.counts[key];
    case 'plan':
      return s.plan ? REVIEW_STATUSES.indexOf(s.plan.status) : -1;
    default:
      return s[key] ?? -1;
  }
}

export function sortSummaries(list: readonly SchoolSummary[], key: SortKey, descending: boolean): SchoolSummary[] {
  const sign = descending ? -1 : 1;
  return [...list].sort((a, b) => {
    const x = value(a, key);
    const y = value(b, key);
    const c = x < y ? -1 : x > y ? 1 : 0;
    return sign * c || (a.school < b.school ? -1 : 1);
  });
}

export interface TableFilter {
  text: string;
  onlyErrors: boolean;
  /** '' = any; 'none' = schools without a plan. */
  plan: string;
}

export function filterSummaries(list: readonly SchoolSummary[], filter: TableFilter): SchoolSummary[] {
  const text = filter.text.trim();
  return list.filter(
    (s) =>
      (!text || s.school.includes(text)) &&
      (!filter.onlyErrors || s.counts.error > 0 || s.failed !== null) &&
      (!filter.plan || (filter.plan === 'none' ? s.plan === null : s.plan?.status === filter.plan)),
  );
}

/** For the chart: at most `n` schools, the highest and lowest halves when there are more. */
export function extremes<T>(sorted: readonly T[], n: number): { shown: T[]; cut: boolean } {
  if (sorted.length <= n) return { shown: [...sorted], cut: false };
  const half = Math.floor(n / 2);
  return { shown: [...sorted.slice(0, half), ...sorted.slice(sorted.length - half)], cut: true };
}
