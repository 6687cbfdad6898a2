/**
 * The figures and choices of the page's findings view, out of the React component: counts by severity, the
 * rules and files a filter offers, what a filter leaves, and the key of a finding's row among the offending rows.
 */
import type { Severity } from '../../policy/severity.ts';
import type { Finding, LoadedFile } from '../types.ts';
import type { SeverityFindings } from './group-findings.ts';
import { tableLabel } from '../format/read.ts';

export function countBySeverity(findings: readonly Pick<Finding, 'severity'>[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** Data rows read, over every file and sheet. */
export const rowsRead = (files: readonly LoadedFile[]): number => files.reduce((n, f) => n + f.rows, 0);

/** The rules that found something, and the files they found it in (`''` for findings about no file), sorted. */
export function filterChoices(findings: readonly Finding[]): { rules: Finding['rule'][]; files: string[] } {
  return {
    rules: [...new Set(findings.map((f) => f.rule))].sort(),
    files: [...new Set(findings.map((f) => f.file ?? ''))].sort(),
  };
}

export interface FindingsFilter {
  shown: Record<Severity, boolean>;
  /** A rule id, or '' for all. */
  rule: string;
  /** A file name, or '' for all. */
  file: string;
  /** Text the message must contain, or ''. */
  text: string;
}

export function filterFindings(findings: readonly Finding[], filter: FindingsFilter): Finding[] {
  const { shown, rule, file, text } = filter;
  return findings.filter((f) => shown[f.severity] && (!rule || f.rule === rule) && (!file || (f.file ?? '') === file) && (!text || f.message.includes(text)));
}

/** How many findings a severity's group holds. */
export const groupSize = ([, byRule]: SeverityFindings): number => byRule.reduce((n, [, byFile]) => n + byFile.reduce((m, [, fs]) => m + fs.length, 0), 0);

/** The key of a finding's row in the worker's offending rows (`file › sheet#row`), or null for a finding without one. */
export function offendingRowKey(f: Pick<Finding, 'file' | 'sheet' | 'row'>): string | null {
  return f.file && f.row !== null ? `${tableLabel(f.file, f.sheet ?? null)}#${f.row}` : null;
}
