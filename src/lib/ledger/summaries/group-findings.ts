/**
 * Findings as the page lists them: by severity (错误, 警告, 提示), then by rule, then by file, each rule and
 * file in the order it first appears in the report (the engine's order: rules as the rules page lists them).
 */
import { SEVERITY_ORDER, type Severity } from '../../policy/severity.ts';
import type { Finding } from '../types.ts';
import { placeOf } from './read-report.ts';

/** `[place, findings]`: the file (and the sheet of a workbook); a finding about no file (a missing school day, say) is under `''`. */
export type FileFindings = [file: string, findings: Finding[]];
export type RuleFindings = [rule: string, byFile: FileFindings[]];
export type SeverityFindings = [severity: Severity, byRule: RuleFindings[]];

export function groupFindings(findings: readonly Finding[]): SeverityFindings[] {
  const out: SeverityFindings[] = [];
  for (const severity of SEVERITY_ORDER) {
    const byRule = new Map<string, Map<string, Finding[]>>();
    for (const f of findings) {
      if (f.severity !== severity) continue;
      const byFile = byRule.get(f.rule) ?? new Map<string, Finding[]>();
      byRule.set(f.rule, byFile);
      const place = placeOf({ name: f.file ?? '', sheet: f.sheet });
      const list = byFile.get(place) ?? [];
      byFile.set(place, list);
      list.push(f);
    }
    if (byRule.size) out.push([severity, [...byRule].map(([r, byFile]): RuleFindings => [r, [...byFile]])]);
  }
  return out;
}
