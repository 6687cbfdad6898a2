import { memo } from 'react';
import { extremes, type DistrictFigures, type SchoolSummary } from '../../lib/review/index.ts';
import { CHART_SERIES, chartPoints, type ChartSeries } from '../../lib/review/chart.ts';
import { perHourText, shareText } from '../../lib/review/format.ts';
import { REVIEW_UI } from '../../lib/review/ui-text.ts';

const UI = REVIEW_UI.chart;

const MAX_BARS = 20;
const ROW = 22;
const LABEL_W = 170;
const BAR_W = 300;
const VALUE_W = 80;

/** Text with its odd parts in bold (the figures of a sentence). */
const Bold = ({ parts }: { parts: string[] }) => <>{parts.map((p, i) => (i % 2 ? <strong key={i}>{p}</strong> : p))}</>;

/** Bars with their school and value written beside them (readable in print, not only on hover). */
function Bars({ series, summaries }: { series: ChartSeries; summaries: readonly SchoolSummary[] }) {
  const words = UI.series[series.id];
  const points = chartPoints(series, summaries);
  if (points.length === 0) return <p>{UI.nothing(words.missing)}</p>;
  const { shown, cut } = extremes(points, MAX_BARS);
  const max = Math.max(...shown.map((p) => p.v), 1e-9);
  const height = shown.length * ROW + 8;
  return (
    <figure className="review-chart" data-testid={`chart-${series.id}`}>
      <figcaption>
        <strong>{words.title}</strong>
        <small>
          {' '}
          {UI.caption(words.basis, points.length, cut ? MAX_BARS / 2 : null)}
        </small>
      </figcaption>
      <svg viewBox={`0 0 ${LABEL_W + BAR_W + VALUE_W} ${height}`} role="img" aria-label={words.title} width="100%">
        {shown.map((p, i) => (
          <g key={p.school} transform={`translate(0, ${i * ROW + 4})`}>
            <text x={LABEL_W - 6} y={ROW / 2 + 4} textAnchor="end" fontSize="12">
              {p.error ? '● ' : ''}
              {p.school.length > 12 ? `${p.school.slice(0, 12)}…` : p.school}
            </text>
            <rect x={LABEL_W} y={3} width={Math.max(1, (p.v / max) * BAR_W)} height={ROW - 8} className={p.error ? 'is-error' : undefined} />
            <text x={LABEL_W + (p.v / max) * BAR_W + 4} y={ROW / 2 + 4} fontSize="12">
              {series.format(p.v)}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}

export const DistrictChart = memo(function DistrictChart({ summaries, district }: { summaries: readonly SchoolSummary[]; district: DistrictFigures }) {
  return (
    <section className="review-district" aria-labelledby="review-district-title" data-testid="district">
      <h2 id="review-district-title">{UI.title}</h2>
      <ul className="review-figures">
        <li>
          <Bold parts={UI.schools(district.schools, district.checked, district.rows.toLocaleString('zh-CN'))} />
        </li>
        <li data-testid="schools-with-errors">
          <Bold parts={UI.withErrors(district.withErrors)} />
        </li>
        <li>
          <Bold parts={UI.payAndShare(district.payPerHour === null ? null : perHourText(district.payPerHour), district.externalShare === null ? null : shareText(district.externalShare))} />
        </li>
      </ul>
      <div className="review-charts">
        {CHART_SERIES.map((s) => (
          <Bars key={s.id} series={s} summaries={summaries} />
        ))}
      </div>
    </section>
  );
});
