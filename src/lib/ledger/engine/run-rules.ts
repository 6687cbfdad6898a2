import type { Database } from 'sql.js';
import type { FileKind } from '../format/kinds.ts';
import type { Finding, LedgerRule } from '../types.ts';
import { prepareFor } from './indexes.ts';
import { fillTemplate } from '../../text/template.ts';
import { said } from '../messages.ts';

/** `{name}` → the row's value of that column; unknown names stay visible so a typo shows. */
export const fillMessage = fillTemplate;

/**
 * Findings listed per rule (and per file for the cell checks): beyond this a rule's findings are counted,
 * not listed, so a careless file cannot make a report (the page, the export, `--json`) of millions of lines.
 */
export const FINDINGS_PER_RULE = 1000;

/** What stands for the findings of one rule that were counted but not listed; `within` the file a per-file check counted in. */
export function unlistedFinding(like: Pick<Finding, 'rule' | 'clause' | 'severity'> & { file?: string | null }, unlisted: number, within: string | null = null): Finding {
  return { rule: like.rule, clause: like.clause, severity: like.severity, file: like.file ?? null, row: null, column: null, ...said('unlisted', { rule: like.rule, within, unlisted, listed: FINDINGS_PER_RULE }) };
}

/** The columns of a rule's row (its place among them): the params its message template fills from. */
function paramsOf(row: Record<string, unknown>): Record<string, string | number | null> {
  const params: Record<string, string | number | null> = {};
  for (const key in row) {
    const value = row[key];
    params[key] = typeof value === 'number' || typeof value === 'string' ? value : value == null ? null : String(value);
  }
  return params;
}

/** A rule runs when every kind it needs is loaded and none of those that turn it off. */
export function ruleApplies(rule: Pick<LedgerRule, 'needs' | 'unless'>, loaded: ReadonlySet<FileKind>): boolean {
  return rule.needs.every((k) => loaded.has(k)) && !(rule.unless ?? []).some((k) => loaded.has(k));
}

/** Where the rules stand: how many are done (of the list, applying or not), which have finished, which run now. */
export interface RulesState {
  done: number;
  finished: readonly LedgerRule[];
  running: readonly LedgerRule[];
}

/**
 * Runs each rule that applies to the loaded kinds; each result row becomes one finding, up to FINDINGS_PER_RULE
 * per rule. `onRule` is told before each rule runs and after it has finished (the page estimates progress
 * within a long rule from that: progress.ts).
 */
export function runRules(db: Database, rules: readonly LedgerRule[], loaded: ReadonlySet<FileKind>, onRule?: (state: RulesState) => void): Finding[] {
  const findings: Finding[] = [];
  const finished: LedgerRule[] = [];
  rules.forEach((rule, i) => {
    if (ruleApplies(rule, loaded)) {
      onRule?.({ done: i, finished, running: [rule] });
      prepareFor(db, rule);
      const stmt = db.prepare(rule.sql);
      let listed = 0;
      let unlisted = 0;
      try {
        while (stmt.step()) {
          if (listed === FINDINGS_PER_RULE) {
            unlisted++;
            continue;
          }
          const row = stmt.getAsObject();
          listed++;
          findings.push({
            rule: rule.id,
            clause: rule.clause,
            severity: rule.severity,
            file: (row.file as string | null) ?? null,
            row: typeof row.row === 'number' ? row.row : null,
            column: (row.col as string | null) ?? null,
            code: rule.id,
            params: paramsOf(row),
            message: fillMessage(rule.message, row),
          });
        }
      } finally {
        stmt.free();
      }
      if (unlisted > 0) findings.push(unlistedFinding({ rule: rule.id, clause: rule.clause, severity: rule.severity }, unlisted, rule.title));
      finished.push(rule);
    }
    onRule?.({ done: i + 1, finished, running: [] });
  });
  return findings;
}
