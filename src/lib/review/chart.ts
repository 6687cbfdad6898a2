/** The district charts' figures: which figure each chart compares, and the schools that have it, highest first. */
import type { SchoolSummary } from './summary.ts';
import { perHourText, shareText } from './format.ts';

export type ChartId = 'pay' | 'external';

export interface ChartSeries {
  id: ChartId;
  value: (s: SchoolSummary) => number | null;
  format: (v: number) => string;
}

export const CHART_SERIES: readonly ChartSeries[] = [
  { id: 'pay', value: (s) => s.payPerHour, format: perHourText },
  { id: 'external', value: (s) => s.externalShare, format: shareText },
];

export interface ChartPoint {
  school: string;
  v: number;
  /** The school has an 错误. */
  error: boolean;
}

/** The schools with the series' figure, highest first. */
export function chartPoints(series: ChartSeries, summaries: readonly SchoolSummary[]): ChartPoint[] {
  return summaries
    .map((s) => ({ school: s.school, v: series.value(s), error: s.counts.error > 0 }))
    .filter((p): p is ChartPoint => p.v !== null)
    .sort((a, b) => b.v - a.v);
}
