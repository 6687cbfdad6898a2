/**
 * Every sentence the review shows about its input, in one place: notes are `{ code, params }` data
 * (the CLI's JSON keeps them as such), worded here in Chinese with what, where and what to do.
 */
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

export type ReviewNote =
  | { code: 'zip.unreadable'; params: { file: string } }
  | { code: 'zip.tooManyFiles'; params: { file: string; count: number; limit: number } }
  | { code: 'zip.tooLarge'; params: { file: string; bytes: number; limit: number } }
  | { code: 'zip.ratio'; params: { file: string; entry: string; ratio: number; limit: number } }
  | { code: 'zip.nested'; params: { file: string } }
  | { code: 'zip.encrypted'; params: { file: string } }
  | { code: 'file.outsideSchool'; params: { file: string } }
  | { code: 'file.notChecked'; params: { file: string } }
  | { code: 'file.notPlan'; params: { file: string } }
  | { code: 'plan.unreadable'; params: { file: string; reason: string } }
  | { code: 'plan.duplicate'; params: { file: string; school: string } }
  | { code: 'settings.unreadable'; params: { file: string; reason: string } }
  | { code: 'school.noData'; params: { school: string } };

export function noteText(note: ReviewNote): string {
  const p = note.params as Record<string, string | number>;
  switch (note.code) {
    case 'zip.unreadable':
      return `压缩包「${p.file}」无法解开(文件损坏或不是 zip 格式)。请重新压缩后再载入。`;
    case 'zip.tooManyFiles':
      return `压缩包「${p.file}」里有 ${p.count} 个文件,超过 ${p.limit} 个的上限,没有解开。请按学校分批压缩。`;
    case 'zip.tooLarge':
      return `压缩包「${p.file}」解开后共 ${mb(Number(p.bytes))},超过 ${mb(Number(p.limit))} 的上限,没有解开。请按学校分批压缩。`;
    case 'zip.ratio':
      return `压缩包「${p.file}」中的「${p.entry}」压缩比为 ${p.ratio}:1,超过 ${p.limit}:1 的上限(疑似“压缩炸弹”),整个压缩包没有解开。`;
    case 'zip.nested':
      return `「${p.file}」是压缩包中的压缩包,没有解开。请先解开它,再把文件夹放进压缩包。`;
    case 'zip.encrypted':
      return `压缩包「${p.file}」设置了密码或使用了不支持的压缩方式,没有解开。请不加密码重新压缩(“存储”或“标准”方式)。`;
    case 'file.outsideSchool':
      return `「${p.file}」不在任何学校的文件夹里,没有检查。请把每所学校的文件放进以校名命名的文件夹(工作簿可直接以校名命名)。`;
    case 'file.notChecked':
      return `「${p.file}」不是 CSV、工作簿、方案 JSON 或压缩包,没有检查。`;
    case 'file.notPlan':
      return `「${p.file}」不是本站导出的一校一方案文件(format 应为 kehou-plan),没有载入。`;
    case 'plan.unreadable':
      return `方案文件「${p.file}」无法载入:${p.reason}`;
    case 'plan.duplicate':
      return `「${p.school}」有不止一个方案文件;采用了先读到的一个,「${p.file}」没有载入。`;
    case 'settings.unreadable':
      return `${p.reason}(${p.file})该校按本站默认设置检查。`;
    case 'school.noData':
      return `「${p.school}」只有方案,没有台账等数据文件:只检查了方案。`;
  }
}

export const REVIEW_TEXT = {
  checkFailed: (school: string, reason: string) => `「${school}」检查未完成:${reason}`,
  cancelled: '已取消:已完成学校的结果保留在表中,其余学校未检查。',
  /** After a cancel: how many schools the table holds of those loaded, and which were not checked (the figures are partial). */
  cancelledPartial: (checked: number, total: number, unchecked: readonly string[]) =>
    `已取消:本次载入的 ${total} 所学校中已检查 ${checked} 所,结果保留在表中;全区汇总只计已检查的学校,表格和导出中未检查的学校注明“未检查”。未检查的 ${unchecked.length} 所:${unchecked.slice(0, 20).join('、')}${unchecked.length > 20 ? ' 等' : ''}。如需检查,请重新载入这些学校的文件。`,
  sessionForeign: (file: string) => `「${file}」不是学段中心审核的会话文件(format 应为 kehou-review-session),没有载入。`,
  sessionNotJson: (file: string) => `「${file}」不是有效的 JSON,没有载入。请使用本页“保存会话”得到的文件。`,
  sessionNewer: (file: string, version: unknown) => `会话文件「${file}」的版本(${String(version)})比本页新,请刷新页面后重试。`,
  sessionInvalid: (file: string, where: string, message: string) => `会话文件「${file}」中「${where}」有误:${message}。没有载入,当前结果保持不变。`,
  reasonRequired: '退回方案时请写明理由。',
  /** A school in the table whose files have not been checked: still waiting, or left when the review was cancelled. */
  checking: '检查中…',
  notChecked: '未检查(已取消)',
} as const;
