/** The Chinese wording of the file layer (JSON files of every tool). */
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

export const FILE_MESSAGES = {
  jsonTooLarge: (file: string, label: string, size: number, limit: number) =>
    `文件「${file}」有 ${mb(size)},超过${label} ${mb(limit)} 的上限,没有载入。请确认选择的是本站导出的${label}。`,
  jsonNotText: (file: string, label: string) => `文件「${file}」不是 UTF-8 文本,不是${label},没有载入。`,
  jsonNotJson: (file: string, label: string) => `文件「${file}」不是有效的 JSON,没有载入。请选择本站导出的${label}。`,
  jsonNotObject: (file: string, label: string) => `文件「${file}」不是${label}(内容应是一个对象),没有载入。`,
  jsonUnnamed: (file: string, label: string) =>
    `文件「${file}」没有注明文件格式(缺少 format),不是本站导出的${label},没有载入。请选择本站导出的${label}。`,
  jsonForeign: (file: string, label: string, other: string) => `文件「${file}」是${other},不是${label},没有载入。`,
  jsonVersionUnknown: (file: string, label: string, version: unknown) =>
    `文件「${file}」的版本号“${String(version).slice(0, 20)}”无法识别,不是有效的${label},没有载入。`,
  jsonNewer: (file: string, label: string, version: number, current: number) =>
    `文件「${file}」是较新版本(第 ${version} 版)的${label},本页只认识到第 ${current} 版,没有载入。请刷新页面使用最新版本。`,
  jsonInvalid: (file: string, where: string, path: string, message: string) =>
    `文件「${file}」中「${where}」${path ? `(${path})` : ''}${message},没有载入。`,
  jsonMigrated: (label: string, from: number, to: number) => `这是第 ${from} 版的${label},已按第 ${to} 版读入;再次保存即为新版本。`,
};
