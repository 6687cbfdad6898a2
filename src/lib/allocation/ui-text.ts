/**
 * The 经费分配测算 page's own words: headings, labels, buttons, hints and the sentences its islands show
 * (src/islands/allocation/*). The engine's messages (checks, files, forms) are in messages.ts.
 */
import { contentOf, type Session } from './schema.ts';
import type { AllocationResult, PersonAllocation } from './model.ts';
import { formatYuan } from './money.ts';
import { approxYuan, round4 } from './report.ts';
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
  ledgerLoaded: (files: readonly string[], rows: number, people: number, hours: string) => `已载入「${files.join('」「')}」:${rows} 行,${people} 人,总课时 ${hours}。`,
  /** Where the sessions came from: the 台账 files' names. */
  sources: (files: readonly string[]) => files.join('、'),
  scoresLoaded: (file: string, people: number) => `已载入「${file}」:${people} 人的评分。`,
  scenarioLoaded: (file: string) => `已载入方案「${file}」。`,
  /** A replacing action (loading a scenario file, 恢复默认系数, a preset) and its 撤销, as on the ledger page. */
  coefficientsReset: '已恢复默认系数。',
  presetApplied: (side: string, name: string) => `方案 ${side} 已换成示例「${name}」。`,
  undo: '撤销',
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


/** The page's sections, in order. */
export const SECTIONS = {
  inputs: '1. 台账与经费',
  coefficients: '2. 系数与占比',
  scores: '3. 效果与满意度评分',
  results: '4. 测算结果',
  schemes: '5. 按步骤的分配方案与比较',
  files: '6. 方案、公示与报送',
  packet: '7. 学期上报材料',
} as const;

/** Labels, buttons and sentences of the page (AllocationTool.tsx). */
export const PAGE_UI = {
  loading: '正在载入……',
  semester: '学期',
  fund: '本学期课后服务专项经费(元)',
  pickLedgers: '载入台账(可多选:一个学期的各月台账,Excel 工作簿或 CSV)',
  sampleLedger: '用样例台账试一试',
  sampleLedgerName: '样例台账.csv',
  fillStandardFund: '填入参考经费',
  clearSessions: '清除服务记录',
  readingLedger: '正在读取台账……(10 万行约需一两秒)',
  source: (source: string) => `服务记录来自:${source}`,
  coefficientsHelp: '系数为 0–10 的数,最多 3 位小数;所有系数同乘一个数,结果不变。',
  resetCoefficients: '恢复默认系数',
  pickScores: '载入评分 CSV(工号, 姓名, 效果评分, 满意度)',
  exportScores: '导出评分 CSV',
  needPeople: '请先载入台账或录入服务记录。',
  gainsHeading: '谁多得、谁少得(与简单划一相比)',
  spreadHeading: '金额的分布',
  schemesHelp: [
    '把学校自己的分配办法写成依次执行的步骤(留存、按次计酬、按人固定、按评分、按折算课时、余额平分),与另一个方案在同一台账、同一经费下逐人比较。',
    '按折算课时的步骤使用上方第 2 部分的系数。',
  ],
  schemeA: '方案 A(本校方案)',
  schemeB: '方案 B(比较方案)',
  compareHeading: '比较结果',
  saveScenario: '保存方案(JSON)',
  loadScenario: '载入方案',
  exportDisclosureCsv: '导出学期公示 CSV',
  exportPayReportCsv: '导出报酬统计 CSV',
  exportWorkbook: '导出学期公示和报酬统计(Excel)',
  printDisclosure: '打印公示',
  /** The paragraph under the exports: text, the link to 台账自查, text, then the two clause citations. */
  exportsNote: { before: '导出的文件符合标准模板(UTF-8 带 BOM,金额以元计、两位小数),可在', ledgerLink: '台账自查', after: '中与台账一起核对。依据:', and: '、', end: '。' },
  /** The packet section's paragraph around its two clause citations (1.2.3, then 1.2.2). */
  packetNote: {
    before: '每学期向学段中心报送的材料:课后服务安排表、“三重一大”事项记录表、校内公示和报酬统计,须经校长签字、学校党组织审核盖章(',
    middle: ');公示前须提交党组织会议审议(',
    after: ')。',
    last: '下面按所选方案生成这些材料(.docx、.xlsx 和可供台账自查核对的 CSV,打包为一个 .zip),封面清单列出尚未完成的事项。',
  },
} as const;

/** Names of the files the page downloads. */
export const FILE_NAMES = {
  scenario: (semester: string) => `经费分配方案-${semester}.json`,
  scores: '评分.csv',
  disclosureCsv: (semester: string) => `学期公示-${semester}.csv`,
  payReportCsv: (semester: string) => `报酬统计-${semester}.csv`,
  workbook: (semester: string) => `学期公示和报酬统计-${semester}.xlsx`,
} as const;

/** The coefficients form (CoefficientsForm.tsx). */
export const COEFFICIENTS_UI = {
  period: '时段系数',
  content: '内容系数(作业辅导按服务类型,素质教育按活动类别)',
  role: '职责系数',
  tiers: '学生人数系数(按每次服务的参与学生人数分档)',
  tierMin: (n: number) => `第 ${n} 档:从(人)`,
  tierCoefficient: '系数',
  removeTier: (n: number) => `删除第 ${n} 档`,
  addTier: '添加一档',
  shares: '占比与权重',
  workloadPercent: '工作量占比(%)',
  workloadRest: (rest: string) => `其余 ${rest} 按绩效分配`,
  effectPercent: '效果评分权重(%)',
  effectRest: (rest: string) => `满意度权重 ${rest}`,
  managementCapPercent: '管理部分上限(% 经费)',
} as const;

/** The scores table (ScoresEditor.tsx). */
export const SCORES_UI = {
  addUnscored: (n: number) => `为台账中尚无评分的 ${n} 人添加评分行`,
  removeStrangers: (n: number) => `删除不在台账中的 ${n} 条评分`,
  clear: '清空评分(绩效部分改按折算课时分配)',
  staffId: '工号',
  name: '姓名',
  effect: '效果评分(0–100)',
  satisfaction: '满意度(0–100)',
  effectOf: (who: string) => `${who} 效果评分`,
  satisfactionOf: (who: string) => `${who} 满意度`,
  none: '尚未导入评分:绩效部分暂按折算课时分配(人人绩效系数为 1)。',
} as const;

/** Typed-in sessions and the list of what is loaded (SessionsInput.tsx). */
export const SESSIONS_UI = {
  manualSource: '手动录入',
  none: '(无)',
  typeIn: '手动录入一次服务',
  add: '添加这次服务',
  list: (rows: number, people: number) => `查看服务记录(${rows} 条汇总记录,${people} 人)`,
  listHelp: '同一人时段、内容、职责、学生人数都相同的服务合并为一条,课时相加;测算只需要这些。',
  columns: { staffId: '工号', name: '姓名', period: '时段', content: '内容', role: '职责', students: '学生人数', hours: '课时', actions: '操作' },
  remove: '删除',
  removeRow: (n: number, who: string) => `删除第 ${n} 条服务记录(${who})`,
  shownOnly: (n: number) => `只列出前 ${n} 条。`,
} as const;

/** The results table and each person's working (ResultsTable.tsx). */
export const RESULTS_UI = {
  caption: '每人拟发放报酬及其全部因素(金额单位:元;“≈”为取整到分之前的精确值)',
  columns: {
    staffId: '工号',
    name: '姓名',
    hours: '课时',
    weightedHours: '折算课时',
    scores: '效果 / 满意度',
    performance: '绩效系数',
    workloadPart: '工作量部分 ≈',
    performancePart: '绩效部分 ≈',
    exact: '应得 ≈',
    amount: '拟发放报酬',
    againstHead: '比按人平均',
    againstHour: '比按课时平均',
    working: '计算过程',
  },
  remainderTitle: '最大余数法补给的分',
  expand: '展开',
  collapse: '收起',
  total: (people: number) => `合计(${people} 人)`,
  detailCaption: (who: string) => `${who} 的折算课时 = Σ 课时 × 时段系数 × 内容系数 × 职责系数 × 学生人数系数`,
  detailColumns: {
    period: '时段',
    content: '内容',
    role: '职责',
    tier: '学生人数档',
    hours: '课时',
    periodCoefficient: '× 时段',
    contentCoefficient: '× 内容',
    roleCoefficient: '× 职责',
    tierCoefficient: '× 人数',
    weightedHours: '= 折算课时',
  },
} as const;

/** The 学期公示 as posted (DisclosurePrint.tsx). */
export const DISCLOSURE_UI = {
  title: (semester: string) => `${semester}课后服务工作量及拟发放报酬公示`,
  columns: ['学期', '工号', '姓名', '总课时数', '拟发放报酬(元)'],
  total: '合计',
  objection: '公示期间如有异议,请向学校课后服务工作小组反映。依据:浦教义〔2024〕10号 一(二)2 强化校内公示制度。',
  principal: '校长签字:',
  party: '党组织审核(盖章):',
  date: ' 日期:',
} as const;

/** The comparison's table and checks (CompareView.tsx). */
export const COMPARE_UI = {
  scheme: (side: string, name: string) => `方案 ${side}「${name}」`,
  basis: (label: string) => `(${label})`,
  factor: (factors: string, factor: string) => `${factors}:${factor}`,
  management: (percent: string, cap: number) => `${percent}%(上限 ${cap}%)`,
  reserve: (percent: string, reserves: string) => `${percent}%${reserves ? `:${reserves}` : ''}`,
  yuan: (amount: string) => `${amount} 元`,
  caption: '每人金额(元);差额 = B − A',
  columns: { staffId: '工号', name: '姓名', hours: '课时', a: (name: string) => `A:${name}`, b: (name: string) => `B:${name}`, delta: '差额' },
  totalPaid: '合计发放',
} as const;

/** The charts (Charts.tsx). */
export const CHART_UI = {
  reference: '比较对象',
  spreadTitle: '三种分法每人金额的分布',
  spreadOf: (scheme: string, min: string, median: string, max: string) => `${scheme}:最少 ${min} 元,中位数 ${median} 元,最多 ${max} 元`,
  spreadJoin: ';',
  yuan: (amount: string) => `${amount} 元`,
  spreadCaption: (describe: string) => `${describe}。方框为中间一半人的金额范围,竖线为中位数,两端为最少和最多。`,
  /** An svg's name: its title and what it shows. */
  titled: (title: string, summary: string) => `${title}。${summary}`,
} as const;

/** The spreads the results chart draws (report.ts compareSchemes). */
export const SPREAD_LABELS = { self: '本方案', head: '按人平均', hour: '按课时平均' } as const;

/** The packet preview's tables (PacketPanel.tsx). */
export const PACKET_UI = {
  tableCaption: (title: string, rows: number) => `${title}(${rows} 行)`,
  missingJoin: '、',
} as const;

/** A session's 内容 as the list shows it: `作业辅导`, or `素质教育 · 体育`. */
export function sessionContent(s: Pick<Session, 'serviceType' | 'category'>): string {
  const content = contentOf(s);
  return content === s.serviceType ? content : `${s.serviceType} · ${content}`;
}

/** How one person's amount was reached, line by line, with the person's own figures (the results table's 展开). */
export function personWorking(p: PersonAllocation, result: Pick<AllocationResult, 'fundFen' | 'shares' | 'totalWeightedHours'>): string[] {
  const { shares } = result;
  const fund = formatYuan(result.fundFen);
  const performance =
    p.effect === null ? '未导入评分,按 1 计' : `${p.effect} × ${shares.effectPercent}% ÷ 100 + ${p.satisfaction} × ${100 - shares.effectPercent}% ÷ 100`;
  return [
    `绩效系数 = ${performance} = ${round4(p.performance)}`,
    `工作量部分 = ${fund} × ${shares.workloadPercent}% × ${round4(p.weightedHours)} ÷ ${round4(result.totalWeightedHours)} ≈ ${approxYuan(p.workloadPartFen)} 元`,
    `绩效部分 = ${fund} × ${100 - shares.workloadPercent}% × (${round4(p.weightedHours)} × ${round4(p.performance)}) ÷ 全体之和 ≈ ${approxYuan(p.performancePartFen)} 元`,
    `应得 ≈ ${approxYuan(p.exactFen)} 元;取整到分后${p.remainderFen > 0 ? '按最大余数法补 0.01 元' : '不补'},拟发放 ${formatYuan(p.amountFen)} 元。`,
  ];
}

/** 留存 lines as the comparison lists them: `管理及公用支出 500.00 元、…`. */
export function reserveLines(reserves: readonly { label: string; amountFen: number }[]): string {
  return reserves.map((r) => `${r.label} ${formatYuan(r.amountFen)} 元`).join('、');
}

/** Long tables of people (results, comparison): the first 100 rows, then 100 more on request. */
export const PAGED = { size: 100, more: (n: number, total: number) => `再显示 ${n} 人(共 ${total} 人)` } as const;
