import { memo } from 'react';
import { extremes, type DistrictFigures, type SchoolSummary } from '../../lib/review/index.ts';

const MAX_BARS = 20;
const ROW = 22;
const LABEL_W = 170;
const BAR_W = 300;
const VALUE_W = 80;

interface Series {
  title: string;
  basis: string;
  value: (s: SchoolSummary) => number | null;
  format: (v: number) => string;
  id: string;
}

const SERIES: Series[] = [
  { id: 'pay', title: '每课时报酬(元/课时,按报酬统计)', basis: '通知 一(一)5 用好专项经费;一(二)3 经费保障', value: (s) => s.payPerHour, format: (v) => v.toFixed(2) },
  { id: 'external', title: '校外人员课时占比(按台账)', basis: '通知 一(一)4 规范引入校外专业力量', value: (s) => s.externalShare, format: (v) => `${(v * 100).toFixed(1)}%` },
];

/** Bars with their school and value written beside them (readable in print, not only on hover). */
function Bars({ series, summaries }: { series: Series; summaries: readonly SchoolSummary[] }) {
  const points = summaries
    .map((s) => ({ school: s.school, v: series.value(s), error: s.counts.error > 0 }))
    .filter((p): p is { school: string; v: number; error: boolean } => p.v !== null)
    .sort((a, b) => b.v - a.v);
  if (points.length === 0) return <p>没有可比较的学校(缺少{series.id === 'pay' ? '报酬统计' : '台账'})。</p>;
  const { shown, cut } = extremes(points, MAX_BARS);
  const max = Math.max(...shown.map((p) => p.v), 1e-9);
  const height = shown.length * ROW + 8;
  return (
    <figure className="review-chart" data-testid={`chart-${series.id}`}>
      <figcaption>
        <strong>{series.title}</strong>
        <small>
          {' '}
          依据:{series.basis}。{cut ? `共 ${points.length} 所学校,图中为最高和最低各 ${MAX_BARS / 2} 所;全部见上表。` : `共 ${points.length} 所学校。`}
          标 ● 的学校有错误。
        </small>
      </figcaption>
      <svg viewBox={`0 0 ${LABEL_W + BAR_W + VALUE_W} ${height}`} role="img" aria-label={series.title} width="100%">
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
      <h2 id="review-district-title">全区概况</h2>
      <ul className="review-figures">
        <li>
          学校 <strong>{district.schools}</strong> 所,检查了 <strong>{district.checked}</strong> 所的数据,共 {district.rows.toLocaleString('zh-CN')} 行
        </li>
        <li data-testid="schools-with-errors">
          有错误的学校 <strong>{district.withErrors.length}</strong> 所{district.withErrors.length ? `:${district.withErrors.join('、')}` : ''}
        </li>
        <li>
          全区每课时报酬 <strong>{district.payPerHour === null ? '—' : `${district.payPerHour.toFixed(2)} 元`}</strong>;校外人员课时占比{' '}
          <strong>{district.externalShare === null ? '—' : `${(district.externalShare * 100).toFixed(1)}%`}</strong>
        </li>
      </ul>
      <div className="review-charts">
        {SERIES.map((s) => (
          <Bars key={s.id} series={s} summaries={summaries} />
        ))}
      </div>
    </section>
  );
});
