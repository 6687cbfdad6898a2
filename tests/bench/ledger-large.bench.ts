/**
 * Does the ledger page's tab survive a file at its size limit? Writes a generated 台账 as large as one file may
 * be (DEFAULT_MAX_BYTES, 100 MB; LEDGER_LARGE_MB to change), as CSV and as .xlsx (LEDGER_LARGE_FORMATS=csv,xlsx),
 * loads each into the built page (/tools/ledger/ from dist/, so run `npm run build` first) in Chromium, checks
 * it to the end and prints: time to read the file, time to check, the browser's peak memory (all its processes),
 * whether the tab survived and what the page said, and how the progress bar behaved (the longest it stood still,
 * and its estimate of the time left against the real one).
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../e2e/chromium.ts';
import { DEFAULT_MAX_BYTES, defaultSettings, schoolCalendar } from '../../src/lib/ledger/index.ts';
import { DEFECT_NAMES } from '../../src/lib/ledger/sample/index.ts';
import { WORK_COSTS } from '../../src/lib/ledger/engine/costs.ts';
import { writeSchool } from './ledger/write-school.ts';
import { sampleTree } from './review/process-memory.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const target = Math.floor(Number(process.env.LEDGER_LARGE_MB ?? DEFAULT_MAX_BYTES / 1024 / 1024) * 1024 * 1024);
const formats = (process.env.LEDGER_LARGE_FORMATS ?? 'csv,xlsx').split(',');
const PORT = Number(process.env.LEDGER_LARGE_PORT ?? 4406);
const dir = path.join(here, 'out', `ledger-large-${target}`);

const fmt = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Cuts a CSV file at the last line end at or before `bytes`. */
function cutAt(file: string, bytes: number): void {
  if (statSync(file).size <= bytes) return;
  const fd = openSync(file, 'r');
  const tail = Buffer.alloc(64 * 1024);
  readSync(fd, tail, 0, tail.length, bytes - tail.length);
  closeSync(fd);
  truncateSync(file, bytes - tail.length + tail.lastIndexOf(0x0a) + 1);
}

/** A generated 台账 CSV of at most `bytes` (cut at a line end), in `into`. */
function writeCsv(into: string, bytes: number): string {
  const file = path.join(into, 'ledger.csv');
  if (existsSync(file) && statSync(file).size > bytes * 0.99 && statSync(file).size <= bytes) return file;
  const settings = defaultSettings();
  const semester = settings.semesters[0]!;
  const schoolDays = schoolCalendar(settings, semester.start, semester.end).filter((d) => d.schoolDay).map((d) => d.date);
  writeSchool(into, { seed: 7, schoolDays, periods: settings.periods, lessonMinutes: settings.lessonMinutes, semester: semester.name, rows: Math.ceil((bytes / WORK_COSTS.csvBytesPerRow) * 1.1), defects: DEFECT_NAMES });
  cutAt(file, bytes);
  return file;
}

/**
 * The same rows as an .xlsx, cells as the site's own export writes them (ledger/write-xlsx.ts); with
 * LEDGER_LARGE_XLSX_FULL=1, a workbook as large as the limit (about three times the CSV's rows).
 */
function writeXlsx(csv: string, full: boolean): string | null {
  const file = path.join(path.dirname(csv), full ? 'ledger-full.xlsx' : 'ledger.xlsx');
  if (existsSync(file) && statSync(file).size <= target) return file;
  const r = spawnSync(process.execPath, ['--max-old-space-size=8000', path.join(here, 'ledger/write-xlsx.ts'), csv, file, String(target)], { stdio: ['ignore', 'inherit', 'inherit'] });
  return r.status === 0 ? file : null;
}

interface PageRun {
  readMs: number;
  checkMs: number;
  peakMB: number;
  survived: boolean;
  said: string;
  longestStillMs: number;
  /** At a quarter, half and three quarters of the check: the page's 约还需 against the time that really was left. */
  estimates: string[];
}

async function runPage(file: string): Promise<PageRun | string> {
  const executablePath = chromiumPath();
  if (!executablePath) return 'no Chromium found (set CHROMIUM_PATH)';
  if (!existsSync(path.join(root, 'dist/tools/ledger/index.html'))) return 'no dist/ (run `npm run build` first)';
  const server = spawn(process.execPath, [path.join(root, 'tools/serve.mjs')], { env: { ...process.env, KEHOU_PORT: String(PORT) }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => server.stdout!.once('data', resolve));
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    const tab = await browser.newPage();
    let crashed = false;
    tab.on('crash', () => (crashed = true));
    await tab.goto(`http://127.0.0.1:${PORT}/tools/ledger/`);
    await tab.locator('.ledger-checker[data-state="ready"]').waitFor();
    const memory = sampleTree(process.pid);
    const start = performance.now();
    await tab.locator('.ledger-files input[type="file"]').setInputFiles(file);
    await tab.locator('.ledger-file-table tbody tr').first().waitFor({ timeout: 600_000 });
    await tab.locator('[data-cell="kind"]', { hasText: '读取中' }).waitFor({ state: 'detached', timeout: 600_000 });
    const readMs = performance.now() - start;
    const checkStart = performance.now();
    await tab.getByRole('button', { name: '开始检查' }).click();
    // Watch the bar until the findings or a message show (or the tab dies).
    const samples: { t: number; fraction: number; left: string }[] = [];
    let said = '';
    for (;;) {
      if (crashed) break;
      const state = await tab
        .evaluate(() => {
          const bar = document.querySelector('[data-testid="check-progress"]');
          const findings = document.querySelector('[data-testid="findings"]');
          const alert = document.querySelector('.ledger-checker .ledger-problem');
          return { fraction: bar?.getAttribute('data-fraction'), left: document.querySelector('[data-testid="check-estimate"]')?.textContent ?? '', done: Boolean(findings), alert: alert?.textContent ?? '', running: Boolean(bar) };
        })
        .catch(() => null);
      if (!state) {
        crashed = true;
        break;
      }
      if (state.fraction) samples.push({ t: performance.now() - checkStart, fraction: Number(state.fraction), left: state.left });
      if (state.done) {
        said = (await tab.locator('.ledger-counts').first().textContent().catch(() => '')) ?? 'findings shown';
        break;
      }
      if (state.alert && !state.running) {
        said = state.alert;
        break;
      }
      if (performance.now() - checkStart > 1_800_000) {
        said = 'gave up after 30 minutes';
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const checkMs = performance.now() - checkStart;
    const peakMB = memory.stop();
    let longestStillMs = 0;
    let since = 0;
    for (let i = 1; i < samples.length; i++) {
      if (samples[i]!.fraction !== samples[i - 1]!.fraction) since = samples[i]!.t;
      longestStillMs = Math.max(longestStillMs, samples[i]!.t - since);
    }
    const estimates = [0.25, 0.5, 0.75].map((q) => {
      const s = samples.find((x) => x.t >= q * checkMs);
      return s ? `at ${fmt(s.t)}: “${s.left}”, really ${fmt(checkMs - s.t)} left` : '—';
    });
    return { readMs, checkMs, peakMB, survived: !crashed, said: crashed ? 'the tab crashed' : said.trim().replace(/\s+/g, ' ').slice(0, 120), longestStillMs, estimates };
  } finally {
    await browser.close();
    server.kill();
  }
}

mkdirSync(dir, { recursive: true });
const csv = writeCsv(dir, target);
const files: [string, string | null][] = [];
if (formats.includes('csv')) files.push(['CSV', csv]);
if (formats.includes('xlsx')) files.push(['.xlsx (the same rows)', writeXlsx(csv, false)]);
if (process.env.LEDGER_LARGE_XLSX_FULL) {
  const fullDir = path.join(dir, 'full');
  mkdirSync(fullDir, { recursive: true });
  files.push(['.xlsx (at the limit)', writeXlsx(writeCsv(fullDir, target * 3.2), true)]);
}

console.log(`\n### One 台账 file at the ledger page's size limit (${mb(DEFAULT_MAX_BYTES)}) in Chromium\n`);
console.log('| file | size | read (file list) | check | peak memory (browser, all processes) | tab survived | the page said | bar stood still at most | estimate of time left |');
console.log('|---|---:|---:|---:|---:|---|---|---:|---|');
for (const [label, file] of files) {
  if (!file) {
    console.log(`| ${label} | | could not be written | | | | | | |`);
    continue;
  }
  const r = await runPage(file);
  const size = mb(statSync(file).size);
  console.log(
    typeof r === 'string'
      ? `| ${label} | ${size} | ${r} | | | | | | |`
      : `| ${label} | ${size} | ${fmt(r.readMs)} | **${fmt(r.checkMs)}** | ${Math.round(r.peakMB)} MB | **${r.survived ? 'yes' : 'NO'}** | ${r.said} | ${fmt(r.longestStillMs)} | ${r.estimates.join('; ')} |`,
  );
}
console.log('\nTimes depend on what else runs on the machine. Memory is the sum of the browser processes\' resident sets.');
