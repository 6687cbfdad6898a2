/**
 * Every sentence the review shows about its input, in one place: notes are `{ code, params }` data
 * (the CLI's JSON keeps them as such), worded here in Chinese with what, where and what to do.
 */
import { render, type MessageOf, type ParamsOf } from '../text/messages.ts';
import { formatMegabytes } from '../units/bytes.ts';


/** The notes about the district's files, keyed by code. */
export const NOTE_MESSAGES = {
  'zip.unreadable': (p: { file: string }) => `压缩包「${p.file}」无法解开(文件损坏或不是 zip 格式)。请重新压缩后再载入。`,
  'zip.tooManyFiles': (p: { file: string; count: number; limit: number }) =>
    `压缩包「${p.file}」里有 ${p.count} 个文件,超过 ${p.limit} 个的上限,没有解开。请按学校分批压缩。`,
  'zip.tooLarge': (p: { file: string; bytes: number; limit: number }) =>
    `压缩包「${p.file}」解开后共 ${formatMegabytes(p.bytes)},超过 ${formatMegabytes(p.limit)} 的上限,没有解开。请按学校分批压缩。`,
  'zip.ratio': (p: { file: string; entry: string; ratio: number; limit: number }) =>
    `压缩包「${p.file}」中的「${p.entry}」压缩比为 ${p.ratio}:1,超过 ${p.limit}:1 的上限(疑似“压缩炸弹”),整个压缩包没有解开。`,
  'zip.nested': (p: { file: string }) => `「${p.file}」是压缩包中的压缩包,没有解开。请先解开它,再把文件夹放进压缩包。`,
  'zip.encrypted': (p: { file: string }) =>
    `压缩包「${p.file}」设置了密码或使用了不支持的压缩方式,没有解开。请不加密码重新压缩(“存储”或“标准”方式)。`,
  'file.outsideSchool': (p: { file: string }) =>
    `「${p.file}」不在任何学校的文件夹里,没有检查。请把每所学校的文件放进以校名命名的文件夹(工作簿可直接以校名命名)。`,
  'file.notChecked': (p: { file: string }) => `「${p.file}」不是 CSV、工作簿、方案 JSON 或压缩包,没有检查。`,
  'file.notPlan': (p: { file: string }) => `「${p.file}」不是本站导出的一校一方案文件(format 应为 kehou-plan),没有载入。`,
  'plan.unreadable': (p: { file: string; reason: string }) => `方案文件「${p.file}」无法载入:${p.reason}`,
  'plan.duplicate': (p: { file: string; school: string }) => `「${p.school}」有不止一个方案文件;采用了先读到的一个,「${p.file}」没有载入。`,
  'settings.unreadable': (p: { file: string; reason: string }) => `${p.reason}(${p.file})该校按本站默认设置检查。`,
  /** What the settings reader says beside a good read (keys it does not know, an older version): its own sentence. */
  'settings.note': (p: { file: string; note: string }) => p.note,
  'school.noData': (p: { school: string }) => `「${p.school}」只有方案,没有台账等数据文件:只检查了方案。`,
};

export type ReviewNote = MessageOf<typeof NOTE_MESSAGES>;

export function noteText(note: ReviewNote): string {
  return render(NOTE_MESSAGES, note.code, note.params as never);
}

/** The review's other sentences (a school that failed, a session file, a plan decision), keyed by code. */
export const REVIEW_MESSAGES = {
  cancelled: () => '已取消:已完成学校的结果保留在表中,其余学校未检查。',
  /** After a cancel: how many schools the table holds of those loaded, and which were not checked (the figures are partial). */
  cancelledPartial: (p: { checked: number; total: number; unchecked: readonly string[] }) =>
    `已取消:本次载入的 ${p.total} 所学校中已检查 ${p.checked} 所,结果保留在表中;全区汇总只计已检查的学校,表格和导出中未检查的学校注明“未检查”。未检查的 ${p.unchecked.length} 所:${p.unchecked.slice(0, 20).join('、')}${p.unchecked.length > 20 ? ' 等' : ''}。如需检查,请重新载入这些学校的文件。`,
  /** A school in the table whose files have not been checked: still waiting, or left when the review was cancelled. */
  checking: () => '检查中…',
  notChecked: () => '未检查(已取消)',
  sessionForeign: (p: { file: string }) => `「${p.file}」不是学段中心审核的会话文件(format 应为 kehou-review-session),没有载入。`,
  sessionNotJson: (p: { file: string }) => `「${p.file}」不是有效的 JSON,没有载入。请使用本页“保存会话”得到的文件。`,
  sessionNewer: (p: { file: string; version: number }) => `会话文件「${p.file}」的版本(${String(p.version)})比本页新,请刷新页面后重试。`,
  /** `where` is the path of the bad value in the file, or null for the whole file. */
  sessionInvalid: (p: { file: string; where: string | null; message: string }) =>
    `会话文件「${p.file}」中「${p.where ?? '(整个文件)'}」有误:${p.message}。没有载入,当前结果保持不变。`,
  reasonRequired: () => '退回方案时请写明理由。',
  /** A school's check that stopped: too many findings to list (a RangeError), or an unexpected failure. */
  tooManyFindings: () => '发现的问题太多,无法全部列出。请先核对该校的学期、时段和一课时分钟数设置。',
  schoolFailed: (p: { detail: string }) => `程序意外出错(${p.detail})。请把该校文件和这条信息反馈给维护者。`,
  /** A saved finding's clause that is not one of the notice's. */
  notClauseId: () => '不是通知的条款编号',
  /** The 抽查 checklist (sample.ts): its heading, its basis, and a line per day and per person to tick on site. */
  sampleHeading: (p: { seed: string; from: number; schools: number; perSchool: number }) =>
    `课后服务抽查清单(随机种子 ${p.seed};从 ${p.from} 所学校中抽取 ${p.schools} 所,每校 ${p.perSchool} 个日期、${p.perSchool} 名人员)`,
  sampleBasis: () => '依据:浦教义〔2024〕10号 三(五) 定期抽查和监督;二(二) 加强监督检查。同一种子与同一批学校可重现本清单。',
  sampleSchool: (p: { school: string }) => `■ ${p.school}`,
  sampleDay: (p: { date: string }) => `  □ ${p.date}:核对当日台账、考勤与现场记录`,
  sampleNoDays: () => '  (台账中没有可抽取的日期)',
  samplePerson: (p: { name: string; staffId: string; external: boolean }) =>
    `  □ ${p.name}(工号 ${p.staffId}${p.external ? ',校外人员' : ''}):核对课时、报酬与${p.external ? '名册审查材料' : '签到记录'}`,
  sampleNoPeople: () => '  (台账中没有可抽取的人员)',
};

export type ReviewMessageCode = keyof typeof REVIEW_MESSAGES;

export function reviewText<C extends ReviewMessageCode>(code: C, params: ParamsOf<typeof REVIEW_MESSAGES, C>): string {
  return render(REVIEW_MESSAGES, code, params);
}
