import { memo } from 'react';
import type { DeltaBar } from '../../lib/allocation/compare.ts';
import { displayYuan } from '../../lib/allocation/money.ts';
import { CHART_UI } from '../../lib/allocation/ui-text.ts';

const W = 720;
const ROW = 22;
const LABEL = 128;
const VALUE = 92;
const PAD = 8;

/**
 * Gains and losses as horizontal bars, one row per person with the name written beside the bar and the
 * amount at its end: readable on a phone and in print, not only on hover.
 */
export const DeltaChart = memo(function DeltaChart({ bars, title, summary, testId }: { bars: readonly DeltaBar[]; title: string; summary: string; testId: string }) {
  const extent = Math.max(1, ...bars.map((b) => Math.abs(b.deltaFen)));
  const half = (W - LABEL - 2 * VALUE - 2 * PAD) / 2;
  const zero = LABEL + VALUE + PAD + half;
  const h = PAD * 2 + bars.length * ROW;
  return (
    <svg viewBox={`0 0 ${W} ${h}`} role="img" aria-label={CHART_UI.titled(title, summary)} data-testid={testId}>
      <line x1={zero} x2={zero} y1={PAD / 2} y2={h - PAD / 2} className="axis" />
      {bars.map((b, i) => {
        const y = PAD + i * ROW;
        const len = (Math.abs(b.deltaFen) / extent) * half;
        const x = b.deltaFen >= 0 ? zero : zero - len;
        const sign = b.deltaFen > 0 ? '+' : '';
        return (
          <g key={b.staffId} data-testid={`${testId}-bar`}>
            <text x={LABEL - 6} y={y + ROW / 2 + 4} className="tick bar-name" textAnchor="end">
              {b.label}
            </text>
            <rect x={x} y={y + 3} width={Math.max(1, len)} height={ROW - 6} className={b.deltaFen >= 0 ? 'bar-gain' : 'bar-loss'} />
            <text x={b.deltaFen >= 0 ? zero + len + 4 : zero - len - 4} y={y + ROW / 2 + 4} className="tick" textAnchor={b.deltaFen >= 0 ? 'start' : 'end'}>
              {sign}
              {displayYuan(b.deltaFen)}
            </text>
          </g>
        );
      })}
    </svg>
  );
});
