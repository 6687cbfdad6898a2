/**
 * Allocation speed: a school of 2,000 people and 100,000 台账 rows (ALLOCATION_BENCH_PEOPLE,
 * ALLOCATION_BENCH_ROWS to change). Measures in Node reading the 台账 through the ledger engine,
 * summing it per person, the first allocation, and what the page does on each keystroke in a
 * coefficient (form → scenario → allocation), plus the two exports; then, when the site is built
 * (dist/) and Chromium is present, the real page in Chromium: loading the file, and typing a
 * coefficient until the next frame is painted. Prints a markdown table.
 */
import { performance } from 'node:perf_hooks';
import { createServer } from 'node:http';
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../e2e/chromium.ts';
import { toCsv } from '../../src/lib/ledger/summaries/export.ts';
import { headersOf } from '../../src/lib/ledger/format/kinds.ts';
import { prng } from '../../src/lib/ledger/sample/index.ts';
import { readLedgerText } from '../../src/lib/allocation/io.ts';
import { semesterDisclosureCsv, payReportCsv } from '../../src/lib/allocation/io.ts';
import { aggregateSessions, allocate, workToSessions } from '../../src/lib/allocation/model.ts';
import { defaultScenario } from '../../src/lib/allocation/scenario.ts';
import { draftToScenario, scenarioToDraft } from '../../src/lib/allocation/draft.ts';
import { ACTIVITY_CATEGORIES, PERIOD_NAMES, ROLES } from '../../src/lib/policy/vocabulary.ts';
import type { Score } from '../../src/lib/allocation/schema.ts';
import { SchemeSchema, type Scheme } from '../../src/lib/allocation/scheme.ts';
import { runScheme } from '../../src/lib/allocation/steps.ts';
import { compareSchemes } from '../../src/lib/allocation/compare.ts';
import { draftToScheme, schemeToDraft } from '../../src/lib/allocation/scheme-draft.ts';
import { sevenFactorScheme } from '../../src/lib/allocation/presets.ts';

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
    const period = pick(PERIOD_NAMES);
    const homework = random() < 0.5;
    const staffId = ids[i % PEOPLE]!;
    const day = 2 + (Math.floor(i / PEOPLE) % 27);
    rows.push([
      `2024-09-${String(day).padStart(2, '0')}`, period, TIMES[period]![0], TIMES[period]![1], `班级${i % 300}`,
      homework ? '作业辅导' : '素质教育', homework ? '' : pick(ACTIVITY_CATEGORIES), '活动', `教室${i % 300}`,
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
// A five-step scheme (issue 12): 留存, 按次计酬 with a daily cap, 按人固定, 按评分 × 折算课时, 余额平分.
const fiveSteps = (floorFen: number): Scheme =>
  SchemeSchema.parse({
    name: '五步方案',
    steps: [
      { kind: 'reserve', label: '管理及公用支出', percent: 10 },
      { kind: 'perSession', rates: [{ role: '值班管理', baseFen: 2000 }, { perStudentFen: 100, floorFen }], capPerDayFen: 20_000 },
      { kind: 'perPerson', amountFen: 50_000 },
      { kind: 'byScore', pool: { mode: 'percent', percent: 10 }, weight: 'workload' },
      { kind: 'remainder' },
    ],
  });
const schemeFirst = time(() => runScheme({ scheme: fiveSteps(3500), fundFen: scenario.fundFen, people, scores }));
if (!schemeFirst.value.ok) throw new Error(schemeFirst.value.errors.map((e) => e.message).join('\n'));
const schemeRecompute = median(() => {
  k++;
  return runScheme({ scheme: fiveSteps(3000 + (k % 10) * 100), fundFen: scenario.fundFen, people, scores });
});
const schemeDraft = schemeToDraft(fiveSteps(3500));
const schemeKeystroke = median(() => {
  k++;
  const d = { ...schemeDraft, steps: schemeDraft.steps.map((st, i) => (i === 1 ? { ...st, rates: st.rates.map((r, j) => (j === 1 ? { ...r, floor: String(30 + (k % 10)) } : r)) } : st)) };
  const parsed = draftToScheme(d, scenario.coefficients);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return compareSchemes(parsed.scheme, sevenFactorScheme(scenario.coefficients, scenario.shares), { fundFen: scenario.fundFen, people, scores });
});

const exports = median(() => [semesterDisclosureCsv('2024-2025学年第一学期', result), payReportCsv('2024-2025学年第一学期', result)]);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'dist');

/** The built page in Chromium: load the 台账 file, then type coefficients and time each until the next paint. */
async function inChromium(csv: string): Promise<{ loadMs: number; editMs: number[]; updatedMs: number[]; schemeFrameMs: number[]; schemeUpdatedMs: number[] } | string> {
  if (!existsSync(path.join(dist, 'tools/allocation/index.html'))) return 'site not built (npm run build)';
  const executablePath = chromiumPath();
  if (!executablePath) return 'no Chromium found (set CHROMIUM_PATH)';
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.csv': 'text/csv', '.svg': 'image/svg+xml', '.json': 'application/json' };
  const server = createServer((req, res) => {
    let file = path.join(dist, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(dist)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`http://127.0.0.1:${port}/tools/allocation/`);
    await page.locator('.alloc-tool[data-state="ready"]').waitFor();
    const t0 = performance.now();
    await page.getByTestId('ledger-input').setInputFiles(csv);
    await page.getByTestId('ledger-messages').filter({ hasText: '已载入' }).waitFor({ timeout: 120_000 });
    await page.getByTestId('total').waitFor();
    const loadMs = performance.now() - t0;
    const editMs: number[] = [];
    const updatedMs: number[] = [];
    for (let k = 0; k < 7; k++) {
      const [frame, updated] = await typeAndTime(page, 'coef-period-第二时段', '[data-testid="results"] tbody tr [data-testid="amount"]', String(1.1 + k / 10), 10_000);
      editMs.push(frame);
      updatedMs.push(updated);
    }
    // Scheme A becomes the five-step 农村小学示例 preset; then its 保底 is typed, compared with scheme B.
    await page.getByTestId('scheme-a').getByRole('button', { name: '按次分档计酬(农村小学示例)' }).click();
    await page.getByTestId('compare-table').waitFor({ timeout: 60_000 });
    const schemeFrameMs: number[] = [];
    const schemeUpdatedMs: number[] = [];
    for (let k = 0; k < 7; k++) {
      const [frame, updated] = await typeAndTime(page, 'a-step-1-rate-0-floor', '[data-testid="compare-table"] tbody tr td:nth-child(4)', String(36 + k), 20_000);
      schemeFrameMs.push(frame);
      schemeUpdatedMs.push(updated);
    }
    if (errors.length) return errors.join('; ');
    return { loadMs, editMs, updatedMs, schemeFrameMs, schemeUpdatedMs };
  } finally {
    await browser.close();
    server.close();
  }
}

mkdirSync(path.join(root, 'tests/bench/out'), { recursive: true });
const csvPath = path.join(root, 'tests/bench/out', `allocation-${ROWS}.csv`);
writeFileSync(csvPath, text.value);
const page = await inChromium(csvPath);

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
console.log(`| five-step scheme: first run | ${fmt(schemeFirst.ms)} |`);
console.log(`| five-step scheme: recompute after a step's value changes (median of ${REPEAT}) | ${fmt(schemeRecompute)} |`);
console.log(`| page keystroke in a step: form → scheme → compare with 七因素 (both run; median of ${REPEAT}) | ${fmt(schemeKeystroke)} |`);
console.log(`| export 学期公示 + 报酬统计 (median of ${REPEAT}) | ${fmt(exports)} |`);
if (typeof page === 'string') console.log(`| page in Chromium | skipped: ${page} |`);
else {
  const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`| page in Chromium: load the 台账 file until the table shows | ${fmt(page.loadMs)} |`);
  console.log(`| page in Chromium: type a coefficient → next frame painted (median of ${page.editMs.length}; max) | ${fmt(mid(page.editMs))}; ${fmt(Math.max(...page.editMs))} |`);
  console.log(`| page in Chromium: type a coefficient → every amount, chart and the 公示 updated (median; max) | ${fmt(mid(page.updatedMs))}; ${fmt(Math.max(...page.updatedMs))} |`);
  console.log(`| page in Chromium: type in a step of the five-step scheme → next frame painted (median of ${page.schemeFrameMs.length}; max; target 100 ms) | ${fmt(mid(page.schemeFrameMs))}; ${fmt(Math.max(...page.schemeFrameMs))} |`);
  console.log(`| page in Chromium: type in a step → comparison table and chart updated (median; max) | ${fmt(mid(page.schemeUpdatedMs))}; ${fmt(Math.max(...page.schemeUpdatedMs))} |`);
}

/**
 * Types `value` into the input `inputId` as a user would (an input event) and times, inside the page, the next
 * painted frame and the moment the text at `watched` changes (given up after `limitMs`).
 */
function typeAndTime(page: Page, inputId: string, watched: string, value: string, limitMs: number): Promise<[number, number]> {
  return page.evaluate(
    async ({ inputId, watched, value, limitMs }) => {
      const input = document.getElementById(inputId) as HTMLInputElement;
      const amount = () => document.querySelector(watched)?.textContent;
      const before = amount();
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const start = performance.now();
      setter.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await nextFrame();
      const frame = performance.now() - start;
      while (amount() === before && performance.now() - start < limitMs) await nextFrame();
      return [frame, performance.now() - start] as [number, number];
    },
    { inputId, watched, value, limitMs },
  );
}
