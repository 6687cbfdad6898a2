/**
 * The calculator's user-facing sentences outside the checks (files, scenario JSON, command line).
 * Each says what is wrong, where, and what to do.
 */
export const MESSAGES = {
  notLedger: (file: string, label: string | null) =>
    `「${file}」不是课后服务工作台账${label ? `(表头看起来是「${label}」)` : ''}。请载入台账 CSV:表头为 日期, 时段, 开始时间, …, 职责, 课时数。`,
  ledgerHasErrors: (file: string, count: number) =>
    `「${file}」有 ${count} 处无法读取的单元格,未载入。经费须按台账据实测算:请先在「台账自查」中修正这些行,再载入。`,
  ledgerCell: (file: string, row: number | null, column: string | null, message: string) =>
    `「${file}」${row ? `第 ${row} 行` : ''}${column ? `「${column}」列` : ''}:${message}`,
  ledgerEmpty: (file: string) => `「${file}」只有表头,没有任何服务记录。请载入填好的台账。`,
  scoresHeader: (file: string, missing: string[]) =>
    `「${file}」不是评分表:缺少「${missing.join('」「')}」列。评分表的表头为:工号, 姓名, 效果评分, 满意度。`,
  scoresCell: (file: string, row: number, column: string, value: string, reason: string) =>
    `「${file}」第 ${row} 行「${column}」列「${value}」${reason}。请填写 0–100 的分数,最多 1 位小数。`,
  scoresNoId: (file: string, row: number) => `「${file}」第 ${row} 行没有工号。请补上工号或删除这一行。`,
  scoresEmpty: (file: string) => `「${file}」只有表头,没有评分。`,
  scenarioNotJson: (file: string) =>
    `「${file}」不是有效的 JSON 文件(可能已损坏或被截断)。当前方案保持不变;请选择本页「保存方案」导出的 .json 文件。`,
  scenarioInvalid: (file: string, where: string, message: string) =>
    `「${file}」中「${where}」有误:${message}。当前方案保持不变;请重新导出方案,或修正该项后再载入。`,
  scoreOutOfRange: '超出 0–100',
  scoreNotNumber: '不是数字',
  scoreTooPrecise: '超过 1 位小数',
} as const;

/** Chinese names of scenario fields, for messages that point at a place in a saved file or a form. */
export const FIELD_LABELS: Record<string, string> = {
  format: '文件类型',
  version: '版本',
  semester: '学期',
  fundFen: '经费总额',
  coefficients: '系数',
  period: '时段系数',
  content: '内容系数',
  role: '职责系数',
  studentTiers: '学生人数分档',
  min: '起始人数',
  coefficient: '系数',
  shares: '占比',
  workloadPercent: '工作量占比',
  effectPercent: '效果评分权重',
  managementCapPercent: '管理部分上限',
  sessions: '服务记录',
  scores: '评分',
  staffId: '工号',
  name: '姓名',
  hours: '课时数',
  students: '参与学生人数',
  effect: '效果评分',
  satisfaction: '满意度',
  serviceType: '服务类型',
  category: '活动类别',
  source: '来源',
};

/** `['coefficients', 'period', '第二时段']` → `时段系数 › 第二时段`; `['scores', 3, 'effect']` → `评分 第 4 条 › 效果评分`. */
export function describePath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (const key of path) {
    if (typeof key === 'number') parts[parts.length - 1] = `${parts[parts.length - 1] ?? ''} 第 ${key + 1} 条`;
    else if (key === 'coefficients' && path.length > 1) continue;
    else parts.push(FIELD_LABELS[String(key)] ?? String(key));
  }
  return parts.join(' › ') || '文件';
}

/** The six kinds of scheme step, as the page and the files name them. */
export const STEP_KIND_LABELS = {
  reserve: '留存',
  perSession: '按次计酬',
  perPerson: '按人固定',
  byScore: '按评分',
  byWorkload: '按折算课时',
  remainder: '余额平分',
} as const;

/** A step's own name, or its kind's when it has none. */
export function stepLabel(step: { kind: keyof typeof STEP_KIND_LABELS; label: string }): string {
  return step.label.trim() || STEP_KIND_LABELS[step.kind];
}

export const POOL_MODE_LABELS = { percent: '占经费的百分比', fixed: '固定金额', perPerson: '每人金额 × 人数', rest: '剩余全部' } as const;
export const RATE_UNIT_LABELS = { hour: '每课时', session: '每次(节)' } as const;
export const SCORE_WEIGHT_LABELS = { workload: '评分 × 折算课时', person: '只按评分' } as const;

/** The basis of a scheme as the page labels it: 本站默认 or 学校方案示例/学校设置, never the notice. */
export function schemeBasisLabel(basis: { kind: 'default' | 'school'; note: string }): string {
  if (basis.kind === 'default') return basis.note ? `本站默认(${basis.note})` : '本站默认';
  return basis.note || '学校设置';
}
