/**
 * `kehou review DIR [--json] [--jobs N] [--sample N --seed S]`: the 学段中心's batch review. DIR (or a
 * .zip) holds one folder or one workbook per school; each school is checked on its own, exactly as
 * `kehou check` on its files alone, in a pool of worker threads. Exit 0 = no school has an 错误,
 * 1 = at least one has, 2 = DIR or an option could not be used.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { SEVERITY_LABELS, SEVERITY_ORDER } from '../lib/policy/severity.ts';
import { REVIEW_CLI } from '../lib/review/ui-text.ts';
import { cliText } from '../lib/cli/messages.ts';
import { hoursText, perHourText, shareText, yuanText } from '../lib/review/format.ts';
import { ruleTitle } from '../lib/ledger/catalogue.ts';
import { escapeControls, safeJson } from './io.ts';
import {
  districtFigures,
  drawSample,
  expandZips,
  groupSchools,
  noteText,
  planBatch,
  REVIEW_STATUS_LABELS,
  runPool,
  sampleChecklist,
  summarizeSchool,
  utf8,
  type FileEntry,
  type SchoolResult,
} from '../lib/review/index.ts';
import type { SchoolTask } from './review-worker.ts';

const USAGE = REVIEW_CLI.usage;

interface Args {
  dir: string;
  json: boolean;
  jobs: number | null;
  sample: number | null;
  seed: string | null;
  perSchool: number;
}

function count(value: string | undefined, option: string, min: number): number | string {
  const n = Number(value);
  return value !== undefined && Number.isInteger(n) && n >= min ? n : REVIEW_CLI.needsInteger(option, min);
}

function parseArgs(args: string[]): Args | string {
  const out: Args = { dir: '', json: false, jobs: null, sample: null, seed: null, perSchool: 3 };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') out.json = true;
    else if (a === '--jobs' || a === '--sample' || a === '--per-school') {
      const n = count(args[++i], a, a === '--jobs' ? 1 : 0);
      if (typeof n === 'string') return n;
      if (a === '--jobs') out.jobs = n;
      else if (a === '--sample') out.sample = n;
      else out.perSchool = n;
    } else if (a === '--seed') {
      const seed = args[++i];
      if (!seed) return REVIEW_CLI.seedNeedsValue;
      out.seed = seed;
    } else if (a.startsWith('--')) return cliText('unknownOption', { option: a });
    else if (out.dir) return REVIEW_CLI.oneFolder;
    else out.dir = a;
  }
  if (!out.dir) return REVIEW_CLI.noFolder;
  if (out.sample !== null && out.seed === null) return REVIEW_CLI.sampleNeedsSeed;
  return out;
}

interface Item {
  path: string;
  abs?: string;
  bytes?: Uint8Array;
}

/** Every file under DIR ('/'-separated paths starting with DIR's name); zips opened in place. */
async function collect(dir: string): Promise<{ items: Item[]; notes: ReturnType<typeof expandZips>['notes'] }> {
  const info = await stat(dir);
  const zips: FileEntry[] = [];
  const items: Item[] = [];
  if (info.isFile()) zips.push({ path: path.basename(dir), bytes: new Uint8Array(await readFile(dir)) });
  else
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const abs = path.resolve(entry.parentPath, entry.name);
      // Relative to DIR's parent, as a browser names a picked folder's files: DIR itself may be one school.
      const rel = path.relative(path.dirname(path.resolve(dir)), abs).split(path.sep).join('/');
      if (/\.zip$/i.test(entry.name)) zips.push({ path: rel, bytes: new Uint8Array(await readFile(abs)) });
      else items.push({ path: rel, abs });
    }
  const expanded = expandZips(zips);
  return { items: [...items, ...expanded.files], notes: expanded.notes };
}

function startWorkers(n: number): { workers: Worker[]; run: (task: SchoolTask, worker: number) => Promise<SchoolResult> } {
  const workers = Array.from({ length: n }, () => new Worker(new URL('./review-worker.ts', import.meta.url)));
  const run = (task: SchoolTask, i: number) =>
    new Promise<SchoolResult>((resolve, reject) => {
      const w = workers[i]!;
      const done = (result: SchoolResult) => {
        w.off('error', failed);
        resolve(result);
      };
      const failed = (error: Error) => {
        w.off('message', done);
        reject(error);
      };
      w.once('message', done);
      w.once('error', failed);
      w.postMessage(task);
    });
  return { workers, run };
}


export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    console.error(`${args}\n${USAGE}`);
    return 2;
  }
  let collected: Awaited<ReturnType<typeof collect>>;
  try {
    collected = await collect(args.dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    console.error(REVIEW_CLI.unreadable(args.dir, code === 'ENOENT' ? null : String(code ?? e)));
    return 2;
  }
  const grouped = groupSchools(collected.items);
  const batch = planBatch(grouped, (item) => (item.bytes ? utf8(item.bytes) : readFileSync(item.abs!, 'utf8')));
  const notes = [...collected.notes, ...batch.notes];
  if (batch.schools.length === 0) {
    console.error(REVIEW_CLI.noSchools(args.dir));
    for (const n of notes) console.error(noteText(n));
    return 2;
  }

  const threads = Math.max(1, Math.min(args.jobs ?? availableParallelism(), batch.jobs.length || 1));
  const { workers, run: runOne } = startWorkers(threads);
  const results = new Map<string, SchoolResult>();
  const started = performance.now();
  try {
    await runPool(
      batch.jobs.map((j): SchoolTask => ({ school: j.school, settings: j.settings, files: j.data.map((d) => ({ name: d.name, path: d.item.abs, bytes: d.item.bytes })) })),
      threads,
      runOne,
      (result) => {
        results.set(result.school, result);
        if (!args.json && process.stderr.isTTY) process.stderr.write(REVIEW_CLI.progress(results.size, batch.jobs.length));
      },
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  if (!args.json && process.stderr.isTTY) process.stderr.write('\n');
  const totalMs = performance.now() - started;

  const summaries = batch.schools.map((s) => summarizeSchool(results.get(s) ?? null, s, batch.plans.get(s) ?? null));
  const district = districtFigures(summaries);
  const sample =
    args.sample !== null ? drawSample(batch.schools.map((s) => ({ school: s, figures: results.get(s)?.figures ?? null })), { seed: args.seed!, schools: args.sample, perSchool: args.perSchool }) : null;

  if (args.json) {
    console.log(
      safeJson(
        {
          schools: summaries.map((summary) => {
            const r = results.get(summary.school);
            const plan = batch.plans.get(summary.school);
            return {
              school: summary.school,
              summary,
              files: r?.files ?? [],
              findings: r?.findings ?? [],
              rules: r?.rules,
              plan: plan ? { file: plan.file, review: plan.review, findings: plan.findings } : null,
            };
          }),
          district,
          notes: notes.map((n) => ({ ...n, message: noteText(n) })),
          sample,
          threads,
          ms: Math.round(totalMs),
        },
      ),
    );
  } else {
    for (const s of summaries) {
      const plan = s.plan ? REVIEW_CLI.plan(REVIEW_STATUS_LABELS[s.plan.status], s.plan.counts.error, s.plan.counts.warning) : REVIEW_CLI.noPlan;
      console.log(REVIEW_CLI.school({ school: escapeControls(s.school), files: s.files, rows: s.rows, months: s.months, counts: s.counts, plan }));
      if (s.failed) console.log(REVIEW_CLI.failed(s.failed));
      if (s.topRules.length) console.log(REVIEW_CLI.topRules(s.topRules.map((r) => ({ title: ruleTitle(r.rule), count: r.count }))));
      for (const x of s.semesters) console.log(REVIEW_CLI.semester(x.name, hoursText(x.hours), x.payFen === null ? null : yuanText(x.payFen)));
    }
    console.log('');
    console.log(REVIEW_CLI.district({ schools: district.schools, checked: district.checked, rows: district.rows, seconds: (totalMs / 1000).toFixed(1), threads }));
    console.log(REVIEW_CLI.counts(SEVERITY_ORDER.map((s) => ({ label: SEVERITY_LABELS[s], count: district.counts[s] }))));
    console.log(REVIEW_CLI.withErrors(district.withErrors.length, escapeControls(REVIEW_CLI.schoolList(district.withErrors))));
    console.log(REVIEW_CLI.figures(district.payPerHour === null ? null : perHourText(district.payPerHour), district.externalShare === null ? null : shareText(district.externalShare)));
    if (notes.length) console.log(REVIEW_CLI.notes(notes.map((n) => escapeControls(noteText(n)))));
    if (sample) console.log(`\n${sampleChecklist(sample).split('\n').map(escapeControls).join('\n')}`);
  }
  return district.withErrors.length > 0 ? 1 : 0;
}
