/**
 * Everything a finding can come from — the SQL rules and the checks made before them — by id, so the
 * page, the CLI and exports show a Chinese title, the basis and a link to the rule's anchor, never an id.
 */
import type { Basis } from '../policy/basis.ts';
import { basisText } from '../policy/basis-text.ts';
import type { Severity } from './types.ts';
import { LEDGER_RULES } from './rules/index.ts';
import { FORMAT_CHECKS } from './format-checks.ts';

export interface RuleInfo {
  id: string;
  title: string;
  severity: Severity;
  basis: Basis;
}

export const RULES_PAGE = '/tools/ledger/rules/';

const CATALOGUE = new Map<string, RuleInfo>(
  [...FORMAT_CHECKS, ...LEDGER_RULES].map((r) => [r.id, { id: r.id, title: r.title, severity: r.severity, basis: r.basis }]),
);

export function ruleInfo(id: string): RuleInfo | undefined {
  return CATALOGUE.get(id);
}

/** The rule's title, or — for an id nobody registered — a plain Chinese fallback rather than the id. */
export function ruleTitle(id: string): string {
  return CATALOGUE.get(id)?.title ?? '其他检查';
}

export function ruleHref(id: string): string {
  return `${RULES_PAGE}#${id}`;
}

export const ALL_RULE_IDS: readonly string[] = [...CATALOGUE.keys()];

/** Title and basis in words, as the findings export writes them. */
export function describeRule(id: string): { title: string; basis: string } {
  const info = CATALOGUE.get(id);
  return { title: ruleTitle(id), basis: info ? basisText(info.basis) : '' };
}
