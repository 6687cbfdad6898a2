/**
 * A scenario as a file: what the page saves and autosaves, and what `kehou allocate --config` reads.
 * Loading validates with `ScenarioSchema`; a damaged file yields a Chinese message and no scenario,
 * so the caller keeps the one it has.
 */
import { z } from 'zod';
import { CoefficientsSchema, FundFenSchema, ScoreSchema, SessionSchema, SharesSchema } from './schema.ts';
import { SchemeSchema } from './scheme.ts';
import { DEFAULT_COEFFICIENTS, DEFAULT_SHARES, STANDARD_RATE_FEN_PER_HOUR } from './defaults.ts';
import { MESSAGES, describePath } from './messages.ts';
import type { Read } from './io.ts';
import type { PersonWork } from './model.ts';

export const SCENARIO_FORMAT = 'kehou-allocation-scenario';

/** The page saves exactly a `Scenario` as JSON and `kehou allocate --config` reads the same file. */
export const ScenarioSchema = z.object({
  format: z.literal(SCENARIO_FORMAT, { error: '不是经费分配测算方案文件' }),
  version: z.literal(1, { error: '方案文件版本不受支持' }),
  semester: z.string({ error: '请填写学期' }).trim().min(1, { error: '请填写学期' }).max(40, { error: '学期名称过长' }),
  fundFen: FundFenSchema,
  coefficients: CoefficientsSchema.default(DEFAULT_COEFFICIENTS),
  shares: SharesSchema.default(DEFAULT_SHARES),
  /** Sessions with identical fields are kept summed: the allocation only needs their total 课时. */
  sessions: z.array(SessionSchema).default([]),
  scores: z.array(ScoreSchema).default([]),
  /** Where the sessions came from (a 台账 file name), shown on the page. */
  source: z.string({ error: '来源须为文字' }).default(''),
  /** The school's scheme as steps; absent = the 七因素 preset made of `coefficients` and `shares` (files saved before schemes). */
  scheme: SchemeSchema.optional(),
  /** A second scheme to compare with (the page's 方案比较). */
  compareWith: SchemeSchema.optional(),
});

export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;

export function defaultScenario(): Scenario {
  return {
    format: SCENARIO_FORMAT,
    version: 1,
    semester: '2024-2025学年第一学期',
    fundFen: 0,
    coefficients: structuredClone(DEFAULT_COEFFICIENTS),
    shares: { ...DEFAULT_SHARES },
    sessions: [],
    scores: [],
    source: '',
  };
}

export function scenarioToJson(scenario: Scenario): string {
  return JSON.stringify(scenario, null, 2) + '\n';
}

export function parseScenarioJson(file: string, text: string): Read<Scenario> {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, messages: [MESSAGES.scenarioNotJson(file)] };
  }
  const result = ScenarioSchema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues;
  // Another kind of JSON file: its format alone says so; listing every field would only confuse.
  const formatIssue = issues.find((i) => i.path[0] === 'format');
  const seen = new Set<string>();
  const messages: string[] = [];
  for (const issue of formatIssue ? [formatIssue] : issues) {
    const where = describePath(issue.path);
    if (seen.has(where)) continue;
    seen.add(where);
    messages.push(MESSAGES.scenarioInvalid(file, where, issue.message));
    if (messages.length >= 10) break;
  }
  return { ok: false, messages };
}

/** The fund the Shanghai standard would give: total 课时 × 85 元 (a starting point the user edits). */
export function standardFundFen(people: readonly PersonWork[]): number {
  const hundredths = people.reduce((a, p) => a + p.hundredths, 0);
  return Math.round((hundredths * STANDARD_RATE_FEN_PER_HOUR) / 100);
}
