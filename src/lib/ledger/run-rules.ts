import type { Database } from 'sql.js';
import type { FileKind } from './kinds.ts';
import type { Finding, LedgerRule } from './types.ts';
import { prepareFor } from './indexes.ts';

/** `{name}` → the row's value of that column; unknown names stay visible so a typo shows. */
export function fillMessage(template: string, row: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (row[key] === undefined || row[key] === null ? whole : String(row[key])));
}

/** A rule runs when every kind it needs is loaded and none of those that turn it off. */
export function ruleApplies(rule: Pick<LedgerRule, 'needs' | 'unless'>, loaded: ReadonlySet<FileKind>): boolean {
  return rule.needs.every((k) => loaded.has(k)) && !(rule.unless ?? []).some((k) => loaded.has(k));
}

/** Runs each rule that applies to the loaded kinds; each result row becomes one finding. */
export function runRules(db: Database, rules: readonly LedgerRule[], loaded: ReadonlySet<FileKind>, onRule?: (done: number) => void): Finding[] {
  const findings: Finding[] = [];
  rules.forEach((rule, i) => {
    if (ruleApplies(rule, loaded)) {
      prepareFor(db, rule);
      const stmt = db.prepare(rule.sql);
      try {
        while (stmt.step()) {
          const row = stmt.getAsObject();
          findings.push({
            rule: rule.id,
            clause: rule.clause,
            severity: rule.severity,
            file: (row.file as string | null) ?? null,
            row: typeof row.row === 'number' ? row.row : null,
            column: (row.col as string | null) ?? null,
            message: fillMessage(rule.message, row),
          });
        }
      } finally {
        stmt.free();
      }
    }
    onRule?.(i + 1);
  });
  return findings;
}
