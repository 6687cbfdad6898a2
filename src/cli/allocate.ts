/**
 * `kehou allocate 台账.csv --fund 60000 [--scores FILE] [--config FILE] [--json]
 *  [--semester 学期] [--disclosure FILE] [--pay-report FILE]`: the page's allocation model for batch use.
 * Exit code 0 = allocated, 1 = the inputs do not allow an allocation, 2 = usage or unreadable file.
 */
import { writeFile } from 'node:fs/promises';
import { escapeControls, readInputFile, safeJson } from './io.ts';
import { DEFAULT_MAX_BYTES } from '../lib/ledger/format/decode.ts';
import { DEFAULT_JSON_MAX_BYTES } from '../lib/files/json-file.ts';
import path from 'node:path';
import { describeParts, readLedgers, readScores, semesterDisclosureCsv, payReportCsv } from '../lib/allocation/io.ts';
import { isWorkbook, loadXlsx } from '../lib/files/workbook.ts';
import { readSettingsFile } from '../lib/ledger/settings-file.ts';
import type { ColumnNames } from '../lib/ledger/format/headers.ts';
import { aggregateSessions, allocate } from '../lib/allocation/model.ts';
import { defaultScenario, parseScenarioJson, SCENARIO_FILE, semesterOfWork, type Scenario } from '../lib/allocation/scenario.ts';
import { parseYuan, formatYuan } from '../lib/allocation/money.ts';
import { resultRecord, schemeResultRecord, approxYuan, round4 } from '../lib/allocation/report.ts';
import { ALLOCATE_CLI, FORMULA } from '../lib/allocation/messages.ts';
import { runScheme } from '../lib/allocation/steps.ts';
import type { Scheme } from '../lib/allocation/scheme.ts';
import type { Score } from '../lib/allocation/schema.ts';
import type { LedgerSessions } from '../lib/allocation/io.ts';
import { schemeBasisLabel } from '../lib/allocation/messages.ts';
import { formatCheck } from '../lib/allocation/checks.ts';
import { formatHundredths } from '../lib/ledger/summaries/summarize.ts';
import { citation } from '../lib/policy/clauses.ts';
import { cliText } from '../lib/cli/messages.ts';
import { SEVERITY_LABELS } from '../lib/policy/severity.ts';

const T = ALLOCATE_CLI;
const USAGE = T.usage;

interface Args {
  /** 台账 files (a semester's months; CSV or Excel workbooks). */
  ledgers?: string[];
  fund?: string;
  scores?: string;
  config?: string;
  semester?: string;
  disclosure?: string;
  payReport?: string;
  /** The ledger check's settings file: its column names (列对应) read the 台账 as the page does. */
  settings?: string;
  json: boolean;
  help: boolean;
}

const VALUE_OPTIONS = {
  '--fund': 'fund',
  '--scores': 'scores',
  '--config': 'config',
  '--semester': 'semester',
  '--disclosure': 'disclosure',
  '--pay-report': 'payReport',
  '--settings': 'settings',
} as const;

function parseArgs(argv: string[]): Args | string {
  const out: Args = { json: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') out.json = true;
    else if (a === '--help' || a === '-h') out.help = true;
    else if (a in VALUE_OPTIONS) {
      const value = argv[++i];
      if (value === undefined) return cliText('needsValue', { option: a });
      out[VALUE_OPTIONS[a as keyof typeof VALUE_OPTIONS]] = value;
    } else if (a.startsWith('--')) return cliText('unknownOption', { option: escapeControls(a) });
    else (out.ledgers ??= []).push(a);
  }
  return out;
}

const readBytes = (file: string, limit = DEFAULT_MAX_BYTES) => readInputFile(file, limit);

function fail(messages: string[], code: number): number {
  for (const m of messages) console.error(escapeControls(m).replaceAll('\\n', '\n'));
  return code;
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') return fail([args, USAGE], 2);
  if (args.help) {
    console.log(`${USAGE}\n\n${T.formulaHeading}\n${FORMULA.map((f, i) => `  ${i + 1}. ${f}`).join('\n')}`);
    return 0;
  }
  if (!args.ledgers?.length) return fail([T.needsLedger, USAGE], 2);

  let scenario: Scenario = defaultScenario();
  if (args.config) {
    const bytes = await readBytes(args.config, SCENARIO_FILE.maxBytes);
    if (typeof bytes === 'string') return fail([bytes], 2);
    const loaded = parseScenarioJson(path.basename(args.config), bytes);
    if (!loaded.ok) return fail(loaded.messages, 2);
    scenario = loaded.value;
  }
  if (args.semester !== undefined) scenario.semester = args.semester;

  if (args.fund !== undefined) {
    const fund = parseYuan(args.fund);
    if (!fund.ok) return fail([`--fund ${formatCheck('allocation.fund-valid', { value: escapeControls(args.fund), reason: fund.reason })}`, USAGE], 2);
    scenario.fundFen = fund.fen;
  } else if (!args.config) {
    return fail([T.needsFund, USAGE], 2);
  }

  let columns: ColumnNames = {};
  if (args.settings) {
    const bytes = await readBytes(args.settings, DEFAULT_JSON_MAX_BYTES);
    if (typeof bytes === 'string') return fail([bytes], 2);
    const read = readSettingsFile(escapeControls(args.settings), bytes);
    if (!read.ok) return fail([read.message], 2);
    for (const note of read.notes) console.error(escapeControls(note));
    columns = read.settings.columns as ColumnNames;
  }
  const inputs: { name: string; bytes: Uint8Array }[] = [];
  for (const file of args.ledgers) {
    const bytes = await readBytes(file);
    if (typeof bytes === 'string') return fail([bytes], 2);
    inputs.push({ name: path.basename(file), bytes });
  }
  const xlsx = inputs.some((f) => isWorkbook(f.bytes)) ? await loadXlsx() : undefined;
  const ledger = readLedgers(inputs, { xlsx, columns, via: 'cli' });
  if (!ledger.ok) return fail(ledger.messages, 1);

  // Without a saved scenario or --semester, the semester is the one the 台账's sessions fall in.
  if (!args.config && args.semester === undefined) scenario.semester = semesterOfWork(aggregateSessions(ledger.value.sessions)) ?? scenario.semester;

  let scores = scenario.scores;
  if (args.scores) {
    const bytes = await readBytes(args.scores);
    if (typeof bytes === 'string') return fail([bytes], 2);
    const read = readScores(path.basename(args.scores), bytes);
    if (!read.ok) return fail(read.messages, 1);
    scores = read.value;
  }

  if (scenario.scheme) return runSavedScheme(scenario, scenario.scheme, ledger.value, scores, args);

  const outcome = allocate({
    fundFen: scenario.fundFen,
    coefficients: scenario.coefficients,
    shares: scenario.shares,
    people: aggregateSessions(ledger.value.sessions),
    scores,
  });
  if (!outcome.ok) return fail(outcome.errors.map((e) => T.finding(SEVERITY_LABELS[e.severity], e.message, citation('1.1.5'))), 1);
  const result = outcome.result;

  if (args.disclosure) await writeFile(args.disclosure, semesterDisclosureCsv(scenario.semester, result));
  if (args.payReport) await writeFile(args.payReport, payReportCsv(scenario.semester, result));

  if (args.json) {
    console.log(safeJson(resultRecord(result)));
    return 0;
  }
  console.log(T.summary(scenario.semester, formatYuan(result.fundFen), result.people.length, ledger.value.rows, formatHundredths(result.totalHundredths)));
  for (const line of describeParts(ledger.value.parts)) console.log(T.read(escapeControls(line)));
  console.log(T.header.join('\t'));
  for (const p of result.people) {
    console.log(
      [
        escapeControls(p.staffId),
        escapeControls(p.name),
        formatHundredths(p.hundredths),
        round4(p.weightedHours),
        round4(p.performance),
        approxYuan(p.workloadPartFen),
        approxYuan(p.performancePartFen),
        approxYuan(p.exactFen),
        formatYuan(p.amountFen),
        formatYuan(p.equalPerHeadFen),
        formatYuan(p.equalPerHourFen),
      ].join('\t'),
    );
  }
  console.log(`${T.total}\t\t${formatHundredths(result.totalHundredths)}\t${round4(result.totalWeightedHours)}\t\t\t\t\t${formatYuan(result.paidFen)}`);
  for (const w of result.warnings) console.log(T.warning(SEVERITY_LABELS[w.severity], escapeControls(w.message)));
  return 0;
}

/** A scenario that carries a scheme of steps: the scheme decides the amounts. */
async function runSavedScheme(scenario: Scenario, scheme: Scheme, ledger: LedgerSessions, scores: Score[], args: Args): Promise<number> {
  const outcome = runScheme({ scheme, fundFen: scenario.fundFen, people: aggregateSessions(ledger.sessions), scores });
  if (!outcome.ok) return fail(outcome.errors.map((e) => T.finding(SEVERITY_LABELS[e.severity], e.message, citation('1.1.5'))), 1);
  const result = outcome.result;
  if (args.disclosure) await writeFile(args.disclosure, semesterDisclosureCsv(scenario.semester, result));
  if (args.payReport) await writeFile(args.payReport, payReportCsv(scenario.semester, result));
  if (args.json) {
    console.log(safeJson(schemeResultRecord(result)));
    return 0;
  }
  const hours = result.people.reduce((a, p) => a + p.hundredths, 0);
  console.log(T.schemeSummary(escapeControls(scenario.semester), escapeControls(scheme.name), escapeControls(schemeBasisLabel(scheme.basis)), formatYuan(result.fundFen), result.people.length, ledger.rows, formatHundredths(hours)));
  for (const line of describeParts(ledger.parts)) console.log(T.read(escapeControls(line)));
  result.steps.forEach((s) => console.log(T.step(s.index + 1, escapeControls(s.label), approxYuan(s.totalFen))));
  console.log(T.schemeHeader(result.steps.map((s) => escapeControls(s.label))).join('\t'));
  for (const p of result.people) {
    console.log([escapeControls(p.staffId), escapeControls(p.name), formatHundredths(p.hundredths), ...p.partsFen.map(approxYuan), formatYuan(p.amountFen)].join('\t'));
  }
  for (const r of result.reserves) console.log(`${T.reserve(escapeControls(r.label))}\t${formatYuan(r.amountFen)}`);
  if (result.unallocatedFen) console.log(`${T.unallocated}\t${formatYuan(result.unallocatedFen)}`);
  console.log(`${T.totalPaid}\t${formatYuan(result.paidFen)}`);
  for (const w of result.warnings) console.log(T.warning(SEVERITY_LABELS[w.severity], escapeControls(w.message)));
  return 0;
}
