/**
 * A scenario as a file: what the page saves and autosaves, and what `kehou allocate --config` reads.
 * Loading validates with `ScenarioSchema`; a damaged file yields a Chinese message and no scenario,
 * so the caller keeps the one it has.
 */
import { ScenarioSchema, SCENARIO_FORMAT } from './schema.ts';
import type { Scenario } from './schema.ts';
import { DEFAULT_COEFFICIENTS, DEFAULT_SHARES, STANDARD_RATE_FEN_PER_HOUR } from './defaults.ts';
import { MESSAGES, describePath } from './messages.ts';
import type { Read } from './io.ts';
import type { PersonWork } from './model.ts';

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
