/**
 * Every user-facing sentence of the ledger engine, in one place (as zod keeps its locales).
 * Each says what is wrong, where, and what to do.
 */
import type { Encoding } from './types.ts';
import { ENCODING_LABELS } from './types.ts';
import { HOLIDAY_DATA_LAST_YEAR } from '../calendar/index.ts';

/** A header name as quoted in a message: a runaway cell (1 MB) is cut so the message stays readable. */
const clip = (value: string, max = 30) => (value.length > max ? `${value.slice(0, max)}…` : value);

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

export const MESSAGES = {
  empty: () => '文件是空的(0 字节)。请确认导出时选择了正确的工作表并保存了数据。',
  tooLarge: (size: number, limit: number) =>
    `文件有 ${mb(size)},超过单个文件 ${mb(limit)} 的上限。请按月或按学期拆分成几个文件后一起载入。`,
  binary: () =>
    '这不是 CSV 文件,也不是 Excel 工作簿(.xlsx/.xls),看起来是图片或其他二进制文件。请载入 .xlsx 工作簿或 CSV 文件。',
  workbookUnreadable: () => '这个 Excel 工作簿打不开(文件可能已损坏或设置了打开密码)。请在 Excel 中打开确认,去掉密码后另存为 .xlsx 再载入。',
  mostlyIgnored: (label: string, size: number, ignored: string[]) =>
    `表头只有 ${size} 列与“${label}”相符,另有 ${ignored.length} 列(${ignored.slice(0, 6).map((h) => clip(h)).join('、')}${ignored.length > 6 ? '……' : ''})无法识别。大部分列不会被检查,因此没有按“${label}”读取。请在“列对应”中指明各列,或使用本站模板的表头。`,
  totalRows: (rows: number[]) => `第 ${rows.slice(0, 10).join('、')}${rows.length > 10 ? ' 等' : ''} 行是合计/小计行,不作为数据检查。`,
  noteRows: (rows: number[]) => `第 ${rows.slice(0, 10).join('、')}${rows.length > 10 ? ' 等' : ''} 行是表尾说明(制表人、备注等),不作为数据检查。`,
  noRows: (label: string, headerRow: number) => `读作“${label}”,但第 ${headerRow} 行表头下面没有数据行:这个表格没有被检查。请确认选对了文件或工作表。`,
  otherSheets: (sheets: string[]) => `工作表「${sheets.slice(0, 8).join('」「')}」${sheets.length > 8 ? '等' : ''}不是已知表格(或是空表),没有检查。`,
  leadingZero: (id: string, padded: string) => `工号“${id}”可能被 Excel 去掉了开头的 0(其他表格中为“${padded}”)。请把工号列设为“文本”格式后重新填写。`,
  rulesSkipped: (label: string, count: number) => `未载入${label}:跳过 ${count} 条规则。`,
  utf16: () => '文件是 UTF-16 编码(Excel 的“Unicode 文本”)。请在 Excel 中“另存为”→“CSV UTF-8(逗号分隔)”后再载入。',
  badOverride: (encoding: Encoding) =>
    `按 ${ENCODING_LABELS[encoding]} 解码时遇到无效字节,文件实际不是这种编码。请改回“自动识别”或选择另一种编码。`,
  noHeader: () => '文件没有表头行。表头应是列名,例如“日期,时段,开始时间,……”。请使用本站提供的模板。',
  unknownKind: (headers: string[]) =>
    `无法识别文件类型:前 30 行中没有找到已知表格的表头(第一行是“${headers.slice(0, 6).map((h) => clip(h)).join(',')}${headers.length > 6 ? ',……' : ''}”)。请使用本站提供的模板的表头。`,
  missingColumns: (label: string, missing: string[]) =>
    `看起来是“${label}”,但缺少列:${missing.join('、')}。请按模板补齐这些列,或在“列对应”中指明文件里对应的列。`,
  duplicateColumn: (header: string, columns: string[]) =>
    `表头“${clip(header)}”出现了不止一次(第 ${columns.join('、')} 列)。请删除重复的列。`,
  extraColumns: (extra: string[]) => `表头中有模板以外的列:${extra.slice(0, 10).map((h) => clip(h)).join('、')}${extra.length > 10 ? `等 ${extra.length} 列` : ''}。这些列不参与检查。`,
  unterminatedQuote: (row: number, lines: number) =>
    `第 ${row} 行起 ${lines.toLocaleString('en-US')} 行在未闭合的引号内,未检查:第 ${row} 行的一个英文双引号没有在本行结束,其后的换行和内容都被读进了同一个单元格。依赖这个文件全部数据的检查没有运行。请检查第 ${row} 行的英文双引号后重新检查。`,
  controlCharacter: (column: string, name: string) =>
    `“${column}”中有不可见的控制字符(${name}),这一行没有检查。文件可能已损坏,或从别的程序复制时带入了控制字符;请删去后重新保存。`,
  mixedEncoding: (row: number, first: string, second: string) =>
    `文件混用了两种编码:前面是 ${first},第 ${row} 行起有 ${second} 的文字(常见于把另一个文件的内容粘贴进来)。请在 Excel 中打开后整体“另存为”→“CSV UTF-8(逗号分隔)”,再载入。`,
  binaryKind: (kind: string) =>
    `这不是 CSV 文本文件,而是${kind}。请在 Excel 中打开原表格,“另存为”→“CSV UTF-8(逗号分隔)”后再载入。`,
  rulesSkippedIncomplete: (files: string[], titles: string[]) =>
    `${files.map((f) => `「${f}」`).join('、')}没有完整读入,依赖它的 ${titles.length} 项检查没有运行(${titles.slice(0, 8).join('、')}${titles.length > 8 ? '等' : ''}),以免按不完整的数据得出错误结论。改正上面的读取问题后重新检查。`,
  unbalancedQuotes: () => '引号不成对:这一行从某个带引号的单元格开始一直没有结束引号。请检查该行单元格中的英文双引号。',
  raggedRow: (found: number, expected: number) =>
    `这一行有 ${found} 个单元格,表头有 ${expected} 列。可能是单元格里有未加引号的英文逗号,请检查该行。`,
  required: (header: string) => `“${header}”不能为空。`,
  tooLong: (header: string, length: number, limit: number) => `“${header}”有 ${length} 个字符,超过 ${limit} 个字符的上限。请精简内容。`,
  invalidDate: (value: string) => `“${value}”不是有效日期。请写成 2024-09-02(也接受 2024/9/2、2024.9.2、2024年9月2日)。`,
  dateYearRange: (value: string) => `“${value}”的年份不在 2000–2100 年之间,不是有效日期。请写四位年份,例如 2024-09-02。`,
  ambiguousComma: (header: string, value: string) => `${header}“${value}”有歧义:如是一点五请写 1.5;千位分隔须每三位一个逗号(1,500)。`,
  invalidMonth: (value: string) => `“${value}”不是有效月份。请写成 2024-09。`,
  invalidTime: (value: string) => `“${value}”不是有效时间。请写成 24 小时制的 15:30(也接受 15:30:00、下午3:30、3:30 PM)。`,
  endBeforeStart: (start: string, end: string) => `结束时间 ${end} 不晚于开始时间 ${start}。`,
  invalidNumber: (value: string) => `“${value}”不是大于等于 0 的数字(例如 1 或 1.5)。`,
  invalidInteger: (value: string) => `“${value}”不是大于等于 0 的整数。`,
  invalidMoney: (value: string) => `“${value}”不是有效金额。请写成以元为单位、最多两位小数的数字,例如 1275.50。`,
  notInList: (value: string, allowed: readonly string[]) => `“${value}”不是规定的取值。可选:${allowed.join('、')}。`,
  categoryRequired: () => '服务类型为“素质教育”时,“活动类别”必须填写(德育、体育、美育、科学、劳动、阅读、兴趣小组、社团活动、安全实训)。',
  invalidDates: (value: string) =>
    `“${value}”中有无法识别的日期。请用“、”或“;”分隔完整日期(2024-09-02)或当月的日(2、3、5)。`,
  beyondHolidayData: (years: number[]) =>
    `内置节假日数据只到 ${HOLIDAY_DATA_LAST_YEAR} 年:${years.join('、')} 年的周一至周五都按工作日计算。该年的法定节假日和调休上班日可在设置文件的 holidays(节假日)和 workdays(调休上班日)中补充。`,
  semesterInferred: (semesters: { name: string; start: string; end: string }[]) =>
    `学期起止按常规推定,请在设置中核对:${semesters.map((s) => `${s.name} ${s.start} 至 ${s.end}`).join(';')}。如学校校历不同,请在设置中填写学期起止日期。`,
  unlisted: (title: string, unlisted: number, listed: number) =>
    `「${title}」另有 ${unlisted.toLocaleString('en-US')} 条未列出(每项检查只列出前 ${listed.toLocaleString('en-US')} 条)。同类问题往往出自同一原因,请先改正已列出的几条,再重新检查。`,
};

/** The page's progress line during a check: the share done and the time left are estimates (engine/progress.ts). */
export const PROGRESS_TEXT = {
  rule: (title: string) => `正在检查:${title}`,
  estimate: (fraction: number, remainingMs: number | null) => {
    const percent = `约 ${Math.min(99, Math.floor(fraction * 100))}%`;
    if (remainingMs === null) return percent;
    const seconds = Math.ceil(remainingMs / 1000);
    const left = seconds < 5 ? '即将完成' : seconds < 90 ? `约还需 ${seconds} 秒` : `约还需 ${Math.round(seconds / 60)} 分钟`;
    return `${percent},${left}`;
  },
  /** Said once the bar is at the end of what is running: the step takes longer than expected, and still runs. */
  slower: (seconds: number) => `这一步已用 ${seconds} 秒,比预计的慢,仍在进行`,
  elapsed: (seconds: number) => `这一步已用 ${seconds} 秒`,
  /** The bar's accessible name. */
  barLabel: '检查进度(估计)',
  note: '进度和剩余时间按文件大小和每项检查的实测耗时估计。',
};

/** The settings form's wording for the school's own closed days (停开日), each with an optional reason. */
export const NON_SCHOOL_DAYS_TEXT = {
  label: '本校另外的非上课日(停开日,如运动会、考试日),可在日期后写明原因',
  placeholder: '每行一个日期,后面可写原因,例如:\n2024-11-15 运动会\n2024-12-20 期末考试',
};
