import { memo, useState } from 'react';
import type { AllocationResult } from '../../lib/allocation/model.ts';
import { compareSchemes } from '../../lib/allocation/report.ts';
import { displayYuan } from '../../lib/allocation/money.ts';

const W = 720;
const H = 240;
const PAD = { left: 72, right: 12, top: 16, bottom: 28 };

type Reference = 'head' | 'hour';
const REFERENCE_LABEL: Record<Reference, string> = { head: '按人平均', hour: '按课时平均' };

/** Who gains and who loses against 简单划一, one bar per person, sorted from most gained to most lost. */
export const GainChart = memo(function GainChart({ result }: { result: AllocationResult }) {
  const [reference, setReference] = useState<Reference>('head');
  const deltas = result.people
    .map((p) => ({ id: p.staffId, name: p.name, delta: p.amountFen - (reference === 'head' ? p.equalPerHeadFen : p.equalPerHourFen) }))
    .sort((a, b) => b.delta - a.delta);
  const gainers = deltas.filter((d) => d.delta > 0).length;
  const losers = deltas.filter((d) => d.delta < 0).length;
  const extent = Math.max(1, ...deltas.map((d) => Math.abs(d.delta)));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const zero = PAD.top + innerH / 2;
  const y = (fen: number) => zero - (fen / extent) * (innerH / 2);
  const step = innerW / Math.max(1, deltas.length);
  const summary = `与${REFERENCE_LABEL[reference]}相比:${gainers} 人多得,${losers} 人少得,${deltas.length - gainers - losers} 人持平;最多多得 ${displayYuan(Math.max(0, deltas[0]?.delta ?? 0))} 元,最多少得 ${displayYuan(Math.max(0, -(deltas[deltas.length - 1]?.delta ?? 0)))} 元。`;
  return (
    <figure className="alloc-chart">
      <div className="alloc-actions" role="group" aria-label="比较对象">
        {(['head', 'hour'] as const).map((r) => (
          <button key={r} type="button" aria-pressed={reference === r} onClick={() => setReference(r)}>
            与{REFERENCE_LABEL[r]}比较
          </button>
        ))}
      </div>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="gain-chart-title gain-chart-desc" data-testid="gain-chart">
        <title id="gain-chart-title">本方案与{REFERENCE_LABEL[reference]}相比每人的增减</title>
        <desc id="gain-chart-desc">{summary}</desc>
        <line x1={PAD.left} x2={W - PAD.right} y1={zero} y2={zero} className="axis" />
        <text x={PAD.left - 6} y={y(extent) + 4} className="tick" textAnchor="end">
          +{displayYuan(extent)} 元
        </text>
        <text x={PAD.left - 6} y={zero + 4} className="tick" textAnchor="end">
          0
        </text>
        <text x={PAD.left - 6} y={y(-extent) + 4} className="tick" textAnchor="end">
          −{displayYuan(extent)} 元
        </text>
        {deltas.map((d, i) => (
          <rect
            key={d.id}
            x={PAD.left + i * step + (step > 3 ? step * 0.1 : 0)}
            width={Math.max(0.5, step > 3 ? step * 0.8 : step)}
            y={Math.min(y(d.delta), zero)}
            height={Math.abs(y(d.delta) - zero)}
            className={d.delta >= 0 ? 'bar-gain' : 'bar-loss'}
          >
            <title>{`${d.name || d.id}:${d.delta >= 0 ? '+' : ''}${displayYuan(d.delta)} 元`}</title>
          </rect>
        ))}
        <text x={PAD.left} y={H - 8} className="tick">
          多得最多
        </text>
        <text x={W - PAD.right} y={H - 8} className="tick" textAnchor="end">
          少得最多
        </text>
      </svg>
      <figcaption data-testid="gain-summary">{summary}</figcaption>
    </figure>
  );
});

/** The spread of amounts under each scheme: min, quartiles, median and max on one axis. */
export const SpreadChart = memo(function SpreadChart({ result }: { result: AllocationResult }) {
  const schemes = compareSchemes(result);
  const max = Math.max(1, ...schemes.map((s) => s.spread.max));
  const rowH = 44;
  const h = PAD.top + schemes.length * rowH + PAD.bottom;
  const innerW = W - PAD.left - PAD.right - 20;
  const x = (fen: number) => PAD.left + 20 + (fen / max) * innerW;
  const describe = schemes.map((s) => `${s.scheme}:最少 ${displayYuan(s.spread.min)} 元,中位数 ${displayYuan(s.spread.median)} 元,最多 ${displayYuan(s.spread.max)} 元`).join(';');
  return (
    <figure className="alloc-chart">
      <svg viewBox={`0 0 ${W} ${h}`} role="img" aria-labelledby="spread-chart-title spread-chart-desc" data-testid="spread-chart">
        <title id="spread-chart-title">三种分法每人金额的分布</title>
        <desc id="spread-chart-desc">{describe}</desc>
        {schemes.map((s, i) => {
          const cy = PAD.top + i * rowH + rowH / 2;
          const { min, q1, median, q3, max: hi } = s.spread;
          return (
            <g key={s.scheme}>
              <text x={PAD.left + 14} y={cy + 4} className="tick" textAnchor="end">
                {s.scheme}
              </text>
              <line x1={x(min)} x2={x(hi)} y1={cy} y2={cy} className="whisker" />
              <rect x={x(q1)} width={Math.max(1, x(q3) - x(q1))} y={cy - 10} height={20} className={i === 0 ? 'box-main' : 'box'} />
              <line x1={x(median)} x2={x(median)} y1={cy - 12} y2={cy + 12} className="median" />
              <line x1={x(min)} x2={x(min)} y1={cy - 6} y2={cy + 6} className="whisker" />
              <line x1={x(hi)} x2={x(hi)} y1={cy - 6} y2={cy + 6} className="whisker" />
            </g>
          );
        })}
        <text x={x(0)} y={h - 8} className="tick">
          0 元
        </text>
        <text x={x(max)} y={h - 8} className="tick" textAnchor="end">
          {displayYuan(max)} 元
        </text>
      </svg>
      <figcaption>{describe}。方框为中间一半人的金额范围,竖线为中位数,两端为最少和最多。</figcaption>
    </figure>
  );
});
