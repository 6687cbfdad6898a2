/**
 * The calculator's user-facing sentences outside the checks (files, scenario JSON, command line).
 * Each says what is wrong, where, and what to do.
 */
import { BASIS_KIND_LABELS } from '../policy/basis.ts';
import type { AllocationCheckId, AllocationCheckParams, ScoreMismatch } from './check-ids.ts';
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
  scheme: '分配方案',
  compareWith: '比较方案',
  steps: '步骤',
  rates: '单价',
  pool: '金额',
};

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

/** Labels of the scheme editor's fields. */
export const SCHEME_FIELDS = {
  name: '方案名称',
  label: '这一步的名称',
  reserveMode: '留存方式',
  reserveModes: { percent: '占经费的百分比', fixed: '固定金额' },
  percent: '百分比(%)',
  amount: '金额(元)',
  perPersonAmount: '每人金额(元)',
  unit: '计酬单位',
  capPerDay: '每人每天封顶(元,可空)',
  staffType: '只发给人员类别',
  role: '只发给担任过的职责',
  any: '不限',
  poolMode: '这一步分多少',
  effectPercent: '效果评分权重(%,满意度占其余)',
  weight: '怎样按评分分',
  managementCapPercent: '值班管理所得上限(占经费 %)',
  rate: {
    period: '限时段',
    content: '限内容',
    role: '限职责',
    minStudents: '学生人数从',
    maxStudents: '到(可空)',
    base: '基本(元)',
    perStudent: '每生(元)',
    floor: '保底(元)',
    ceiling: '封顶(元,可空)',
  },
  rateHelp: '每次(或每课时)的金额 = 基本 + 每生 × 参与学生人数,不低于保底、不高于封顶;例如 max(35, 1 × 学生) 为 基本 0、每生 1、保底 35。按顺序取第一条符合的单价,空着的条件表示不限。',
  addRate: '添加一条单价',
  removeRate: (n: number) => `删除第 ${n} 条单价`,
  addStep: '添加步骤',
  newStepKind: '新步骤的类型',
  moveUp: (n: number) => `第 ${n} 步上移`,
  moveDown: (n: number) => `第 ${n} 步下移`,
  remove: (n: number) => `删除第 ${n} 步`,
  stepLegend: (n: number, kind: string) => `第 ${n} 步 · ${kind}`,
  presets: '从示例开始:',
  basis: (label: string) => `依据:${label}(示例方案不是通知的规定;请按学校经“三重一大”程序通过的方案填写)`,
  stepHelp: {
    reserve: '先从经费中留出一部分(例如管理及公用支出),不发给个人,在结果中单列。',
    perSession: '按台账中的每次服务(节)或每课时计酬,单价可随时段、内容、职责和参与学生人数变化。',
    perPerson: '每人一个固定金额(可只发给某类人员或某种职责)。',
    byScore: '一笔金额按效果评分和满意度分配(可再乘折算课时)。',
    byWorkload: '一笔金额按折算课时分配(课时 × 时段、内容、职责、学生人数系数,系数见上方)。',
    remainder: '剩余的全部经费,参与服务的每人平分。',
  },
} as const;

/** The comparison's wording (compare.ts, the page's 方案比较). */
export const COMPARE_TEXT = {
  summary: (b: string, a: string, gainers: number, losers: number, same: number) => `与「${a}」相比,按「${b}」${gainers} 人多得,${losers} 人少得,${same} 人不变。`,
  omitted: (n: number) => `另有 ${n} 人的增减较小,未画出(见上表)。`,
  chartTitle: (b: string, a: string) => `按「${b}」比按「${a}」每人多得(绿)或少得(红)的金额`,
  cannotRun: (side: string, name: string) => `方案 ${side}「${name}」无法计算:`,
  checks: {
    uniform: '简单划一',
    uniformYes: '是:金额与按人平均或按课时平均完全相同',
    uniformNo: '否',
    factors: '一(一)5 的七项因素',
    management: '值班管理所得占经费',
    reserve: '留存占经费',
    unallocated: '结余(未分配)',
  },
  factorUsed: (steps: readonly number[]) => `用到(第 ${steps.map((s) => s + 1).join('、')} 步)`,
  factorUnused: '未用到',
  more: (n: number, total: number) => `再显示 ${n} 人(共 ${total} 人)`,
} as const;

/** Against 简单划一 (the site's own results chart). */
export const UNIFORM_TEXT = {
  summary: (reference: string, gainers: number, losers: number, same: number, maxGain: string, maxLoss: string) =>
    `与${reference}相比:${gainers} 人多得,${losers} 人少得,${same} 人持平;最多多得 ${maxGain} 元,最多少得 ${maxLoss} 元。`,
  title: (reference: string) => `本方案与${reference}相比每人的增减`,
  compareWith: (reference: string) => `与${reference}比较`,
} as const;

/** The packet panel's wording on the page. */
export const PACKET_PANEL = {
  plan: '载入一校一方案(JSON,来自「一校一方案」页的导出)',
  planLoaded: (file: string, school: string, grades: number) => `已载入方案「${file}」:${school || '(未填学校名称)'},${grades} 个年级的每周安排。`,
  scheme: '上报所用的分配方案',
  meetingDate: '党组织会议日期',
  participants: '参会人员',
  voteResult: '表决结果',
  disclosureStart: '公示开始日期',
  disclosureEnd: '公示结束日期',
  principalSigned: '校长已签字',
  partySealed: '党组织已审核盖章',
  exportZip: '导出上报材料(.zip)',
  print: '打印上报材料',
  preview: '预览上报材料',
  building: '正在生成文件……',
  failed: (reason: string) => `生成上报材料失败:${reason}。请刷新页面后重试;已填写的内容已自动保存。`,
  cannotRun: '所选方案当前无法计算(见上方方案比较中的错误),修正后才能生成上报材料。',
  waiting: '载入台账并填写经费后,这里生成上报材料。',
  missing: (items: string) => `尚未完成:${items}。可以先导出,补齐后再导出一次。`,
  complete: '清单各项均已完成。',
} as const;

/** What the page says when the browser's autosave fails (storage.ts). */
export const STORAGE_TEXT = {
  unreadable: '浏览器中保存的上次测算无法读取(可能来自旧版本),已从默认方案开始。',
  unavailable: '浏览器存储不可用,本次修改未能自动保存。请用“保存方案”把方案下载为 JSON 文件。',
  sessionsTooLarge: '台账太大,浏览器无法自动保存服务记录(系数、经费和评分已保存)。刷新页面后请重新载入台账,或用“保存方案”下载方案文件。',
} as const;

/** The page's own sentences (AllocationTool.tsx). */
export const PAGE_TEXT = {
  ledgerLoaded: (file: string, rows: number, people: number, hours: string) => `已载入「${file}」:${rows} 行,${people} 人,总课时 ${hours}。`,
  scoresLoaded: (file: string, people: number) => `已载入「${file}」:${people} 人的评分。`,
  scenarioLoaded: (file: string) => `已载入方案「${file}」。`,
  scenarioKept: '当前方案保持不变;请选择本页「保存方案」导出的 .json 文件。',
  scenarioHasErrors: '方案中有标红的输入,修正后才能保存为文件(自动保存不受影响)。',
  standardFundHint: (rate: string, fund: string) => `参考:总课时 × ${rate} 元 = ${fund} 元`,
  recompute: (people: number, fund: string, paid: string, ms: string) => `${people} 人,经费 ${fund} 元,合计发放 ${paid} 元;计算用时 ${ms} 毫秒。`,
  unscored: ' 未导入评分:绩效部分按折算课时分配。',
  inputErrors: (count: number, stale: boolean) => `有 ${count} 处输入需要修正(见标红处)${stale ? ';下表为上一次有效输入的结果' : ''}。`,
  coefficientsInvalid: '上方系数有误,修正后才能按步骤计算和比较方案。',
  waitingForInput: '填好上方的经费总额和学期后,即可按步骤计算和比较方案。',
  schemeInvalid: (side: string) => `方案 ${side} 有标红的输入需要修正,修正后才能计算和比较。`,
} as const;

/** `0–34 人`, `45 人以上`. */
export const tierRange = (from: number, to: number | null) => (to === null ? `${from} 人以上` : `${from}–${to} 人`);

/** Messages of the page's form (draft.ts), each at its field. */
export const DRAFT_TEXT = {
  invalid: '无效',
  blank: '没有填写',
  notNumber: '不是数字',
  percentReason: '须为 0–100 的整数',
  periodField: (p: string) => `时段系数(${p})`,
  contentField: (c: string) => `内容系数(${c})`,
  roleField: (r: string) => `职责系数(${r})`,
  tierMinField: (n: number) => `第 ${n} 档起始人数`,
  tierCoefficientField: (n: number) => `第 ${n} 档系数`,
  tierMinWhole: '须为不小于 0 的整数',
  tierFirstFromZero: '第一档须从 0 人开始',
  tierIncreasing: '须大于上一档的起始人数',
  noTiers: '至少要有一档学生人数系数。请点「添加一档」。',
  scoreField: (label: string, raw: string, reason: string) => `${label}「${raw}」:${reason}。`,
  noSemester: '请填写学期,例如 2024-2025学年第一学期(学期公示和报酬统计的第一列)。',
  sessionField: (label: string, message: string) => `${label}:${message}。`,
} as const;

/** Fields of a typed-in session row. */
export const SESSION_LABELS: Record<string, string> = {
  staffId: '工号', name: '姓名', period: '时段', serviceType: '服务类型', category: '活动类别', role: '职责', students: '参与学生人数', hours: '课时数',
};

/** The 台账 reader's worker, when reading fails unexpectedly. */
export const workerFailed = (file: string, reason: string) => `「${file}」没能读完(${reason})。请刷新页面后重试。`;

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
