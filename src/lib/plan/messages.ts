/**
 * Every sentence the plan builder shows: field names, check findings and file messages.
 * Each says what is wrong, where, and what to do.
 */

import type { ReviewStatus } from './schema.ts';
import { SEVERITIES, SEVERITY_LABELS, type Severity } from '../policy/severity.ts';

const STEP_DONE = '✓ 完成';

/** The review status as the school and the 学段中心 say it; a plan without a status is a 草稿. */
export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = { draft: '草稿', submitted: '已提交', filed: '已备案', returned: '退回' };

/** Chinese names of the plan's fields, keyed by path segment sequence (`teachers.training`). */
export const FIELD_LABELS: Record<string, string> = {
  format: '文件类型',
  version: '版本',
  review: '审核状态',
  'review.status': '审核状态',
  'review.reason': '退回原因',
  'review.reviewer': '审核人',
  'review.date': '审核日期',
  school: '学校信息',
  'school.name': '学校名称',
  'school.stage': '学段',
  'school.schoolYear': '学年',
  'school.grades': '年级',
  'school.students': '服务对象',
  'school.parentsOffWork': '家长下班时间',
  basis: '指导思想与依据',
  goals: '工作目标与基本原则',
  leadership: '组织机构',
  'leadership.leadingGroup': '课后服务工作领导小组',
  'leadership.workingGroup': '课后服务工作小组',
  'leadership.duty': '行政值班',
  periods: '服务时段',
  departure: '弹性离校与签退',
  exclusions: '不纳入课后服务的情形',
  consultation: '意愿征询',
  'consultation.rounds': '意愿征询安排',
  'consultation.freeChoice': '自主选择',
  content: '服务内容',
  'content.homework': '作业辅导',
  'content.remedial': '补缺补差',
  'content.extension': '拓展学习',
  'content.activities': '素质教育活动',
  'content.transition': '学段衔接',
  timetable: '课后服务安排表',
  venues: '场地安排',
  teachers: '教师支持',
  'teachers.flexibleHours': '弹性工作制',
  'teachers.training': '专题研修',
  'teachers.projects': '活动项目开发',
  external: '校外力量',
  'external.used': '是否引入校外力量',
  'external.selection': '双向选择与管理',
  'external.partners': '校外人员与机构',
  process: '管理流程',
  safety: '安全保障与应急预案',
  records: '数据统计、公示与上报',
  funding: '经费保障',
  'funding.allocation': '经费分配方案',
  'funding.disclosure': '公示与发放',
  'funding.noFee': '收费规范',
  quality: '质量监控与考核评价',
};

/** Explanations under a field's label in the form. */
export const FIELD_HINTS: Record<string, string> = {
  'school.parentsOffWork': '本校大部分学生家长的正常下班时间(本站默认 17:30,请按本校实际修改);最后一个时段不早于此时结束。',
  basis: '列出依据的文件:教基厅函〔2023〕26号、沪教委基〔2022〕3号、沪教委基〔2024〕34号、浦教义〔2022〕5号、浦教义〔2024〕10号。',
  goals: '如:自愿、免费、愿留尽留、安全、减负。',
  'leadership.leadingGroup': '组长一般由校长或党组织书记担任,可在职务或职责中写明“组长”(本站建议)。',
  periods: '通知要求灵活设置 2–3 个时段,时间写作 15:30 这样的 HH:MM。',
  exclusions: '早到校看管和自习、午餐午休看管、晚自习等服务不得纳入课后服务范围。',
  'consultation.rounds': '原则上每学期至少开展一次课后服务意愿征询。',
  'consultation.freeChoice': '学生和家长可自主选择参加的天数、时段和内容。',
  'content.transition': '结合年级特点设计内容,侧重关注幼小衔接和小初衔接。',
  venues: '分时分区、错时错峰、每天开放各类设施、“环学校育人圈”。',
  'external.partners': '每位校外人员都须通过资格审查,并配备本校助教。',
  process: '报名 → 编班 → 排班 → 每日考勤和台账 → 巡检、访谈 → 调代课 → 月统计 → 公示 → 上报。',
  'funding.allocation':
    '通知要求综合考虑时段、时长、内容、职责、效果、服务学生规模、学生满意度等因素,防止简单划一(一(一)5 第1段)。本页按关键词核对这些因素,意思相同的其他写法请人工复核。',
  'funding.noFee':
    '通知严禁以课后服务名义乱收费:不得擅自增加收费项目、扩大收费范围,不得强制或捆绑收费,不得通过家长委员会、第三方机构等收取课后服务费(一(一)5 第2段)。“课后服务不向家长收费”是上海市的做法(见公开报道),不是本通知的原文;写入方案时请注明学校核实过的市级文件。',
  'review.reason': '学段中心的退回意见;文件中没有时可在此记下。',
};

export const FIELD_PLACEHOLDERS: Record<string, string> = {
  'school.name': '上海市浦东新区××小学',
  'school.schoolYear': '如 2026学年',
  'school.parentsOffWork': '17:30',
};

/** The form's steps, by catalogue id. */
export const STEP_TITLES: Record<string, string> = {
  school: '学校信息',
  basis: '指导思想与目标',
  organization: '组织机构',
  time: '时段与意愿征询',
  content: '服务内容',
  timetable: '课后服务安排表',
  venues: '场地与教师',
  external: '校外力量',
  management: '管理与保障',
  funding: '经费保障',
  finish: '状态与导出',
};

/** Document headings that are not a field's label. */
export const DOCUMENT_HEADINGS: Record<string, string> = {
  'doc.students': '服务对象与意愿征询',
  'doc.time': '服务时间与时段',
  'doc.departure': '弹性离校',
  'doc.remedial': '补缺补差与拓展学习',
  'doc.staff': '师资与校外力量',
  'doc.teachers': '本校教师',
  'doc.funding': '经费保障与分配方案',
  'doc.allocation': '分配方案',
  'doc.annex': '附件:课后服务安排表',
};

/** A heading of the document: its own wording, or the label of the field it introduces. */
export function headingText(key: string): string {
  return DOCUMENT_HEADINGS[key] ?? FIELD_LABELS[key] ?? key;
}

export const ITEM_LABELS: Record<string, string> = {
  name: '姓名',
  position: '职务',
  duty: '职责',
  start: '开始时间',
  end: '结束时间',
  grade: '年级',
  cells: '安排',
  semester: '学期',
  date: '日期',
  method: '方式',
  kind: '类别',
  organization: '所属单位',
  activity: '活动',
  vetting: '资格审查',
  assistant: '本校助教',
  education: '学历证明核验',
  certificate: '资格证书核验',
  criminalRecord: '违法信息查询',
  health: '品德与身心健康核验',
  day: '星期',
  period: '时段',
  type: '服务类型',
  category: '活动类别',
  place: '场地',
};

/** What the user calls a plan file. */
export const PLAN_FILE_LABEL = '一校一方案文件';

/** Labels for the shared JSON reader's messages: by dotted path (FIELD_LABELS) and by key (ITEM_LABELS). */
export const PLAN_PATH_LABELS: Record<string, string> = { ...ITEM_LABELS, ...FIELD_LABELS };

/**
 * `external.partners.2.assistant` → `校外人员与机构 › 第 3 行 › 本校助教`: a place on the plan's page (a finding's
 * or a 【待填写】 mark's path), in the page's words: every list of a plan is a table whose items are 行, and a
 * field with its own label stands for its section (`funding.noFee` → `收费规范`). It is deliberately not
 * files/path.ts `describePath`, which names a place in a file being loaded (every level, list items as 项) and
 * serves the plan's JSON reader with PLAN_PATH_LABELS; the two describe different things.
 */
export function describePath(path: readonly PropertyKey[] | string): string {
  const parts = (typeof path === 'string' ? path.split('.').filter(Boolean) : path.map(String));
  const out: string[] = [];
  let key = '';
  for (const part of parts) {
    if (/^\d+$/.test(part)) {
      out.push(`第 ${Number(part) + 1} 行`);
      continue;
    }
    const nextKey = key ? `${key}.${part}` : part;
    const label = FIELD_LABELS[nextKey];
    if (label) {
      if (key && FIELD_LABELS[key] && out[out.length - 1] === FIELD_LABELS[key]) out.pop();
      out.push(label);
      key = nextKey;
    } else {
      out.push(ITEM_LABELS[part] ?? part);
    }
  }
  return out.join(' › ') || '整个文件';
}

/**
 * What each check says, by code: a finding carries `{code, params}` and the sentence made from them here.
 * Wording says what the notice says (通知要求 only with the clause's words) and marks the site's own reading.
 */
export const FINDING_MESSAGES = {
  unanswered: (label: string) => `「${label}」还没有填写。请补充这一部分;未完成的内容在预览和导出文件中标为【待填写】。`,
  periodsCount: (n: number) =>
    `方案设置了 ${n} 个时段。通知要求灵活设置 2–3 个时段:请在「服务时段」中${n < 2 ? '增加' : '合并'}时段。`,
  periodTime: (name: string, which: '开始' | '结束', value: string) =>
    `${name}的${which}时间「${value}」不是 HH:MM 格式的时间。请填写如 15:30。`,
  periodOrder: (name: string) => `${name}的结束时间不晚于开始时间。请检查这一时段的起止时间。`,
  periodOverlap: (name: string, previous: string) => `${name}开始时${previous}还未结束。请让各时段首尾相接或依次排列。`,
  endsBeforeParents: (end: string, offWork: string) =>
    `最后一个时段 ${end} 结束,早于填写的家长下班时间 ${offWork}。通知要求结束时间与本校大部分学生家长正常下班时间相衔接:请核实「家长下班时间」,或延长最后一个时段。`,
  parentsOffWorkInvalid: (value: string) => `家长下班时间「${value}」不是 HH:MM 格式的时间。请填写如 17:30。`,
  dailyMissing: (grade: string, day: string, types: string[]) =>
    `${grade}${day}没有安排${types.join('和')}。通知要求原则上确保每天开设作业辅导和素质教育活动:请核实;如确有原因不开设,请在方案中说明。`,
  noTimetable: () => '安排表里还没有任何年级。请在「课后服务安排表」中按年级填写每周的时段与活动。',
  weeklyQuality: (grade: string) =>
    `${grade}一周内没有任何写明活动内容的素质教育。通知要求确保每位学生每周至少参加一项素质教育活动:请在安排表中为该年级安排至少一项并写明内容。`,
  qualityActivityUnnamed: (grade: string, day: string, period: string) =>
    `${grade}${day}${period}的素质教育没有写明活动内容。请填写活动名称(如“合唱社团”)。`,
  consultationMissing: (semester: string) =>
    `${semester}没有安排意愿征询。通知要求原则上每学期至少开展一次课后服务意愿征询:请在「意愿征询安排」中增加${semester}的一次征询。`,
  consultationNoDate: (semester: string) => `${semester}的意愿征询没有日期。请填写征询日期(如 2026-09-05)。`,
  freeChoice: (missing: string[]) =>
    `「自主选择」没有写到学生和家长可自主选择参加的${missing.join('、')}(按关键词核对)。请写明可以自主选择天数、时段和内容。`,
  leadingGroupEmpty: () => '领导小组没有成员。通知要求建立健全课后服务工作领导小组:请填写成员。',
  leadingGroupNoHead: () => '领导小组没有注明组长。这是本站的建议(通知只要求建立健全领导小组):可在某位成员的职务或职责中写明“组长”。',
  workingGroupEmpty: () => '工作小组没有成员。通知要求建立健全课后服务工作小组:请填写工作小组成员及其职责。',
  externalEmpty: () => '已选择引入校外力量,但没有列出任何校外人员或机构。请逐一填写,或取消“引入校外力量”。',
  externalNotVetted: (name: string, missing: string[]) =>
    `校外人员「${name}」未完成资格审查:${missing.join('、')}。通知要求核验专业学历证明、职业资格证书,开展违法信息查询,严格把关品德、身心健康状况,严禁不符合规定条件的人员进入学校提供课后服务。`,
  externalNoAssistant: (name: string) =>
    `校外人员「${name}」没有配备本校助教。通知要求所有引入的校外专业人员均须配备本校助教:请填写助教姓名。`,
  externalTwoWay: () => '「双向选择与管理」没有写明按“双向选择”原则选聘。请说明选聘方式与日常管理。',
  fundingFactors: (missing: string[]) =>
    `经费分配方案中没有找到${missing.join('、')}(按关键词核对,意思相同的写法也可以)。通知要求综合考虑时段、时长、内容、职责、效果、服务学生规模、学生满意度等因素,防止简单划一:请核实这些因素是否都已计入。`,
  fundingDisclosure: () => '「公示与发放」没有写明校内公示。通知要求每月公示工作量、每学期公示工作量和拟发放报酬:请写明公示安排。',
  disclosureReview:
    () => '「公示与发放」没有写明公示前按“三重一大”事项集体决策制度提交学校党组织会议审议。请补充审议环节,并写明公示材料存档、公示数据与上报数据一致。',
  noFee:
    () => '没有写明收费规范。通知严禁以课后服务名义乱收费:不得擅自增加收费项目、扩大收费范围,不得违背学生家长意愿强制收费或捆绑收费,不得通过家长委员会、第三方机构等收取课后服务费。请写明本校如何落实。',
  exclusions: (missing: string[]) =>
    `「不纳入课后服务的情形」没有提到${missing.join('、')}。通知规定早到校看管和自习、午餐午休看管、晚自习等服务不得纳入课后服务范围:请逐项写明。`,
  forbiddenWord: (label: string, word: string, topic: string) =>
    `「${label}」中出现“${word}”(${topic})。请核实;如果是在说明禁止事项,请写在「不纳入课后服务的情形」或「收费规范」中。`,
  quality: (missing: string[]) => `「质量监控与考核评价」没有写到${missing.join('、')}(按关键词核对)。请补充。`,
  records: (missing: string[]) => `「数据统计、公示与上报」没有写到${missing.join('、')}(按关键词核对)。请补充。`,
  returnedNoReason: () => '方案被退回,但没有退回原因。请记下学段中心的退回意见,便于修改后再次提交。',
} as const;

export type FindingCode = keyof typeof FINDING_MESSAGES;
export type FindingParams<C extends FindingCode> = Parameters<(typeof FINDING_MESSAGES)[C]>;

/** The sentence for a finding's code and params. */
export function findingMessage<C extends FindingCode>(code: C, params: FindingParams<C>): string {
  return (FINDING_MESSAGES[code] as (...args: FindingParams<C>) => string)(...params);
}

/** The page's words for the findings list. */
export const FINDINGS_TEXT = {
  heading: '对照通知检查',
  allClear: '自动检查未发现问题(仅核对关键词,请人工复核)。',
  notBlocking: '有问题的方案也可以保存、预览和导出:问题处在预览和文件中标出,不会阻止导出。',
  basis: '依据',
} as const;

export const MESSAGES = {
  ...FINDING_MESSAGES,
  saveOk: '草稿已自动保存在本浏览器',
  saveFailed: '草稿未能自动保存(浏览器存储已满或被禁用)。请用「保存方案(JSON)」把方案存到本机;存储恢复后会再次自动保存。',
  savePaused: '自动保存已暂停,以免覆盖未能读取的草稿。请先下载那份草稿,再恢复自动保存。',
  saveUnavailable: '浏览器存储不可用(可能处于隐私模式或被禁用),草稿不会自动保存。请用「保存方案(JSON)」把方案存到本机。',
  draftAside: '未能读取的草稿已原样另存在本浏览器中,没有被覆盖:可在「未能读取的草稿」中下载或尝试恢复。',
  draftNotAside:
    '浏览器存储已满,未能另存这份读不出的草稿。为免覆盖,自动保存已暂停:请先「下载未能读取的草稿」保存到本机,再「恢复自动保存」。',
  draftDownload: '下载未能读取的草稿',
  draftResume: '恢复自动保存',
  draftResumed: '已恢复自动保存。',
  asideTitle: (n: number) => `未能读取的草稿(${n} 份)`,
  asideHint: '这些草稿曾无法读取,原样另存在本浏览器中。可以尝试恢复(如页面更新后已能读取),或下载原样文件交技术人员查看。',
  asideName: (i: number) => (i === 0 ? '最早另存的一份' : '最近另存的一份'),
  asideRestore: '尝试恢复为当前方案',
  asideDownload: '下载原样文件',
  asideDiscard: '删除这份',
  asideRestored: '已把另存的草稿恢复为当前方案。',
  asideStillUnreadable: '这份草稿仍无法读取:',
  presetConfirm: (stage: string) =>
    `填入${stage}预设会替换已经填写的内容(学校名称、学年和审核状态保留)。确定要替换吗?替换后仍可撤销。`,
  presetConfirmButton: (stage: string) => `替换为${stage}预设`,
  presetCancel: '取消,保留已填写的内容',
  presetApplied: (stage: string) => `已按${stage}填入参考文字。请逐项修改,并填写成员姓名等标为“待填写”的内容。`,
  reviewStatusLine: (label: string) => `审核状态:${label}`,
  reviewBanner: (status: ReviewStatus, reviewer: string, date: string) => {
    const by = [reviewer && `审核人:${reviewer}`, date && `日期:${date}`].filter(Boolean).join(' · ');
    const head = {
      draft: '方案状态:草稿(尚未提交学段中心)。',
      submitted: '方案状态:已提交,等待学段中心审核备案。',
      filed: '方案状态:已备案。学段中心已审核备案本方案;如再修改,请重新提交。',
      returned: '方案被学段中心退回。请按下面的退回原因修改,再标记为已提交并导出报送。',
    }[status];
    return by ? `${head}(${by})` : head;
  },
  reviewReason: (reason: string) => `退回原因:${reason}`,
  reviewNoReason: '退回原因:文件中没有写明。请向学段中心询问退回原因。',
  submitHint:
    '方案每年报送学段中心审核备案(一(一))。写好后按「标记为已提交并保存方案」:文件带上“已提交”状态和今天的日期,学段中心在审核页打开它,备案或退回(附原因)后把文件发回,本页打开即显示结果。',
  submitButton: '标记为已提交并保存方案(JSON)',
  backToDraft: '改回草稿',
  submitted: (date: string) => `已标记为已提交(${date}),并保存了方案文件。请把这个文件报送学段中心。`,

  /** Page only: a file that could not be opened leaves the current plan as it was. */
  fileKept: '当前方案保持不变。',
} as const;

/** The builder's own words: buttons, headings, table columns, accessible names. */
export const UI = {
  toolbar: '方案文件',
  downloadDocx: '下载 Word(.docx)',
  downloadMarkdown: '下载 Markdown',
  saveJson: '保存方案(JSON)',
  openJson: '打开方案(JSON)',
  chooseJson: '选择方案 JSON 文件',
  print: '打印 / 存为 PDF',
  failDocx: '无法生成 Word 文件',
  failMarkdown: '无法生成 Markdown 文件',
  failSave: '无法保存方案',
  failRead: '无法读取文件',
  failed: (what: string, detail: string) => `${what}:${detail}。请重试;方案内容不受影响。`,
  opened: (file: string) => `已打开「${file}」。`,
  undo: (label: string) => `撤销${label}`,
  undone: (label: string) => `已撤销${label}。`,
  dismiss: '知道了',
  undoPreset: (stage: string) => `${stage}预设`,
  undoOpen: (file: string) => `打开「${file}」`,
  undoRestore: '恢复另存的草稿',
  undoSubmit: '标记为已提交',
  undoDraft: '改回草稿',
  rawDraftFile: '未能读取的一校一方案草稿.json',
  steps: '填写步骤',
  /** A step's state in the step list: `✓ 完成`, or its counts by severity (`2 错误 · 1 警告`). */
  stepState: (counts: Readonly<Record<Severity, number>>) =>
    SEVERITIES.every((s) => counts[s] === 0) ? STEP_DONE : SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${SEVERITY_LABELS[s]}`).join(' · '),
  previous: '上一步',
  next: '下一步',
  preview: '预览',
  presetsIntro: '按学段填入参考文字(之后逐项修改;学校名称、学年和审核状态保留):',
  presetButton: (stage: string) => `${stage}预设`,
  currentDraft: '当前状态:草稿。',
  reviewRegion: '审核状态',
  externalUsed: '引入校外力量(退休教师、大学生志愿者、校外专业人员或第三方机构)',
  externalNotUsed: '不引入校外力量时,方案中不出现这一部分。',
  todo: '待填写',
  basis: (kind: string) => `依据:${kind}`,
  goTo: (where: string) => `转到「${where}」`,
  none: '(无)',
  remove: '删除',
  removeRow: (what: string) => `删除${what}`,
  actions: '操作',
  row: (i: number) => `第 ${i + 1} 行`,
  member: { name: '姓名', position: '职务', duty: '职责', add: '添加成员' },
  period: { name: '时段', start: '开始时间', end: '结束时间', add: '添加时段' },
  round: { row: (i: number) => `第 ${i + 1} 次征询`, semester: '学期', date: '日期', method: '方式', add: '添加征询' },
  partner: {
    row: (i: number) => `第 ${i + 1} 位`,
    name: '姓名或机构',
    kind: '类别',
    organization: '所属单位',
    activity: '承担活动',
    assistant: '本校助教',
    vetting: (row: string) => `${row}资格审查(已完成的打勾)`,
    vettingItems: { education: '学历证明', certificate: '资格证书', criminalRecord: '违法信息查询', health: '品德与身心健康' },
    remove: (row: string) => `删除${row}校外人员`,
    add: '添加校外人员或机构',
  },
  timetable: {
    intro: '按年级填写每周一至周五各时段的安排:原则上每天都有作业辅导和素质教育,每位学生每周至少参加一项素质教育活动。',
    gradeName: (i: number) => `第 ${i + 1} 个年级`,
    week: (grade: string) => `${grade}每周安排`,
    gradeLabel: '年级名称',
    gradeInput: (i: number) => `第 ${i + 1} 个年级 名称`,
    copyPrevious: '复制上一年级的安排',
    removeGrade: (grade: string) => `删除${grade}`,
    noPeriods: '请先在「时段与意愿征询」中设置时段。',
    period: '时段',
    type: (where: string) => `${where} 服务类型`,
    none: '不安排',
    activity: (where: string) => `${where} 活动内容`,
    activityPlaceholder: '活动内容',
    category: (where: string) => `${where} 活动类别`,
    categoryPlaceholder: '类别',
    place: (where: string) => `${where} 场地`,
    placePlaceholder: '场地',
    addGrade: (next: string | undefined) => `添加年级${next ? `(${next})` : ''}`,
  },
  asideSize: (chars: number) => `(${chars.toLocaleString('zh-CN')} 字符)`,
} as const;

/** The words the document itself prints (preview, .docx, Markdown). */
export const DOCUMENT_TEXT = {
  title: (school: string, year: string) => `${school || '【学校名称】'}${year}课后服务实施方案`,
  /** The exported files' name: the title without the placeholder. */
  fileBase: (school: string, year: string) => `${school}${year}课后服务实施方案`,
  todo: (label: string) => `【待填写:${label}】`,
  mustFix: (text: string) => `【需修改:${text}】`,
  none: '(无)',
  row: (i: number, what: string) => `第 ${i + 1} 行${what}`,
  memberHeader: ['姓名', '职务', '职责'],
  roundsMissing: '每学期意愿征询的日期与方式',
  roundsIntro: '每学期至少开展一次课后服务意愿征询:',
  roundDate: '征询日期',
  periodsMissing: '时段与起止时间',
  periodsIntro: (count: string) => `课后服务在每周一至周五上课日开展,每天设${count}个时段:`,
  periodsEnd: (offWork: string) => `。最后一个时段结束时间与本校大部分学生家长的下班时间(${offWork})相衔接。`,
  partnersCaption: '引入的校外人员与机构',
  partnersHeader: ['姓名或机构', '类别', '所属单位', '承担活动', '资格审查', '本校助教'],
  vetted: '已完成',
  notVetted: '未完成',
  noAssistant: '未配备',
  timetableMissing: '各年级每周安排',
  gradeName: (i: number) => `第 ${i + 1} 个年级`,
  timetableCaption: (grade: string) => `${grade}课后服务安排表`,
  period: '时段',
} as const;
