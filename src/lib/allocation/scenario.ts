/**
 * A scenario as a file: what the page saves and autosaves, and what `kehou allocate --config` reads.
 * Loading validates with `ScenarioSchema`; a damaged file yields a Chinese message and no scenario,
 * so the caller keeps the one it has.
 */
import { z } from 'zod';
import { SCHEMA_TEXT as S } from './messages.ts';
import { CoefficientsSchema, FundFenSchema, ScoreSchema, SessionSchema, SharesSchema } from './schema.ts';
import { SchemeSchema } from './scheme.ts';
import { DEFAULT_COEFFICIENTS, DEFAULT_SHARES, STANDARD_RATE_FEN_PER_HOUR } from './defaults.ts';
import { SCENARIO_FIELD_LABELS, SCENARIO_FILE_LABEL } from './messages.ts';
import { currentSchoolYear, semesterOf, termsOfYears } from '../calendar/index.ts';
import { readJsonFile, writeJsonFile, type JsonFileFormat } from '../files/json-file.ts';
import type { Read } from './io.ts';
import { totalHundredths, type PersonWork } from './model.ts';

export const SCENARIO_FORMAT = 'kehou-allocation-scenario';

/** The page saves exactly a `Scenario` as JSON and `kehou allocate --config` reads the same file. */
export const ScenarioSchema = z.object({
  format: z.literal(SCENARIO_FORMAT, { error: S.notScenario }),
  version: z.literal(1, { error: S.unsupportedVersion }),
  semester: z.string({ error: S.semester }).trim().min(1, { error: S.semester }).max(40, { error: S.semesterTooLong }),
  fundFen: FundFenSchema,
  coefficients: CoefficientsSchema.default(DEFAULT_COEFFICIENTS),
  shares: SharesSchema.default(DEFAULT_SHARES),
  /** Sessions with identical fields are kept summed: the allocation only needs their total 课时. */
  sessions: z.array(SessionSchema).default([]),
  scores: z.array(ScoreSchema).default([]),
  /** Where the sessions came from (a 台账 file name), shown on the page. */
  source: z.string({ error: S.sourceText }).default(''),
  /** The school's scheme as steps; absent = the 七因素 preset made of `coefficients` and `shares` (files saved before schemes). */
  scheme: SchemeSchema.optional(),
  /** A second scheme to compare with (the page's 方案比较). */
  compareWith: SchemeSchema.optional(),
});

export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;

/** The semester a date falls in, or in a break the one that ended last (published Shanghai calendar, else inferred). */
export function semesterForDate(date: string): string {
  const current = semesterOf(date);
  if (current) return current.name;
  const year = currentSchoolYear(date);
  const ended = termsOfYears(year - 1, year).filter((t) => t.end < date);
  return (ended.at(-1) ?? termsOfYears(year, year)[0]!).name;
}

/** The semester most of the 台账's dated sessions fall in, or null when none has a 日期. */
export function semesterOfWork(people: readonly PersonWork[]): string | null {
  const byDate = new Map<string, number>();
  for (const p of people) for (const l of p.lines) if (l.date) byDate.set(l.date, (byDate.get(l.date) ?? 0) + l.count);
  const bySemester = new Map<string, number>();
  for (const [date, count] of byDate) {
    const name = semesterForDate(date);
    bySemester.set(name, (bySemester.get(name) ?? 0) + count);
  }
  return [...bySemester.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}

/** A new scenario; its semester follows `today` (YYYY-MM-DD). */
export function defaultScenario(today: string = new Date().toISOString().slice(0, 10)): Scenario {
  return {
    format: SCENARIO_FORMAT,
    version: 1,
    semester: semesterForDate(today),
    fundFen: 0,
    coefficients: structuredClone(DEFAULT_COEFFICIENTS),
    shares: { ...DEFAULT_SHARES },
    sessions: [],
    scores: [],
    source: '',
  };
}

export function scenarioToJson(scenario: Scenario): string {
  return writeJsonFile(SCENARIO_FILE, scenario);
}

/** The scenario file for the one JSON-file reader (files/json-file.ts): named format, version, size limit. */
export const SCENARIO_FILE: JsonFileFormat<Scenario> = {
  format: SCENARIO_FORMAT,
  version: 1,
  label: SCENARIO_FILE_LABEL,
  schema: ScenarioSchema,
  labels: SCENARIO_FIELD_LABELS,
  // A scenario keeps the 台账's sessions summed per person, 日期 and factors: a 100k-row 台账 is some 15 MB.
  maxBytes: 64 * 1024 * 1024,
};

/** A saved scenario's text or bytes → the scenario, or Chinese messages naming the file and field (the caller keeps what it has). */
export function parseScenarioJson(file: string, input: string | Uint8Array): Read<Scenario> {
  const read = readJsonFile(SCENARIO_FILE, file, input);
  return read.ok ? { ok: true, value: read.value } : { ok: false, messages: read.messages };
}

/** The fund the Shanghai standard would give: total 课时 × 85 元 (a starting point the user edits). */
export function standardFundFen(people: readonly PersonWork[]): number {
  return Math.round((totalHundredths(people) * STANDARD_RATE_FEN_PER_HOUR) / 100);
}
