import { Fragment, memo, useState } from 'react';
import { explainLines, type AllocationResult, type PersonAllocation } from '../../lib/allocation/model.ts';
import { displayYuan, formatYuan } from '../../lib/allocation/money.ts';
import { approxYuan, round4 } from '../../lib/allocation/report.ts';
import { formatHundredths } from '../../lib/ledger/summarize.ts';

interface Props {
  result: AllocationResult;
}

const PAGE = 100;

function Delta({ fen }: { fen: number }) {
  return <span className={fen > 0 ? 'is-gain' : fen < 0 ? 'is-loss' : undefined}>{fen > 0 ? `+${displayYuan(fen)}` : displayYuan(fen)}</span>;
}

export const ResultsTable = memo(function ResultsTable({ result }: Props) {
  const [limit, setLimit] = useState(PAGE);
  const [open, setOpen] = useState<string | null>(null);
  const total = result.paidFen;
  return (
    <div className="alloc-results-table">
      <table className="alloc-table" data-testid="results">
        <caption>每人拟发放报酬及其全部因素(金额单位:元;“≈”为取整到分之前的精确值)</caption>
        <thead>
          <tr>
            <th scope="col">工号</th>
            <th scope="col">姓名</th>
            <th scope="col">课时</th>
            <th scope="col">折算课时</th>
            <th scope="col">效果 / 满意度</th>
            <th scope="col">绩效系数</th>
            <th scope="col">工作量部分 ≈</th>
            <th scope="col">绩效部分 ≈</th>
            <th scope="col">应得 ≈</th>
            <th scope="col">拟发放报酬</th>
            <th scope="col">比按人平均</th>
            <th scope="col">比按课时平均</th>
            <th scope="col">计算过程</th>
          </tr>
        </thead>
        <tbody>
          {result.people.slice(0, limit).map((p) => (
            <Fragment key={p.staffId}>
              <tr data-staff-id={p.staffId}>
                <td>{p.staffId}</td>
                <td>{p.name}</td>
                <td className="num">{formatHundredths(p.hundredths)}</td>
                <td className="num">{round4(p.weightedHours)}</td>
                <td className="num">{p.effect === null ? '—' : `${p.effect} / ${p.satisfaction}`}</td>
                <td className="num">{round4(p.performance)}</td>
                <td className="num">{approxYuan(p.workloadPartFen)}</td>
                <td className="num">{approxYuan(p.performancePartFen)}</td>
                <td className="num">{approxYuan(p.exactFen)}</td>
                <td className="num amount" data-testid="amount">
                  {formatYuan(p.amountFen)}
                  {p.remainderFen > 0 ? <small title="最大余数法补给的分"> (+{formatYuan(p.remainderFen)})</small> : null}
                </td>
                <td className="num">
                  <Delta fen={p.amountFen - p.equalPerHeadFen} />
                </td>
                <td className="num">
                  <Delta fen={p.amountFen - p.equalPerHourFen} />
                </td>
                <td>
                  <button type="button" className="alloc-link" aria-expanded={open === p.staffId} onClick={() => setOpen(open === p.staffId ? null : p.staffId)}>
                    {open === p.staffId ? '收起' : '展开'}
                  </button>
                </td>
              </tr>
              {open === p.staffId ? (
                <tr className="alloc-detail">
                  <td colSpan={13}>
                    <PersonDetail person={p} result={result} />
                  </td>
                </tr>
              ) : null}
            </Fragment>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              合计({result.people.length} 人)
            </th>
            <td className="num">{formatHundredths(result.totalHundredths)}</td>
            <td className="num">{round4(result.totalWeightedHours)}</td>
            <td colSpan={5}></td>
            <td className="num amount" data-testid="total">
              {formatYuan(total)}
            </td>
            <td colSpan={3}></td>
          </tr>
        </tfoot>
      </table>
      {result.people.length > limit ? (
        <button type="button" onClick={() => setLimit(limit + PAGE)}>
          再显示 {Math.min(PAGE, result.people.length - limit)} 人(共 {result.people.length} 人)
        </button>
      ) : null}
    </div>
  );
});

function PersonDetail({ person: p, result }: { person: PersonAllocation; result: AllocationResult }) {
  const shares = result.shares;
  const fund = formatYuan(result.fundFen);
  return (
    <div className="alloc-person-detail">
      <table className="alloc-table">
        <caption>
          {p.name || p.staffId} 的折算课时 = Σ 课时 × 时段系数 × 内容系数 × 职责系数 × 学生人数系数
        </caption>
        <thead>
          <tr>
            <th scope="col">时段</th>
            <th scope="col">内容</th>
            <th scope="col">职责</th>
            <th scope="col">学生人数档</th>
            <th scope="col">课时</th>
            <th scope="col">× 时段</th>
            <th scope="col">× 内容</th>
            <th scope="col">× 职责</th>
            <th scope="col">× 人数</th>
            <th scope="col">= 折算课时</th>
          </tr>
        </thead>
        <tbody>
          {explainLines(p.lines, result.coefficients).map((l, i) => (
            <tr key={i}>
              <td>{l.period}</td>
              <td>{l.content}</td>
              <td>{l.role}</td>
              <td>{l.tier}</td>
              <td className="num">{formatHundredths(l.hundredths)}</td>
              <td className="num">{l.periodCoefficient}</td>
              <td className="num">{l.contentCoefficient}</td>
              <td className="num">{l.roleCoefficient}</td>
              <td className="num">{l.tierCoefficient}</td>
              <td className="num">{round4(l.weightedHours)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul>
        <li>
          绩效系数 = {p.effect === null ? '未导入评分,按 1 计' : `${p.effect} × ${shares.effectPercent}% ÷ 100 + ${p.satisfaction} × ${100 - shares.effectPercent}% ÷ 100`} = {round4(p.performance)}
        </li>
        <li>
          工作量部分 = {fund} × {shares.workloadPercent}% × {round4(p.weightedHours)} ÷ {round4(result.totalWeightedHours)} ≈ {approxYuan(p.workloadPartFen)} 元
        </li>
        <li>
          绩效部分 = {fund} × {100 - shares.workloadPercent}% × ({round4(p.weightedHours)} × {round4(p.performance)}) ÷ 全体之和 ≈ {approxYuan(p.performancePartFen)} 元
        </li>
        <li>
          应得 ≈ {approxYuan(p.exactFen)} 元;取整到分后{p.remainderFen > 0 ? '按最大余数法补 0.01 元' : '不补'},拟发放 {formatYuan(p.amountFen)} 元。
        </li>
      </ul>
    </div>
  );
}
