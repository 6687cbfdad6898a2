import { memo, useState } from 'react';
import type { AllocationResult } from '../../lib/allocation/model.ts';
import { compareSchemes, gainsAgainstUniform, type UniformReference } from '../../lib/allocation/report.ts';
import { deltaBars } from '../../lib/allocation/compare.ts';
import { UNIFORM_SCHEMES } from '../../lib/allocation/messages.ts';
import { CHART_UI, COMPARE_TEXT, SPREAD_LABELS, UNIFORM_TEXT } from '../../lib/allocation/ui-text.ts';
import { DeltaChart } from './DeltaChart.tsx';
import { displayYuan } from '../../lib/allocation/money.ts';

const W = 720;
const PAD = { left: 72, right: 12, top: 16, bottom: 28 };

/** Who gains and who loses against 简单划一, one labelled bar per person (the largest gains and losses when many). */
export const GainChart = memo(function GainChart({ result }: { result: AllocationResult }) {
  const [reference, setReference] = useState<UniformReference>('head');
  const gains = gainsAgainstUniform(result, reference);
  const label = UNIFORM_SCHEMES[reference];
  const summary = UNIFORM_TEXT.summary(label, gains.gainers, gains.losers, gains.same, displayYuan(gains.maxGainFen), displayYuan(gains.maxLossFen));
  const { bars, omitted } = deltaBars(gains.people);
  return (
    <figure className="alloc-chart">
      <div className="alloc-actions" role="group" aria-label={CHART_UI.reference}>
        {(['head', 'hour'] as const).map((r) => (
          <button key={r} type="button" aria-pressed={reference === r} onClick={() => setReference(r)}>
            {UNIFORM_TEXT.compareWith(UNIFORM_SCHEMES[r])}
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
  const describe = schemes.map((s) => CHART_UI.spreadOf(SPREAD_LABELS[s.scheme], displayYuan(s.spread.min), displayYuan(s.spread.median), displayYuan(s.spread.max))).join(CHART_UI.spreadJoin);
  return (
    <figure className="alloc-chart">
      <svg viewBox={`0 0 ${W} ${h}`} role="img" aria-labelledby="spread-chart-title spread-chart-desc" data-testid="spread-chart">
        <title id="spread-chart-title">{CHART_UI.spreadTitle}</title>
        <desc id="spread-chart-desc">{describe}</desc>
        {schemes.map((s, i) => {
          const cy = PAD.top + i * rowH + rowH / 2;
          const { min, q1, median, q3, max: hi } = s.spread;
          return (
            <g key={s.scheme}>
              <text x={PAD.left + 14} y={cy + 4} className="tick" textAnchor="end">
                {SPREAD_LABELS[s.scheme]}
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
          {CHART_UI.yuan('0')}
        </text>
        <text x={x(max)} y={h - 8} className="tick" textAnchor="end">
          {CHART_UI.yuan(displayYuan(max))}
        </text>
      </svg>
      <figcaption>{CHART_UI.spreadCaption(describe)}</figcaption>
    </figure>
  );
});
