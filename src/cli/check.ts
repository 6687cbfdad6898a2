/**
 * `kehou check FILE... [--json] [--settings FILE]`: the ledger self-check for batch review.
 * Exit code 0 = no 错误, 1 = at least one 错误, 2 = usage, or a file or the settings could not be read,
 * 3 = the program itself failed (main.ts).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import initSqlJs from 'sql.js';
import {
  checkLedgerFiles,
  DEFAULT_MAX_BYTES,
  defaultSettings,
  helpRequest,
  HELPER_MAX_BYTES,
  type LedgerSettings,
  type CheckReport,
  type LedgerInput,
  type QueueMessage,
  type QueuePort,
  type RuleHelper,
} from '../lib/ledger/index.ts';
import { readSettingsFile, SETTINGS_FILE } from '../lib/ledger/settings-file.ts';
import { DEFAULT_JSON_MAX_BYTES } from '../lib/files/json-file.ts';
import { escapeControls, readInputFile, safeJson } from './io.ts';
import { readLines, sheetPlace } from '../lib/ledger/summaries/read-report.ts';
import { citation, clauseHref } from '../lib/policy/clauses.ts';
import { basisText } from '../lib/policy/basis-text.ts';
import { ruleInfo, ruleTitle } from '../lib/ledger/catalogue.ts';
import { CHECK_CLI } from '../lib/ledger/ui-text.ts';
import { cliText, FILE_WHAT } from '../lib/cli/messages.ts';
import { SEVERITY_ORDER, type Severity } from '../lib/policy/severity.ts';

const USAGE = CHECK_CLI.usage;

interface Args {
  files: string[];
  json: boolean;
  settings?: string;
}

function parseArgs(args: string[]): Args | string {
  const out: Args = { files: [], json: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') out.json = true;
    else if (a === '--settings') {
      const value = args[++i];
      if (!value) return CHECK_CLI.settingsNeedsFile;
      out.settings = value;
    } else if (a.startsWith('--')) return cliText('unknownOption', { option: escapeControls(a) });
    else out.files.push(a);
  }
  return out.files.length ? out : CHECK_CLI.noFiles;
}

async function loadSettings(file: string | undefined): Promise<LedgerSettings | string> {
  if (!file) return defaultSettings();
  const bytes = await readInputFile(file, SETTINGS_FILE.maxBytes ?? DEFAULT_JSON_MAX_BYTES, FILE_WHAT.settings);
  if (typeof bytes === 'string') return bytes;
  const read = readSettingsFile(escapeControls(file), bytes);
  if (!read.ok) return read.message;
  // Said on stderr, so `--json` on stdout stays one document: an upgraded file, a key the file has that no setting takes.
  for (const note of read.notes) console.error(escapeControls(note));
  return read.settings;
}

/**
 * As on the page, a second thread shares the rules when the machine has the cores and the files are
 * not too large for a second copy of the database; `KEHOU_THREADS=1` turns it off. The thread starts
 * with the check, so it is ready by the time the data is loaded.
 */
function startHelper(inputs: LedgerInput[]): { worker: Worker; helper: RuleHelper } | null {
  if (process.env.KEHOU_THREADS === '1' || availableParallelism() < 2) return null;
  if (inputs.reduce((n, f) => n + f.bytes.length, 0) > HELPER_MAX_BYTES) return null;
  const worker = new Worker(new URL('./rule-helper.ts', import.meta.url));
  const port: QueuePort = { post: (message) => worker.postMessage(message), onmessage: null };
  worker.on('message', (message: QueueMessage) => port.onmessage?.(message));
  worker.on('error', (error) => port.onmessage?.({ type: 'gone', check: 1, reason: String(error) }));
  return {
    worker,
    helper: {
      check: 1,
      port,
      yieldToMessages: () => new Promise<void>((resolve) => setImmediate(resolve)),
      share: (db, loaded) => {
        const { message, transfer } = helpRequest(db, loaded, 1);
        worker.postMessage(message, transfer);
      },
      // For tests and benchmarks: how the rules were split.
      onShared: (run) => {
        if (process.env.KEHOU_DEBUG === 'threads') console.error(`rules: ${run.ranHere} main thread, ${run.ranByHelper} helper thread`);
      },
    },
  };
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    console.error(`${args}\n${USAGE}`);
    return 2;
  }
  const settings = await loadSettings(args.settings);
  if (typeof settings === 'string') {
    console.error(settings);
    return 2;
  }
  const inputs: LedgerInput[] = [];
  for (const file of args.files) {
    const bytes = await readInputFile(file, DEFAULT_MAX_BYTES);
    if (typeof bytes === 'string') {
      console.error(bytes);
      return 2;
    }
    inputs.push({ name: path.basename(file), bytes });
  }
  const thread = startHelper(inputs);
  let report: CheckReport;
  try {
    report = await checkLedgerFiles(inputs, settings, { SQL: await initSqlJs(), helper: thread?.helper });
  } finally {
    await thread?.worker.terminate();
  }
  const unreadable = report.findings.some((f) => f.rule === 'file.unreadable');
  const errors = report.findings.filter((f) => f.severity === 'error').length;

  if (args.json) {
    console.log(safeJson({ files: report.files, findings: report.findings, rules: report.rules }));
  } else {
    for (const line of readLines(report)) console.log(escapeControls(line));
    console.log('');
    for (const f of report.findings) {
      const where = [
        f.file === null ? null : escapeControls(f.file),
        f.sheet ? sheetPlace(escapeControls(f.sheet)) : null,
        f.row !== null ? CHECK_CLI.row(f.row) : null,
        f.column ? CHECK_CLI.column(escapeControls(f.column)) : null,
      ].filter(Boolean).join(' ');
      console.log(CHECK_CLI.finding(f.severity, where, escapeControls(f.message)));
      const info = ruleInfo(f.rule);
      console.log(CHECK_CLI.basis(f.rule, citation(f.clause), clauseHref(f.clause), ruleTitle(f.rule), info ? basisText(info.basis) : null));
    }
    const counts = Object.fromEntries(SEVERITY_ORDER.map((s) => [s, report.findings.filter((f) => f.severity === s).length])) as Record<Severity, number>;
    console.log(CHECK_CLI.total(counts, report.findings.length));
  }
  if (unreadable) return 2;
  return errors > 0 ? 1 : 0;
}
