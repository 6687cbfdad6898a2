/**
 * The calculator's user-facing sentences outside the checks (files, scenario JSON, command line).
 * Each says what is wrong, where, and what to do.
 */
import { BASIS_KIND_LABELS } from '../policy/basis.ts';
import { render, type MessageOf, type ParamsOf } from '../text/messages.ts';
import type { AllocationCheckId, AllocationCheckParams, ScoreMismatch } from './check-ids.ts';
/** Why a score cell was refused (READ_MESSAGES.scoresCell). */
export const SCORE_REASONS = { outOfRange: '超出 0–100', notNumber: '不是数字', tooPrecise: '超过 1 位小数' } as const;

/** A sheet named inside the 「」 of a file message: `11月.xlsx」工作表「台账`. */
export const sheetPlace = (file: string, sheet: string | null) => (sheet === null ? file : `${file}」工作表「${sheet}`);

/** Where a 台账 is read, which says how its own column names can be mapped (READ_MESSAGES.missingColumns). */
export type ColumnsVia = 'cli' | 'page';
const COLUMNS_VIA: Record<ColumnsVia, string> = {
  cli: '请按模板补齐这些列,或用 --settings 载入台账自查的设置文件,在其“列对应”中指明文件里对应的列。',
  page: '请按模板补齐这些列,或把文件里对应的列的表头改为模板的列名,再载入。',
};

/**
 * The file readers' messages (io.ts) by code: a read result carries `{code, params}` and its sentence is
 * rendered here (readSaid), so a misspelt code or a missing param does not compile.
 */
export const READ_MESSAGES = {
  notLedger: (p: { file: string; label: string | null }) =>
    `「${p.file}」不是课后服务工作台账${p.label ? `(表头看起来是「${p.label}」)` : ''}。请载入台账 CSV:表头为 日期, 时段, 开始时间, …, 职责, 课时数。`,
  /**
   * The header is close to the 台账 but lacks columns: the ledger reader's sentence (file.missing-columns), with
   * the way to map columns where the reader runs: the CLI's `--settings` (the ledger check's settings file and its
   * 列对应); the page has no column mapping, so there the file's header is renamed.
   */
  missingColumns: (p: { file: string; label: string; missing: readonly string[]; via: ColumnsVia }) =>
    `「${p.file}」看起来是“${p.label}”,但缺少列:${p.missing.join('、')}。${COLUMNS_VIA[p.via]}`,
  ledgerHasErrors: (p: { file: string; count: number }) =>
    `「${p.file}」有 ${p.count} 处无法读取的单元格,未载入。经费须按台账据实测算:请先在「台账自查」中修正这些行,再载入。`,
  ledgerCell: (p: { file: string; row: number | null; column: string | null; message: string }) =>
    `「${p.file}」${p.row ? `第 ${p.row} 行` : ''}${p.column ? `「${p.column}」列` : ''}:${p.message}`,
  inFile: (p: { file: string; message: string }) => `「${p.file}」:${p.message}`,
  atRow: (p: { file: string; row: number; message: string }) => `「${p.file}」第 ${p.row} 行:${p.message}`,
  /** `「11月.xlsx」工作表「台账」:2024-11,411 行`. */
  part: (p: { file: string; sheet: string | null; months: readonly string[]; rows: number }) =>
    `「${p.file}」${p.sheet ? `工作表「${p.sheet}」` : ''}:${p.months.join('、') || '无日期'},${p.rows} 行`,
  ledgerEmpty: (p: { file: string }) => `「${p.file}」只有表头,没有任何服务记录。请载入填好的台账。`,
  scoresHeader: (p: { file: string; missing: readonly string[] }) =>
    `「${p.file}」不是评分表:缺少「${p.missing.join('」「')}」列。评分表的表头为:工号, 姓名, 效果评分, 满意度。`,
  scoresCell: (p: { file: string; row: number; column: string; value: string; reason: keyof typeof SCORE_REASONS }) =>
    `「${p.file}」第 ${p.row} 行「${p.column}」列「${p.value}」${SCORE_REASONS[p.reason]}。请填写 0–100 的分数,最多 1 位小数。`,
  scoresNoId: (p: { file: string; row: number }) => `「${p.file}」第 ${p.row} 行没有工号。请补上工号或删除这一行。`,
  scoresEmpty: (p: { file: string }) => `「${p.file}」只有表头,没有评分。`,
  /** The 台账 reader's worker, when reading fails unexpectedly. */
  workerFailed: (p: { files: readonly string[]; reason: string }) => `「${p.files.join('」「')}」没能读完(${p.reason})。请刷新页面后重试。`,
};

export type ReadMessageCode = keyof typeof READ_MESSAGES;
/** A file reader's message as data, with its sentence. */
export type ReadMessage = MessageOf<typeof READ_MESSAGES> & { message: string };

/** `{code, params, message}` for a code of the file readers' table. */
export function readSaid<C extends ReadMessageCode>(code: C, params: ParamsOf<typeof READ_MESSAGES, C>): ReadMessage {
  return { code, params, message: render(READ_MESSAGES, code, params) } as ReadMessage;
}

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
  scheme: '分配方案',
  compareWith: '比较方案',
  steps: '步骤',
  rates: '单价',
  pool: '金额',
};

/** The scenario file as messages name it, and its fields by path. */
export const SCENARIO_FILE_LABEL = '经费分配方案文件';
export const SCENARIO_FIELD_LABELS: Record<string, string> = { ...FIELD_LABELS, coefficients: '系数', 'scheme.coefficients': '系数', 'compareWith.coefficients': '系数' };

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
  const kind = BASIS_KIND_LABELS[basis.kind];
  if (basis.kind === 'default') return basis.note ? `${kind}(${basis.note})` : kind;
  return basis.note || kind;
}

/** Messages of the scheme form (scheme-draft.ts), each at its field. */
export const SCHEME_FORM = {
  badMoney: (raw: string, reason: string) => `金额「${raw}」无效:${reason}。请填写以元为单位、最多两位小数的金额。`,
  badCount: (raw: string) => `人数「${raw}」无效:须为不小于 0 的整数。`,
  badPercent: (raw: string, integer: boolean) => `「${raw}」无效:须为 0–100 的${integer ? '整数' : '数,最多 2 位小数'}。`,
  reserveNeedsName: '请填写留存的名称,例如 管理及公用支出(它在公示中单列一行)。',
  needsRate: '至少要有一条单价。请点「添加一条单价」。',
  maxBelowMin: '最多人数须不小于最少人数。',
  ceilingBelowFloor: '封顶金额须不小于保底金额。',
  needsName: '请填写方案名称。',
  needsStep: '方案至少要有一步。请在下方添加步骤。',
} as const;

/** `0–34 人`, `45 人以上`. */
export const tierRange = (from: number, to: number | null) => (to === null ? `${from} 人以上` : `${from}–${to} 人`);

/** Words of the page's form messages (FORM_MESSAGES). */
export const DRAFT_TEXT = {
  invalid: '无效',
  periodField: (p: string) => `时段系数(${p})`,
  contentField: (c: string) => `内容系数(${c})`,
  roleField: (r: string) => `职责系数(${r})`,
  tierMinField: (n: number) => `第 ${n} 档起始人数`,
  tierCoefficientField: (n: number) => `第 ${n} 档系数`,
} as const;

/** Which input of the page's form a coefficient message is at (FORM_MESSAGES.coefficientRange). */
export type FormField =
  | { kind: 'period' | 'content' | 'role'; name: string }
  | { kind: 'tierMin' | 'tierCoefficient'; tier: number }
  | { kind: 'share'; key: 'workloadPercent' | 'effectPercent' | 'managementCapPercent' };

/** Why a typed value was refused: one of the form's reasons, or a schema's own sentence (SCHEMA_TEXT). */
export const FORM_REASONS = {
  blank: '没有填写',
  notNumber: '不是数字',
  percent: '须为 0–100 的整数',
  tierMinWhole: '须为不小于 0 的整数',
  tierFirstFromZero: '第一档须从 0 人开始',
  tierIncreasing: '须大于上一档的起始人数',
} as const;
export type FormReason = keyof typeof FORM_REASONS | { schema: string };

function formFieldLabel(f: FormField): string {
  switch (f.kind) {
    case 'period':
      return DRAFT_TEXT.periodField(f.name);
    case 'content':
      return DRAFT_TEXT.contentField(f.name);
    case 'role':
      return DRAFT_TEXT.roleField(f.name);
    case 'tierMin':
      return DRAFT_TEXT.tierMinField(f.tier);
    case 'tierCoefficient':
      return DRAFT_TEXT.tierCoefficientField(f.tier);
    case 'share':
      return FIELD_LABELS[f.key]!;
  }
}

const reasonText = (r: FormReason) => (typeof r === 'string' ? FORM_REASONS[r] : r.schema);

/**
 * The page's form messages (draft.ts) by code, each at its field: a form result carries `{code, params}` per
 * field and its sentence is rendered here (formSaid), so a misspelt code or a missing param does not compile.
 */
export const FORM_MESSAGES = {
  /** allocation.coefficient-range at a coefficient, a tier or a share. */
  coefficientRange: (p: { field: FormField; value: string; reason: FormReason }) =>
    CHECK_TEXT['allocation.coefficient-range'].message({ field: formFieldLabel(p.field), value: p.value, reason: reasonText(p.reason) }),
  /** allocation.fund-valid; `max`: the largest fund in 元 when the amount is over it. */
  fundValid: (p: { value: string; reason: string; max: string | null }) =>
    CHECK_TEXT['allocation.fund-valid'].message({ value: p.value, reason: p.max === null ? p.reason : `${p.reason}(最多 ${p.max} 元)` }),
  noTiers: () => '至少要有一档学生人数系数。请点「添加一档」。',
  score: (p: { field: string; value: string; reason: FormReason }) => `${FIELD_LABELS[p.field] ?? p.field}「${p.value}」:${reasonText(p.reason)}。`,
  noSemester: () => '请填写学期,例如 2024-2025学年第一学期(学期公示和报酬统计的第一列)。',
  session: (p: { field: string; message: string }) => `${SESSION_LABELS[p.field] ?? p.field}:${p.message}。`,
  /** A field the scenario's schema refused, in the schema's words. */
  schema: (p: { message: string }) => p.message,
};

export type FormMessageCode = keyof typeof FORM_MESSAGES;
/** A form message as data, with its sentence. */
export type FormMessage = MessageOf<typeof FORM_MESSAGES> & { message: string };

/** `{code, params, message}` for a code of the form's table. */
export function formSaid<C extends FormMessageCode>(code: C, params: ParamsOf<typeof FORM_MESSAGES, C>): FormMessage {
  return { code, params, message: render(FORM_MESSAGES, code, params) } as FormMessage;
}

/** Fields of a typed-in session row. */
export const SESSION_LABELS: Record<string, string> = {
  staffId: '工号', name: '姓名', period: '时段', serviceType: '服务类型', category: '活动类别', role: '职责', students: '参与学生人数', hours: '课时数', staffType: '人员类别',
};

/** The 台账 reader's worker stopped without an answer. */
export const workerCrashed = '读取台账的程序意外停止,请刷新页面后重试。';

/** The two forms of 简单划一 named in allocation.not-uniform. */
export const UNIFORM_SCHEMES = { head: '按人平均', hour: '按课时平均' } as const;

/** The detail of allocation.scores-match-ledger (model.ts matchScores). */
function scoreMismatch(m: ScoreMismatch): string {
  switch (m.kind) {
    case 'not-in-ledger':
      return `评分第 ${m.row} 条:工号 ${m.staffId}(${m.name || '无姓名'})不在台账中。请核对工号,或删除这条评分。`;
    case 'other-name':
      return `评分第 ${m.row} 条:工号 ${m.staffId} 的姓名是“${m.name}”,台账中这个工号是“${m.ledgerName}”。请核对工号是否写错。`;
    case 'unscored':
      return `台账中的工号 ${m.staffId}(${m.name || '无姓名'})没有评分。请在评分表中补上这个人的效果评分和满意度。`;
    case 'duplicate':
      return `评分第 ${m.row} 条:工号 ${m.staffId} 重复出现。每人只保留一条评分。`;
  }
}

/** Each allocation check's title, what it checks, and its finding's wording from the finding's params. */
export const CHECK_TEXT: { [K in AllocationCheckId]: { title: string; description: string; message: (p: AllocationCheckParams[K]) => string } } = {
  'allocation.fund-valid': {
    title: '经费总额有效',
    description: '专项补助经费总额须是不小于 0 的金额(元,最多 2 位小数)。',
    message: (p) => `经费总额「${p.value}」无效:${p.reason}。请填写以元为单位、最多两位小数的金额,例如 60000 或 60000.50。`,
  },
  'allocation.coefficient-range': {
    title: '系数与占比在范围内',
    description: '时段、内容、职责、学生人数系数须在 0–10 之间,最多 3 位小数;占比为 0–100 的整数。',
    message: (p) => `${p.field}「${p.value}」无效:${p.reason}。`,
  },
  'allocation.workload-positive': {
    title: '折算课时合计大于 0',
    description: '折算课时合计须大于 0,经费才能按工作量分配(多劳多得)。',
    message: () => '所有人的折算课时合计为 0,经费无法按工作量分配。请导入有课时的台账,或检查系数是否都被设为 0。',
  },
  'allocation.scores-match-ledger': {
    title: '评分表与台账人员一致',
    description: '评分表与台账须是同一批人:评分表里的人都在台账中,台账里的人都有评分。',
    message: scoreMismatch,
  },
  'allocation.performance-positive': {
    title: '绩效系数不全为 0',
    description: '有绩效部分时,至少一人的绩效系数须大于 0(优绩优酬)。',
    message: (p) => `所有人的效果评分和满意度按权重计都为 0,绩效部分(${p.percent}%)无法分配。请检查评分,或把工作量占比设为 100%。`,
  },
  'allocation.not-uniform': {
    title: '结果不同于简单划一',
    description: '分配结果不应与简单划一(按人平均或按课时平均)完全相同:通知要求防止简单划一。',
    message: (p) => `本方案的结果与「${UNIFORM_SCHEMES[p.scheme]}」完全相同,相当于简单划一。请按时段、内容、职责、学生人数和评分设置系数。`,
  },
  'allocation.management-share-cap': {
    title: '值班管理不超过管理部分上限',
    description: '值班管理所得不超过方案设定的管理部分上限(默认经费的 10%)。',
    message: (p) => `值班管理约得 ${p.amount} 元,占经费的 ${p.percent}%,超过设定的上限 ${p.cap}%。请降低值班管理系数或调整上限。`,
  },
  'allocation.scheme-within-fund': {
    title: '各步骤合计不超过经费',
    description: '方案的各个步骤依次从剩余经费中支出,任何一步都不能超出剩余的经费。',
    message: (p) => `第 ${p.step} 步「${p.label}」需要的金额超出剩余经费 ${p.shortfall} 元。请降低这一步的单价或金额,或调整前面的步骤。`,
  },
  'allocation.scheme-score-positive': {
    title: '按评分分配时评分不全为 0',
    description: '按评分分配的步骤有金额时,至少一人的评分按权重计须大于 0。',
    message: (p) => `第 ${p.step} 步「${p.label}」:所有人的评分按权重计都为 0,这一步的金额无法分配。请检查评分,或把这一步的金额设为 0。`,
  },
  'allocation.factors-considered': {
    title: '综合考虑七项因素',
    description: '通知要求综合考虑时段、时长、内容、职责、效果、服务学生规模、学生满意度等因素:方案中每项因素至少有一步让金额随之变化。',
    message: (p) =>
      `本方案没有让金额随「${p.factors.join('、')}」变化。通知要求综合考虑时段、时长、内容、职责、效果、服务学生规模、学生满意度等因素,请确认是否有意不计这些因素。`,
  },
  'allocation.scheme-unallocated': {
    title: '经费是否分完',
    description: '各步骤分完后若有结余,列为「结余(未分配)」,不计入任何人。',
    message: (p) => `各步骤分完后还有 ${p.amount} 元未分配,列为结余。如要分完,可在最后加一步「余额平分」。`,
  },
};

/** The schemas' messages (schema.ts, scheme.ts, scenario.ts, packet/schema.ts): what a value must be. */
export const SCHEMA_TEXT = {
  noStaffId: '缺少工号',
  percentInteger: '请填写 0–100 的整数',
  schemeName: '请填写方案名称',
  semester: '请填写学期',
  students: '请填写人数',
  countInteger: '次数须为整数',
  dateFormat: '日期须为 YYYY-MM-DD',
  nameText: '姓名须为文字',
  labelTooLong: '名称最多 40 字',
  studentsInteger: '参与学生人数须为整数',
  studentsWhole: '人数须为整数',
  studentsNegative: '人数不能小于 0',
  over100: '不能大于 100',
  moneyFen: '金额须精确到分',
  moneyTooLarge: '金额过大',
  moneyNegative: '金额不能为负数',
  hoursNumber: '课时数须为数字',
  hoursTooLarge: '课时数过大',
  hoursDecimals: '课时数最多 2 位小数',
  hoursNegative: '课时数不能小于 0',
  poolMode: '请选择金额的算法',
  money: '请填写金额',
  fund: '请填写经费总额',
  reserveNameExample: '请填写留存的名称,例如 管理及公用支出',
  reserveName: '请填写留存的名称',
  number: '请填写数字',
  percent: '请填写 0–100 的百分比',
  score: '请填写 0–100 的分数',
  noTiers: '至少要有一档学生人数',
  noRates: '至少要有一条单价',
  fundFen: '经费须精确到分',
  fundTooLarge: '经费超出可计算范围',
  fundNegative: '经费不能为负数',
  categoryRequired: '素质教育须填写活动类别',
  coefficientDecimals: '系数最多 3 位小数',
  coefficientNegative: '系数不能小于 0',
  tierFirstFromZero: '第一档须从 0 人开始',
  percentDecimals: '百分比最多 2 位小数',
  percentNegative: '百分比不能小于 0',
  percentOver100: '百分比不能大于 100',
  countTooLarge: '次数过大',
  countAtLeastOne: '次数至少为 1',
  sourceText: '来源须为文字',
  unknownStep: '未知的步骤类型',
  dateText: '日期须为文字',
  noSteps: '方案至少要有一步',
  tooManySteps: '方案最多 12 步',
  unsupportedVersion: '方案文件版本不受支持',
  schemeNameTooLong: '方案名称最多 40 字',
  semesterTooLong: '学期名称过长',
  labelText: '名称须为文字',
  tiersIncreasing: '各档起始人数须逐档增大',
  studentsCountNegative: '参与学生人数不能小于 0',
  tooManyRates: '单价最多 40 条',
  scoreDecimals: '分数最多 1 位小数',
  scoreNegative: '分数不能小于 0',
  scoreOver100: '分数不能大于 100',
  studentsTooLarge: '人数过大',
  negative: '不能小于 0',
  notScenario: '不是经费分配测算方案文件',
  oneOf: (field: 'period' | 'serviceType' | 'category' | 'role' | 'staffType', values: readonly string[]) => `${SESSION_LABELS[field]}须为 ${values.join('/')}`,
  coefficientTooLarge: (max: number) => `系数不能大于 ${max}`,
} as const;

/** The formula as the page and `kehou allocate --help` state it. */
export const FORMULA: readonly string[] = [
  '折算课时 = 每次服务的 课时数 × 时段系数 × 内容系数 × 职责系数 × 学生人数系数,再逐次相加。',
  '绩效系数 = 效果评分 × 效果权重 ÷ 100 + 满意度 × 满意度权重 ÷ 100(两项权重相加为 100%,结果在 0–1 之间;未导入评分时人人为 1)。',
  '工作量部分 = 经费 × 工作量占比 × 本人折算课时 ÷ 全体折算课时之和(多劳多得)。',
  '绩效部分 = 经费 × 绩效占比 × 本人(折算课时 × 绩效系数)÷ 全体(折算课时 × 绩效系数)之和(优绩优酬)。',
  '应得 = 工作量部分 + 绩效部分。拟发放报酬先取应得的整数分;剩下的几分钱按“最大余数法”逐一补给小数部分最大的人,小数部分相同时工号在前者先得。这样每人与应得相差不到 1 分,合计恰好等于经费。',
];

/** Where each default comes from, as the page lists it. */
export const DEFAULT_SOURCES: { what: string; value: string; source: string }[] = [
  { what: '参考经费', value: '总课时 × 85 元', source: '上海 2021 年标准:服务两小时计 3 课时,每课时 85 元' },
  { what: '时段系数', value: '第一时段 1,第二、三时段 1.25', source: '嘉定南翔中学 2022 年方案:15:30–16:30 每分钟 1.7 元,16:30–18:30 每分钟 2.125 元(2.125 ÷ 1.7 = 1.25)' },
  { what: '职责系数', value: '主讲 1,助教 0.5,看护 0.5,值班管理 1', source: '嘉定南翔中学 2022 年方案:代课全额,看课 ×0.5' },
  { what: '学生人数系数', value: '0–34 人 1,35–44 人 1.2,45 人以上 1.4', source: '某校按次计酬:不足 35 人每次 35 元,35 人以上每生 1 元' },
  { what: '内容系数', value: '均为 1', source: '无公开数据,由学校在分配方案中确定' },
  { what: '工作量 / 绩效占比', value: '80% / 20%', source: '本工具默认,无公开数据,由学校确定' },
  { what: '效果 / 满意度权重', value: '50% / 50%', source: '本工具默认,无公开数据,由学校确定' },
  { what: '管理部分上限', value: '经费的 10%', source: '嘉定南翔中学 2022 年方案:管理部分不超过经费的 10%' },
];

export const TIE_BREAK = '余数相同时,工号在前者先得';

/** `kehou allocate`'s own sentences (src/cli/allocate.ts): usage, what is missing, and the printed tables. */
export const ALLOCATE_CLI = {
  usage: [
    '用法:kehou allocate 台账.csv|台账.xlsx... --fund 金额(元) [--scores 评分.csv] [--config 方案.json] [--json]',
    '                   [--semester 学期] [--disclosure 学期公示.csv] [--pay-report 报酬统计.csv] [--settings 台账自查设置.json]',
    '  台账         一个或多个(一个学期的各月台账),CSV 或 Excel 工作簿;表头上方可有标题行,表头可用学校习惯的列名',
    '  --settings   台账自查的设置文件,按其中的“列对应”读取台账',
    '  --config     本站「经费分配测算」保存的方案文件(系数、占比、学期、评分,及按步骤设置的分配方案;台账以命令行给出的为准)',
    '  --scores     评分表 CSV,表头:工号, 姓名, 效果评分, 满意度',
    '  --disclosure / --pay-report  按标准模板写出学期公示 / 报酬统计(UTF-8 带 BOM)',
  ].join('\n'),
  formulaHeading: '计算方法:',
  needsLedger: '请给出台账文件(CSV 或 Excel 工作簿;一个学期的各月台账可一起给出)。',
  needsFund: '请用 --fund 给出本学期课后服务专项经费总额(元),例如 --fund 60000。',
  /** A finding with its severity label and the clause it rests on: `[错误] …(通知 一(一)5)`. */
  finding: (severity: string, message: string, citation: string) => `[${severity}] ${message}(${citation})`,
  /** A warning under the table: `[警告] …`. */
  warning: (severity: string, message: string) => `[${severity}] ${message}`,
  summary: (semester: string, fund: string, people: number, rows: number, hours: string) => `${semester} 经费 ${fund} 元,${people} 人,台账 ${rows} 行,总课时 ${hours}。`,
  schemeSummary: (semester: string, scheme: string, basis: string, fund: string, people: number, rows: number, hours: string) =>
    `${semester} 方案「${scheme}」(${basis}),经费 ${fund} 元,${people} 人,台账 ${rows} 行,总课时 ${hours}。`,
  /** One 台账 part read (describeParts' line). */
  read: (part: string) => `  读取${part}`,
  header: ['工号', '姓名', '课时', '折算课时', '绩效系数', '工作量部分', '绩效部分', '应得', '拟发放报酬', '按人平均', '按课时平均'],
  total: '合计',
  step: (n: number, label: string, yuan: string) => `  第 ${n} 步 ${label}:${yuan} 元`,
  /** The scheme table's header: the first three columns, one per step, and the amount paid. */
  schemeHeader: (steps: readonly string[]) => ['工号', '姓名', '课时', ...steps, '拟发放报酬'],
  reserve: (label: string) => `留存 ${label}`,
  unallocated: '结余(未分配)',
  totalPaid: '合计发放',
} as const;
