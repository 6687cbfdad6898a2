/**
 * 学段中心审核 at district scale: 300 schools × one semester (≈3,000 台账 rows each, ≈900k rows, a few
 * planted defects per school). Measures `kehou review` with one and two worker threads (wall time,
 * per-school times, peak memory, throughput) and the page /tools/review/ in Chromium (needs `npm run
 * build`), each also on a 30-school district to show that peak memory does not grow with the schools.
 * REVIEW_BENCH_SCHOOLS, REVIEW_BENCH_ROWS pick the size; REVIEW_BENCH_PORT the page server's port.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../e2e/chromium.ts';
import { writeDistrict, schoolName, type District } from './review/district.ts';
import { sampleTree, treeCpuMs } from './review/process-memory.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const out = path.join(here, 'out');
const SCHOOLS = Number(process.env.REVIEW_BENCH_SCHOOLS ?? 300);
const ROWS = Number(process.env.REVIEW_BENCH_ROWS ?? 3000);
const SMALL = Math.min(30, SCHOOLS);
const PORT = Number(process.env.REVIEW_BENCH_PORT ?? 4405);

const fmt = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const perSec = (n: number, ms: number) => Math.round((n / ms) * 1000).toLocaleString('en-US');

mkdirSync(out, { recursive: true });
const big = writeDistrict(path.join(out, `review-${SCHOOLS}x${ROWS}`), SCHOOLS, ROWS);
const smallDir = path.join(out, `review-${SMALL}x${ROWS}`);
if (!existsSync(path.join(smallDir, schoolName(SMALL - 1)))) {
  rmSync(smallDir, { recursive: true, force: true });
  for (let i = 0; i < SMALL; i++) cpSync(path.join(big.dir, schoolName(i)), path.join(smallDir, schoolName(i)), { recursive: true });
}
const small: District = { dir: smallDir, schools: big.schools.slice(0, SMALL), rows: Math.round((big.rows * SMALL) / SCHOOLS), generatedMs: null };

interface CliRun {
  ms: number;
  cpuMs: number;
  peakMB: number;
  schools: number;
  findings: number;
  errors: number;
  schoolsWithErrors: number;
  perSchool: number[];
  exit: number | null;
}

function cli(d: District, jobs: number): CliRun {
  const args = ['-f', '%e %M %U %S', process.execPath, path.join(root, 'bin/kehou.mjs'), 'review', d.dir, '--json', '--jobs', String(jobs)];
  const start = performance.now();
  const r = spawnSync('/usr/bin/time', args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  const [, rssKb, user, sys] = (r.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  const json = JSON.parse(r.stdout) as {
    schools: { summary: { ms: number; counts: { error: number } }; findings: unknown[] }[];
    district: { withErrors: string[] };
  };
  return {
    ms,
    cpuMs: ((user ?? 0) + (sys ?? 0)) * 1000,
    peakMB: (rssKb ?? 0) / 1024,
    schools: json.schools.length,
    findings: json.schools.reduce((n, s) => n + s.findings.length, 0),
    errors: json.schools.reduce((n, s) => n + s.summary.counts.error, 0),
    schoolsWithErrors: json.district.withErrors.length,
    perSchool: json.schools.map((s) => s.summary.ms).sort((a, b) => a - b),
    exit: r.status,
  };
}

async function page(d: District): Promise<{ ms: number; peakMB: number; cpuMs: number; cores: number } | string> {
  const executablePath = chromiumPath();
  if (!executablePath) return 'no Chromium found (set CHROMIUM_PATH)';
  if (!existsSync(path.join(root, 'dist/tools/review/index.html'))) return 'no dist/ (run `npm run build` first)';
  const server = spawn(process.execPath, [path.join(root, 'tools/serve.mjs')], { env: { ...process.env, KEHOU_PORT: String(PORT) }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => server.stdout!.once('data', resolve));
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(String(e)));
    await tab.goto(`http://127.0.0.1:${PORT}/tools/review/`);
    await tab.locator('.review-tool[data-state="ready"]').waitFor();
    const memory = sampleTree(process.pid);
    const cpuStart = treeCpuMs(process.pid);
    const start = performance.now();
    await tab.getByTestId('folder-input').setInputFiles(d.dir);
    await tab.locator(`.review-tool[data-checked="${d.schools.length}"][data-running="no"]`).waitFor({ timeout: 600_000 });
    const ms = performance.now() - start;
    // The browser's processes only (the page server is a child of this process too, but idle meanwhile).
    const cpuMs = treeCpuMs(process.pid) - cpuStart;
    const peakMB = memory.stop();
    if (errors.length) return errors.join('; ');
    return { ms, peakMB, cpuMs, cores: await tab.evaluate(() => navigator.hardwareConcurrency) };
  } finally {
    await browser.close();
    server.kill();
  }
}

const pct = (list: number[], p: number) => list[Math.min(list.length - 1, Math.floor(list.length * p))] ?? 0;
const lines: string[] = [];
const runs: [string, District, number][] = [
  [`${SCHOOLS} schools`, big, 1],
  [`${SCHOOLS} schools`, big, 2],
  [`${SMALL} schools`, small, 2],
];
for (const [label, d, jobs] of runs) {
  const r = cli(d, jobs);
  lines.push(
    `| \`kehou review\` ${label} (${d.rows.toLocaleString('en-US')} rows) | ${jobs} | **${fmt(r.ms)}** | ${perSec(d.rows, r.ms)} | ${perSec(r.schools, r.ms)} | ${fmt(pct(r.perSchool, 0.5))} / ${fmt(pct(r.perSchool, 0.95))} / ${fmt(pct(r.perSchool, 1))} | ${Math.round(r.peakMB)} MB | ${fmt(r.cpuMs)} | ${r.findings} (${r.errors} 错误, ${r.schoolsWithErrors} schools), exit ${r.exit} |`,
  );
}
for (const d of [big, small]) {
  const p = await page(d);
  lines.push(
    typeof p === 'string'
      ? `| page /tools/review/ ${d.schools.length} schools | | ${p} | | | | | | |`
      : `| page /tools/review/ in Chromium, ${d.schools.length} schools | ${p.cores} workers | **${fmt(p.ms)}** | ${perSec(d.rows, p.ms)} | ${perSec(d.schools.length, p.ms)} | | ${Math.round(p.peakMB)} MB (browser, all processes) | ${fmt(p.cpuMs)} | |`,
  );
}

console.log(`\n### 学段中心审核: ${SCHOOLS} schools × ≈${ROWS.toLocaleString('en-US')} 台账 rows (one semester, 3 planted defects per school)\n`);
if (big.generatedMs !== null) console.log(`District generated and written in ${fmt(big.generatedMs)}.\n`);
console.log('| run | threads | wall time | rows/s | schools/s | per school: median / p95 / max | peak memory | CPU time | findings |');
console.log('|---|---:|---:|---:|---:|---|---:|---:|---|');
console.log(lines.join('\n'));
console.log('\nTargets on a 2-core machine: CLI < 30 s, page < 60 s for 300 schools; peak memory about the same for 30 and 300 schools.');
console.log('Per-school times are each school\'s check inside its thread (two threads share two cores with the main thread).');
console.log('Wall times depend on what else runs on the machine; CPU time (user + system, all threads or browser processes) does much less.');
console.log('Browser memory is the sum of its processes\' resident sets (pages shared between processes are counted in each).');
