import { memo, useState } from 'react';
import type { AllocationResult } from '../../lib/allocation/model.ts';
import { compareSchemes, gainsAgainstUniform, UNIFORM_LABELS, type UniformReference } from '../../lib/allocation/report.ts';
import { deltaBars } from '../../lib/allocation/compare.ts';
import { COMPARE_TEXT, UNIFORM_TEXT } from '../../lib/allocation/messages.ts';
import { DeltaChart } from './DeltaChart.tsx';
import { displayYuan } from '../../lib/allocation/money.ts';

const W = 720;
const PAD = { left: 72, right: 12, top: 16, bottom: 28 };

/** Who gains and who loses against 简单划一, one labelled bar per person (the largest gains and losses when many). */
export const GainChart = memo(function GainChart({ result }: { result: AllocationResult }) {
  const [reference, setReference] = useState<UniformReference>('head');
  const gains = gainsAgainstUniform(result, reference);
  const label = UNIFORM_LABELS[reference];
  const summary = UNIFORM_TEXT.summary(label, gains.gainers, gains.losers, gains.same, displayYuan(gains.maxGainFen), displayYuan(gains.maxLossFen));
  const { bars, omitted } = deltaBars(gains.people);
  return (
    <figure className="alloc-chart">
      <div className="alloc-actions" role="group" aria-label="比较对象">
        {(['head', 'hour'] as const).map((r) => (
          <button key={r} type="button" aria-pressed={reference === r} onClick={() => setReference(r)}>
            {UNIFORM_TEXT.compareWith(UNIFORM_LABELS[r])}
          </button>
        ))}
      </div>
      <DeltaChart bars={bars} title={UNIFORM_TEXT.title(label)} summary={summary} testId="gain-chart" />
      <figcaption data-testid="gain-summary">
        {summary}
        {omitted ? COMPARE_TEXT.omitted(omitted) : ''}
      </figcaption>
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
