/**
 * The cost model behind the ledger page's progress bar (src/lib/ledger/engine/costs.ts): how long each step of
 * a check takes per byte or per row, measured here on a generated school (LEDGER_COSTS_ROWS 台账 rows, default
 * 300,000; every sample defect planted). Each index and table of figures is built and timed on its own, then
 * each rule with all of them built, so a rule's cost is its own whoever builds the index first.
 * Prints the figures; LEDGER_COSTS_WRITE=1 writes them into costs.ts.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import initSqlJs from 'sql.js';
import * as XLSX from '@e965/xlsx';
import { defaultSettings, LEDGER_RULES, loadXlsx, readInput, schoolCalendar, validateFile } from '../../src/lib/ledger/index.ts';
import { CACHE_ALL_PAGES, createDatabase, loadDatabase, type LoadedData } from '../../src/lib/ledger/engine/load.ts';
import { LEDGER_INDEXES, LEDGER_TABLES, prepareSql } from '../../src/lib/ledger/engine/indexes.ts';
import { ruleApplies } from '../../src/lib/ledger/engine/run-rules.ts';
import { DEFECT_NAMES } from '../../src/lib/ledger/sample/index.ts';
import { parseCsv } from '../../src/lib/ledger/format/parse.ts';
import { writeLedgerXlsx } from './ledger/xlsx-stream.ts';
import { writeSchool } from './ledger/write-school.ts';
import type { FileKind } from '../../src/lib/ledger/index.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const target = Number(process.env.LEDGER_COSTS_ROWS ?? 300_000);
const settings = defaultSettings();
const semester = settings.semesters[0]!;
const schoolDays = schoolCalendar(settings, semester.start, semester.end).filter((d) => d.schoolDay).map((d) => d.date);
const dir = path.join(here, 'out', `ledger-costs-${target}`);
rmSync(dir, { recursive: true, force: true });
writeSchool(dir, { seed: 1, schoolDays, periods: settings.periods, lessonMinutes: settings.lessonMinutes, semester: semester.name, rows: target, defects: DEFECT_NAMES });
const inputs = readdirSync(dir)
  .filter((f) => f.endsWith('.csv'))
  .sort()
  .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(path.join(dir, f))) }));

const time = <T>(f: () => T): [T, number] => {
  const start = performance.now();
  const value = f();
  return [value, (performance.now() - start) * 1000];
};

// Reading (decode, parse, header, cells) every CSV file.
let csvBytes = 0;
let readUs = 0;
const data: LoadedData[] = [];
for (const input of inputs) {
  const [tables, us] = time(() => readInput(input, { maxBytes: Infinity }).map((t) => [t, t.kind ? validateFile(t.label, t.parsed, { kind: t.kind, headerRow: t.headerRow ?? 1 }) : null] as const));
  readUs += us;
  csvBytes += input.bytes.length;
  for (const [t, v] of tables) if (v?.kind) data.push({ kind: v.kind, file: t.label, rows: v.rows });
}
const rows = data.reduce((n, d) => n + d.rows.length, 0);
const ledgerRows = data.filter((d) => d.kind === 'ledger').reduce((n, d) => n + d.rows.length, 0);
const ledgerBytes = inputs.find((i) => i.name === 'ledger.csv')!.bytes.length;

// The same 台账 as a workbook as Excel writes it (shared strings; its first 50,000 rows).
const ledgerText = new TextDecoder().decode(inputs.find((i) => i.name === 'ledger.csv')!.bytes).replace(/^\uFEFF/, '');
const parsedLedger = parseCsv(ledgerText);
const workbookFile = path.join(dir, 'ledger.xlsx');
const workbookRows = writeLedgerXlsx({ headers: parsedLedger.headers, records: parsedLedger.records.slice(0, 50_000) }, workbookFile, Number.MAX_SAFE_INTEGER).rows;
const workbook = new Uint8Array(readFileSync(workbookFile));
const pageXlsx = await loadXlsx(); // as the page reads a workbook: the fast reader, SheetJS where it must
const [, workbookUs] = time(() => readInput({ name: 'ledger.xlsx', bytes: workbook }, { xlsx: pageXlsx, maxBytes: Infinity }).map((t) => (t.kind ? validateFile(t.label, t.parsed, { kind: t.kind, headerRow: t.headerRow ?? 1 }) : null)));

// Loading, then each index and table on its own, then each rule.
const SQL = await initSqlJs();
const db = createDatabase(SQL);
const [, loadUs] = time(() => loadDatabase(SQL, db, data, settings));
db.run(CACHE_ALL_PAGES);
db.run('BEGIN');
const preparePerRow: Record<string, number> = {};
for (const name of [...Object.keys(LEDGER_INDEXES), ...Object.keys(LEDGER_TABLES)] as (keyof typeof LEDGER_INDEXES | keyof typeof LEDGER_TABLES)[]) {
  preparePerRow[name] = time(() => db.run(prepareSql(name)))[1] / rows;
}
const loaded = new Set<FileKind>(data.map((d) => d.kind));
const rulePerRow: Record<string, number> = {};
for (const rule of LEDGER_RULES) {
  if (!ruleApplies(rule, loaded)) continue;
  const [, us] = time(() => {
    const stmt = db.prepare(rule.sql);
    try {
      while (stmt.step()) stmt.get();
    } finally {
      stmt.free();
    }
  });
  rulePerRow[rule.id] = us / rows;
}
db.close();

const round = (x: number) => Number(x.toPrecision(3));
const costs = {
  measuredRows: rows,
  csvBytesPerRow: round(ledgerBytes / ledgerRows),
  workbookBytesPerRow: round(workbook.length / workbookRows),
  readCsvPerByte: round(readUs / csvBytes),
  readWorkbookPerByte: round(workbookUs / workbook.length),
  loadPerRow: round(loadUs / rows),
  preparePerRow: Object.fromEntries(Object.entries(preparePerRow).map(([k, v]) => [k, round(v)])),
  rulePerRow: Object.fromEntries(Object.entries(rulePerRow).sort(([, a], [, b]) => b - a).map(([k, v]) => [k, round(v)])),
};

const fmt = (us: number) => (us >= 1e6 ? `${(us / 1e6).toFixed(1)} s` : `${Math.round(us / 1000)} ms`);
console.log(`${rows.toLocaleString('en-US')} rows loaded (${ledgerRows.toLocaleString('en-US')} in the 台账, ${(csvBytes / 1e6).toFixed(0)} MB of CSV). Figures are µs on this machine (noisy when others share it).\n`);
console.log('| step | per | µs | at these rows |\n| --- | --- | ---: | ---: |');
console.log(`| read CSV | byte | ${costs.readCsvPerByte} | ${fmt(readUs)} |`);
console.log(`| read .xlsx (${workbookRows.toLocaleString('en-US')} rows, ${(workbook.length / 1e6).toFixed(1)} MB) | byte | ${costs.readWorkbookPerByte} | ${fmt(workbookUs)} |`);
console.log(`| load | row | ${costs.loadPerRow} | ${fmt(loadUs)} |`);
for (const [name, v] of Object.entries(costs.preparePerRow)) console.log(`| build ${name} | row | ${v} | ${fmt(v * rows)} |`);
for (const [id, v] of Object.entries(costs.rulePerRow)) console.log(`| ${id} | row | ${v} | ${fmt(v * rows)} |`);

if (process.env.LEDGER_COSTS_WRITE) {
  const file = path.join(here, '../../src/lib/ledger/engine/costs.ts');
  const kept = readFileSync(file, 'utf8').match(/^ {2}(ruleFixed|unknownRulePerRow|browserSlowdown): .*$/gm) ?? [];
  const body = JSON.stringify(costs, null, 2).replace(/"([a-zA-Z_]+)":/g, '$1:').replace(/\n}$/, `,\n${kept.join('\n')}\n}`);
  writeFileSync(
    file,
    `/**\n * What each step of a ledger check costs, in microseconds per byte read or per row loaded, as measured by\n * \`LEDGER_COSTS_WRITE=1 npm run bench -- ledger-costs\` (Node, ${rows.toLocaleString('en-US')} rows). The progress bar's estimate\n * (progress.ts) rests on these; re-run the bench after changing a rule's SQL. The last three lines are set by hand.\n */\nexport const WORK_COSTS = ${body} as const;\n`,
  );
  console.log(`\nwritten: ${path.relative(process.cwd(), file)}`);
}
