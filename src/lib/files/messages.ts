/** The Chinese wording of the file layer (JSON files of every tool), keyed by code with typed params. */
import { render, type MessageOf, type ParamsOf } from '../text/messages.ts';
import { formatMegabytes } from '../units/bytes.ts';


/** `label` is what the file should be (e.g. 台账自查设置文件), from the tool's JsonFileFormat. */
export const FILE_MESSAGES = {
  jsonTooLarge: (p: { file: string; label: string; size: number; limit: number }) =>
    `文件「${p.file}」有 ${formatMegabytes(p.size)},超过${p.label} ${formatMegabytes(p.limit)} 的上限,没有载入。请确认选择的是本站导出的${p.label}。`,
  jsonNotText: (p: { file: string; label: string }) => `文件「${p.file}」不是 UTF-8 文本,不是${p.label},没有载入。`,
  jsonNotJson: (p: { file: string; label: string }) => `文件「${p.file}」不是有效的 JSON,没有载入。请选择本站导出的${p.label}。`,
  jsonNotObject: (p: { file: string; label: string }) => `文件「${p.file}」不是${p.label}(内容应是一个对象),没有载入。`,
  jsonUnnamed: (p: { file: string; label: string }) =>
    `文件「${p.file}」没有注明文件格式(缺少 format),不是本站导出的${p.label},没有载入。请选择本站导出的${p.label}。`,
  jsonForeign: (p: { file: string; label: string; other: string }) => `文件「${p.file}」是${p.other},不是${p.label},没有载入。`,
  jsonVersionUnknown: (p: { file: string; label: string; version: string }) =>
    `文件「${p.file}」的版本号“${p.version.slice(0, 20)}”无法识别,不是有效的${p.label},没有载入。`,
  jsonNewer: (p: { file: string; label: string; version: number; current: number }) =>
    `文件「${p.file}」是较新版本(第 ${p.version} 版)的${p.label},本页只认识到第 ${p.current} 版,没有载入。请刷新页面使用最新版本。`,
  jsonInvalid: (p: { file: string; where: string; path: string; message: string }) =>
    `文件「${p.file}」中「${p.where}」${p.path ? `(${p.path})` : ''}${p.message},没有载入。`,
  jsonUnknownKeys: (p: { file: string; label: string; keys: readonly string[] }) =>
    `「${p.file}」中有${p.label}不认识的项:${p.keys.slice(0, 10).join('、')}${p.keys.length > 10 ? ' 等' : ''},已忽略。如是拼写错误,这一项的设置没有生效,请改正后重新载入。`,
  jsonMigrated: (p: { label: string; from: number; to: number }) => `这是第 ${p.from} 版的${p.label},已按第 ${p.to} 版读入;再次保存即为新版本。`,
};

export type FileMessageCode = keyof typeof FILE_MESSAGES;
export type FileMessage = MessageOf<typeof FILE_MESSAGES>;

/** The sentence of a code with its params. */
export function fileText<C extends FileMessageCode>(code: C, params: ParamsOf<typeof FILE_MESSAGES, C>): string {
  return render(FILE_MESSAGES, code, params);
}
