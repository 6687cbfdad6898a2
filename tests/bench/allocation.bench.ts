/**
 * Allocation speed: a school of 2,000 people and 100,000 台账 rows (ALLOCATION_BENCH_PEOPLE,
 * ALLOCATION_BENCH_ROWS to change). Measures reading the 台账 through the ledger engine, summing it
 * per person, the first allocation, and what the page does on each keystroke in a coefficient
 * (form → scenario → allocation), plus the two exports. Prints a markdown table.
 */
import { performance } from 'node:perf_hooks';
import { toCsv } from '../../src/lib/ledger/export.ts';
import { headersOf } from '../../src/lib/ledger/kinds.ts';
import { prng } from '../../src/lib/ledger/generate.ts';
import { readLedgerText } from '../../src/lib/allocation/io.ts';
import { semesterDisclosureCsv, payReportCsv } from '../../src/lib/allocation/io.ts';
import { aggregateSessions, allocate, workToSessions } from '../../src/lib/allocation/model.ts';
import { defaultScenario } from '../../src/lib/allocation/scenario.ts';
import { draftToScenario, scenarioToDraft } from '../../src/lib/allocation/draft.ts';
import { CATEGORIES, PERIODS, ROLES } from '../../src/lib/allocation/schema.ts';
import type { Score } from '../../src/lib/allocation/schema.ts';

const PEOPLE = Number(process.env.ALLOCATION_BENCH_PEOPLE ?? 2_000);
const ROWS = Number(process.env.ALLOCATION_BENCH_ROWS ?? 100_000);
const REPEAT = 20;

const random = prng(20241104);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
const ids = Array.from({ length: PEOPLE }, (_, i) => `T${String(i + 1).padStart(5, '0')}`);
const TIMES: Record<string, [string, string]> = { 第一时段: ['15:30', '16:30'], 第二时段: ['16:30', '17:30'], 第三时段: ['17:30', '18:00'] };

function ledgerText(): string {
  const rows: string[][] = [];
  for (let i = 0; i < ROWS; i++) {
    const period = pick(PERIODS);
    const homework = random() < 0.5;
    const staffId = ids[i % PEOPLE]!;
    const day = 2 + (Math.floor(i / PEOPLE) % 27);
    rows.push([
      `2024-09-${String(day).padStart(2, '0')}`, period, TIMES[period]![0], TIMES[period]![1], `班级${i % 300}`,
      homework ? '作业辅导' : '素质教育', homework ? '' : pick(CATEGORIES), '活动', `教室${i % 300}`,
      String(10 + Math.floor(random() * 40)), staffId, `教师${staffId}`, '本校教职工', pick(ROLES), pick(['1', '1.5', '0.75']),
    ]);
  }
  return toCsv(headersOf('ledger'), rows);
}

function time<T>(f: () => T): { ms: number; value: T } {
  const t = performance.now();
  const value = f();
  return { ms: performance.now() - t, value };
}

function median(f: () => unknown): number {
  const runs = Array.from({ length: REPEAT }, () => time(f).ms).sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)]!;
}

const text = time(ledgerText);
const read = time(() => readLedgerText('bench.csv', text.value));
if (!read.value.ok) throw new Error(read.value.messages.join('\n'));
const sessions = read.value.value.sessions;
const aggregated = time(() => aggregateSessions(sessions));
const people = aggregated.value;
const scores: Score[] = ids.map((staffId) => ({ staffId, name: '', effect: Math.round(random() * 1000) / 10, satisfaction: Math.round(random() * 1000) / 10 }));

const scenario = { ...defaultScenario(), fundFen: 600_000_000, sessions: workToSessions(people), scores };
const input = { fundFen: scenario.fundFen, coefficients: scenario.coefficients, shares: scenario.shares, people, scores };
const first = time(() => allocate(input));
if (!first.value.ok) throw new Error(first.value.errors.map((e) => e.message).join('\n'));
const result = first.value.result;

let k = 0;
const recompute = median(() => {
  k++;
  const coefficients = { ...input.coefficients, period: { ...input.coefficients.period, 第二时段: 1 + (k % 10) / 10 } };
  return allocate({ ...input, coefficients });
});
const draft = scenarioToDraft(scenario);
const keystroke = median(() => {
  k++;
  const d = { ...draft, period: { ...draft.period, 第二时段: String(1 + (k % 10) / 10) } };
  const s = draftToScenario(d);
  if (!s.ok) throw new Error(JSON.stringify(s.errors));
  return allocate({ fundFen: s.scenario.fundFen, coefficients: s.scenario.coefficients, shares: s.scenario.shares, people, scores: s.scenario.scores });
});
const exports = median(() => [semesterDisclosureCsv('2024-2025学年第一学期', result), payReportCsv('2024-2025学年第一学期', result)]);

const sum = result.people.reduce((a, p) => a + p.amountFen, 0);
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
console.log(`allocation: ${PEOPLE.toLocaleString('en-US')} people, ${ROWS.toLocaleString('en-US')} 台账 rows (${(text.value.length / 1e6).toFixed(1)} M chars), ${scenario.sessions.length.toLocaleString('en-US')} summed sessions; amounts sum to the fund: ${sum === scenario.fundFen}\n`);
console.log('| step | time |');
console.log('|---|---|');
console.log(`| read 台账 (parse + validate through the ledger engine) | ${fmt(read.ms)} |`);
console.log(`| sum sessions per person | ${fmt(aggregated.ms)} |`);
console.log(`| first allocation | ${fmt(first.ms)} |`);
console.log(`| recompute after a coefficient change (median of ${REPEAT}) | ${fmt(recompute)} |`);
console.log(`| page keystroke: form → scenario → allocation (median of ${REPEAT}) | ${fmt(keystroke)} |`);
console.log(`| export 学期公示 + 报酬统计 (median of ${REPEAT}) | ${fmt(exports)} |`);
