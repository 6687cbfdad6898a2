/**
 * The ledger self-check on careless and hostile files, beside the clean school of ledger.bench.ts: each
 * worst case is timed in its own Node process (time, CPU, peak memory, findings and their size as --json
 * writes them) and compared with the clean 100k-row check. Target: each under 2× the clean check.
 * `npm run bench -- ledger-worst`. Files go to tests/bench/out/ (git-ignored).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultSettings, schoolCalendar } from '../../src/lib/ledger/index.ts';
import { writeSchool } from './ledger/write-school.ts';
import type { NodeResult } from './ledger/node-check.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, 'out');
const settings = defaultSettings();
const semester = settings.semesters[0]!;
const schoolDays = schoolCalendar(settings, semester.start, semester.end).filter((d) => d.schoolDay).map((d) => d.date);
const HEADER = '日期,时段,开始时间,结束时间,班级或活动,服务类型,活动类别,活动内容,场地,参与学生人数,工号,姓名,人员类别,职责,课时数';

/** A 台账 of `n` rows, each made by `row(i)`, as one file in its own folder. */
function ledgerCase(name: string, n: number, row: (i: number) => string): string {
  const dir = path.join(out, `worst-${name}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const lines = [HEADER];
  for (let i = 0; i < n; i++) lines.push(row(i));
  writeFileSync(path.join(dir, 'ledger.csv'), `\uFEFF${lines.join('\r\n')}\r\n`);
  return dir;
}

const day = (i: number) => schoolDays[i % schoolDays.length]!;
const cases: [string, string][] = [
  // A copy-paste slip: one 工号 in 3,000 different groups at the same time on one day.
  ['3,000 rows, one person in every session at once', ledgerCase('same-person', 3000, (i) => `${day(0)},第一时段,15:30,16:30,班${i},作业辅导,,答疑,教室${i},30,00101,王丽,本校教职工,主讲,1.5`)],
  // 场地 is optional: left empty everywhere.
  ['100k rows, 场地 empty', ledgerCase('no-venue', 100_000, (i) => `${day(Math.floor(i / 1250))},第一时段,15:30,16:30,班${i % 1250},作业辅导,,答疑,,30,T${i % 1250},教师${i % 1250},本校教职工,主讲,1.5`)],
  ['200k identical rows', ledgerCase('identical', 200_000, () => `${day(0)},第一时段,15:30,16:30,一(1)班,作业辅导,,答疑,一(1)班教室,30,00101,王丽,本校教职工,主讲,1.5`)],
  // Every row has a finding: 9 课时 in a 60-minute session.
  ['100k rows, a finding on every row', ledgerCase('all-bad', 100_000, (i) => `${day(Math.floor(i / 1250))},第一时段,15:30,16:30,班${i % 1250},作业辅导,,答疑,教室${i % 1250},30,T${i % 1250},教师${i % 1250},本校教职工,主讲,9`)],
];

function nodeCheck(dir: string): NodeResult | string {
  const r = spawnSync(process.execPath, ['--expose-gc', path.join(here, 'ledger/node-check.ts'), dir], { encoding: 'utf8', maxBuffer: 1 << 26, timeout: 600_000 });
  if (r.status !== 0) return `failed (${r.status ?? r.signal}): ${r.stderr.slice(-300).replace(/\s+/g, ' ')}`;
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as NodeResult;
}

const fmt = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en-US')} KB`;

const cleanDir = path.join(out, 'worst-clean-100000');
rmSync(cleanDir, { recursive: true, force: true });
writeSchool(cleanDir, { seed: 1, schoolDays, periods: settings.periods, lessonMinutes: settings.lessonMinutes, semester: semester.name, rows: 100_000 });
const clean = nodeCheck(cleanDir);
if (typeof clean === 'string') throw new Error(`clean check ${clean}`);

const rows = [`| clean school, ${clean.rows.toLocaleString('en-US')} rows (baseline) | ${fmt(clean.totalMs)} | ${fmt(clean.cpuMs)} | ${Math.round(clean.peakRssMB)} MB | ${clean.findings} | ${kb(clean.findingsBytes)} | 1.0× | |`];
let over = 0;
for (const [label, dir] of cases) {
  const r = nodeCheck(dir);
  if (typeof r === 'string') {
    rows.push(`| ${label} | ${r} | | | | | | ✗ |`);
    over++;
    continue;
  }
  // CPU time decides: on a shared machine wall time mostly measures the neighbours.
  const ratio = r.cpuMs / clean.cpuMs;
  if (ratio >= 2) over++;
  const slowest = r.slowestRules[0] ? `${r.slowestRules[0][0]} ${fmt(r.slowestRules[0][1])}` : '';
  rows.push(`| ${label} | ${fmt(r.totalMs)} | ${fmt(r.cpuMs)} | ${Math.round(r.peakRssMB)} MB | ${r.findings} | ${kb(r.findingsBytes)} | ${(r.totalMs / clean.totalMs).toFixed(2)}× / ${ratio.toFixed(2)}× | ${ratio < 2 ? '✓' : '✗'} slowest: ${slowest} |`);
}

console.log('\n### 台账自查 on worst-case files (Node 22, sql.js, one thread)\n');
console.log('| file | whole check | CPU | peak RSS | findings | findings as --json | ÷ clean (wall / CPU) | under 2× (CPU) |');
console.log('|---|---:|---:|---:|---:|---:|---:|---|');
console.log(rows.join('\n'));
console.log(`\nTarget: each worst case under 2× the clean 100k-row check. ${over === 0 ? 'All within.' : `${over} over.`} (Figures on a shared machine are noisy.)`);
