/**
 * One severity vocabulary for every tool (台账自查, 一校一方案, 经费分配测算, 学段中心审核):
 * 错误 — the data or plan breaks a rule; 警告 — probably wrong, please verify; 提示 — worth knowing.
 */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_LABELS: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/** Most serious first: the order findings are listed in. */
export const SEVERITY_ORDER: readonly Severity[] = SEVERITIES;
