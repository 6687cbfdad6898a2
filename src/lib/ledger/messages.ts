/**
 * Every user-facing sentence of the ledger engine, in one place (as zod keeps its locales). Findings and the
 * reading layer's results carry `{ code, params }` (plain JSON); the sentence is rendered here from them.
 * Each says what is wrong, where, and what to do. An SQL rule's sentence is a template in its rule file
 * (rules are data); its findings carry the rule's id as code and the row's columns as params.
 */
import type { Encoding, SkipReason } from './types.ts';
import { ENCODING_LABELS } from './types.ts';
import { HOLIDAY_DATA_LAST_YEAR } from '../calendar/index.ts';
import { FILE_KINDS, type FileKind } from './format/kinds.ts';
import { ruleTitle } from './catalogue.ts';
import type { LedgerCheckId, LedgerRuleId } from './check-ids.ts';
import { render, type MessageOf, type ParamsOf } from '../text/messages.ts';
import { fillTemplate } from '../text/template.ts';
import { LEDGER_RULES } from './engine/rules/index.ts';
import { formatMegabytes } from '../units/bytes.ts';

/** A header name as quoted in a message: a runaway cell (1 MB) is cut so the message stays readable. */
const clip = (value: string, max = 30) => (value.length > max ? `${value.slice(0, max)}…` : value);


const label = (kind: FileKind) => FILE_KINDS[kind].label;

/** Files people pick by mistake, as decode.ts tells them by their first bytes. */
export type BinaryKind = 'zip' | 'ole' | 'pdf' | 'png' | 'jpeg' | 'gif' | 'rar';
const BINARY_KINDS: Record<BinaryKind, string> = {
  zip: 'Excel 工作簿(.xlsx)或其他压缩文件',
  ole: '旧版 Excel 工作簿(.xls)或 Word 文档',
  pdf: 'PDF 文件',
  png: 'PNG 图片',
  jpeg: 'JPEG 图片',
  gif: 'GIF 图片',
  rar: 'RAR 压缩文件',
};

export const MESSAGES = {
  empty: () => '文件是空的(0 字节)。请确认导出时选择了正确的工作表并保存了数据。',
  tooLarge: (p: { size: number; limit: number }) =>
    `文件有 ${formatMegabytes(p.size)},超过单个文件 ${formatMegabytes(p.limit)} 的上限。请按月或按学期拆分成几个文件后一起载入。`,
  binary: () =>
    '这不是 CSV 文件,也不是 Excel 工作簿(.xlsx/.xls),看起来是图片或其他二进制文件。请载入 .xlsx 工作簿或 CSV 文件。',
  workbookUnreadable: () => '这个 Excel 工作簿打不开(文件可能已损坏或设置了打开密码)。请在 Excel 中打开确认,去掉密码后另存为 .xlsx 再载入。',
  workbookTooLarge: (p: { size: number; limit: number; csvLimit: number }) =>
    `Excel 工作簿有 ${formatMegabytes(p.size)},超过工作簿 ${formatMegabytes(p.limit)} 的上限(同样的行数,工作簿只有 CSV 的三分之一左右大小;CSV 文件的上限是 ${formatMegabytes(p.csvLimit)})。请按月或按学期拆分成几个工作簿,或另存为 CSV(逗号分隔)后再载入。`,
  workbookTooBig: (p: { size: number }) =>
    `这个 Excel 工作簿(${formatMegabytes(p.size)})的单元格太多,浏览器内存不足,没能读完。请按月或按学期拆分成几个工作簿,或另存为 CSV(逗号分隔)后再载入。`,
  mostlyIgnored: (p: { kind: FileKind; ignored: string[] }) =>
    `表头只有 ${FILE_KINDS[p.kind].columns.length} 列与“${label(p.kind)}”相符,另有 ${p.ignored.length} 列(${p.ignored.slice(0, 6).map((h) => clip(h)).join('、')}${p.ignored.length > 6 ? '……' : ''})无法识别。大部分列不会被检查,因此没有按“${label(p.kind)}”读取。请在“列对应”中指明各列,或使用本站模板的表头。`,
  totalRows: (p: { rows: number[] }) => `第 ${p.rows.slice(0, 10).join('、')}${p.rows.length > 10 ? ' 等' : ''} 行是合计/小计行,不作为数据检查。`,
  noteRows: (p: { rows: number[] }) => `第 ${p.rows.slice(0, 10).join('、')}${p.rows.length > 10 ? ' 等' : ''} 行是表尾说明(制表人、备注等),不作为数据检查。`,
  noRows: (p: { kind: FileKind; headerRow: number }) => `读作“${label(p.kind)}”,但第 ${p.headerRow} 行表头下面没有数据行:这个表格没有被检查。请确认选对了文件或工作表。`,
  otherSheets: (p: { sheets: string[] }) => `工作表「${p.sheets.slice(0, 8).join('」「')}」${p.sheets.length > 8 ? '等' : ''}不是已知表格(或是空表),没有检查。`,
  leadingZero: (p: { id: string; padded: string }) => `工号“${p.id}”可能被 Excel 去掉了开头的 0(其他表格中为“${p.padded}”)。请把工号列设为“文本”格式后重新填写。`,
  utf16: () => '文件是 UTF-16 编码(Excel 的“Unicode 文本”)。请在 Excel 中“另存为”→“CSV UTF-8(逗号分隔)”后再载入。',
  badOverride: (p: { encoding: Encoding }) =>
    `按 ${ENCODING_LABELS[p.encoding]} 解码时遇到无效字节,文件实际不是这种编码。请改回“自动识别”或选择另一种编码。`,
  noHeader: () => '文件没有表头行。表头应是列名,例如“日期,时段,开始时间,……”。请使用本站提供的模板。',
  unknownKind: (p: { headers: string[] }) =>
    `无法识别文件类型:前 30 行中没有找到已知表格的表头(第一行是“${p.headers.slice(0, 6).map((h) => clip(h)).join(',')}${p.headers.length > 6 ? ',……' : ''}”)。请使用本站提供的模板的表头。`,
  missingColumns: (p: { kind: FileKind; missing: string[] }) =>
    `看起来是“${label(p.kind)}”,但缺少列:${p.missing.join('、')}。请按模板补齐这些列,或在“列对应”中指明文件里对应的列。`,
  duplicateColumn: (p: { header: string; columns: number[] }) =>
    `表头“${clip(p.header)}”出现了不止一次(第 ${p.columns.join('、')} 列)。请删除重复的列。`,
  extraColumns: (p: { extra: string[] }) => `表头中有模板以外的列:${p.extra.slice(0, 10).map((h) => clip(h)).join('、')}${p.extra.length > 10 ? `等 ${p.extra.length} 列` : ''}。这些列不参与检查。`,
  unterminatedQuote: (p: { row: number; lines: number }) =>
    `第 ${p.row} 行起 ${p.lines.toLocaleString('en-US')} 行在未闭合的引号内,未检查:第 ${p.row} 行的一个英文双引号没有在本行结束,其后的换行和内容都被读进了同一个单元格。依赖这个文件全部数据的检查没有运行。请检查第 ${p.row} 行的英文双引号后重新检查。`,
  /** `column` is the header of the cell, or null for a column without one (then named by its position, from 1). */
  controlCharacter: (p: { column: string | null; position: number; name: string }) =>
    `“${p.column ?? `第 ${p.position} 列`}”中有不可见的控制字符(${p.name}),这一行没有检查。文件可能已损坏,或从别的程序复制时带入了控制字符;请删去后重新保存。`,
  mixedEncoding: (p: { row: number }) =>
    `文件混用了两种编码:前面是 UTF-8,第 ${p.row} 行起有 GBK 等其他编码的文字(常见于把另一个文件的内容粘贴进来)。请在 Excel 中打开后整体“另存为”→“CSV UTF-8(逗号分隔)”,再载入。`,
  binaryKind: (p: { kind: BinaryKind }) =>
    `这不是 CSV 文本文件,而是${BINARY_KINDS[p.kind]}。请在 Excel 中打开原表格,“另存为”→“CSV UTF-8(逗号分隔)”后再载入。`,
  rulesSkippedIncomplete: (p: { files: string[]; rules: LedgerRuleId[] }) =>
    `${p.files.map((f) => `「${f}」`).join('、')}没有完整读入,依赖它的 ${p.rules.length} 项检查没有运行(${p.rules.slice(0, 8).map(ruleTitle).join('、')}${p.rules.length > 8 ? '等' : ''}),以免按不完整的数据得出错误结论。改正上面的读取问题后重新检查。`,
  unbalancedQuotes: () => '引号不成对:这一行从某个带引号的单元格开始一直没有结束引号。请检查该行单元格中的英文双引号。',
  raggedRow: (p: { found: number; expected: number }) =>
    `这一行有 ${p.found} 个单元格,表头有 ${p.expected} 列。可能是单元格里有未加引号的英文逗号,请检查该行。`,
  required: (p: { header: string }) => `“${p.header}”不能为空。`,
  tooLong: (p: { header: string; length: number; limit: number }) => `“${p.header}”有 ${p.length} 个字符,超过 ${p.limit} 个字符的上限。请精简内容。`,
  invalidDate: (p: { value: string }) => `“${p.value}”不是有效日期。请写成 2024-09-02(也接受 2024/9/2、2024.9.2、2024年9月2日)。`,
  dateYearRange: (p: { value: string }) => `“${p.value}”的年份不在 2000–2100 年之间,不是有效日期。请写四位年份,例如 2024-09-02。`,
  ambiguousComma: (p: { header: string; value: string }) => `${p.header}“${p.value}”有歧义:如是一点五请写 1.5;千位分隔须每三位一个逗号(1,500)。`,
  ambiguousHours: (p: { header: string; value: string }) => `${p.header}“${p.value}”有歧义:逗号可能是小数点。如是一点五请写 1.5;课时数不用千位分隔,如是一千五百请写 1500。`,
  invalidMonth: (p: { value: string }) => `“${p.value}”不是有效月份。请写成 2024-09。`,
  invalidTime: (p: { value: string }) => `“${p.value}”不是有效时间。请写成 24 小时制的 15:30(也接受 15:30:00、下午3:30、3:30 PM)。`,
  endBeforeStart: (p: { start: string; end: string }) => `结束时间 ${p.end} 不晚于开始时间 ${p.start}。`,
  invalidNumber: (p: { value: string }) => `“${p.value}”不是大于等于 0 的数字(例如 1 或 1.5)。`,
  invalidInteger: (p: { value: string }) => `“${p.value}”不是大于等于 0 的整数。`,
  invalidMoney: (p: { value: string }) => `“${p.value}”不是有效金额。请写成以元为单位、最多两位小数的数字,例如 1275.50。`,
  notInList: (p: { value: string; allowed: readonly string[] }) => `“${p.value}”不是规定的取值。可选:${p.allowed.join('、')}。`,
  categoryRequired: () => '服务类型为“素质教育”时,“活动类别”必须填写(德育、体育、美育、科学、劳动、阅读、兴趣小组、社团活动、安全实训)。',
  invalidDates: (p: { value: string }) =>
    `“${p.value}”中有无法识别的日期。请用“、”或“;”分隔完整日期(2024-09-02)或当月的日(2、3、5)。`,
  beyondHolidayData: (p: { years: number[] }) =>
    `内置节假日数据只到 ${HOLIDAY_DATA_LAST_YEAR} 年:${p.years.join('、')} 年的周一至周五都按工作日计算。该年的法定节假日和调休上班日可在设置文件的 holidays(节假日)和 workdays(调休上班日)中补充。`,
  semesterInferred: (p: { semesters: { name: string; start: string; end: string }[] }) =>
    `学期起止按常规推定,请在设置中核对:${p.semesters.map((s) => `${s.name} ${s.start} 至 ${s.end}`).join(';')}。如学校校历不同,请在设置中填写学期起止日期。`,
  /** Only for a finding read back from a review session saved before findings carried a code: its sentence as written then. */
  savedText: (p: { text: string }) => p.text,
  /** `within`: the file a per-file check counted in (its title is then `file:title`), or null. */
  unlisted: (p: { rule: LedgerCheckId; within: string | null; unlisted: number; listed: number }) =>
    `「${p.within === null ? '' : `${p.within}:`}${ruleTitle(p.rule)}」另有 ${p.unlisted.toLocaleString('en-US')} 条未列出(每项检查只列出前 ${p.listed.toLocaleString('en-US')} 条)。同类问题往往出自同一原因,请先改正已列出的几条,再重新检查。`,
};

const SKIP_LABELS: Record<SkipReason, string> = { total: '合计行', note: '说明行' };

/**
 * "What was read, as what, and which rules ran" (summaries/read-report.ts puts these together), one wording for
 * the page and `kehou check`.
 */
export const READ_MESSAGES = {
  sheet: (p: { sheet: string }) => `工作表「${p.sheet}」`,
  /** `encoding` for a text file that was decoded; `sheet`: a workbook's sheet (read, but no known table). */
  unrecognised: (p: { encoding: Encoding | null; sheet: boolean }) =>
    `未识别${p.encoding ? `,${ENCODING_LABELS[p.encoding]}` : p.sheet ? '' : ',无法读取'}:没有检查`,
  readAs: (p: { kind: FileKind }) => `读作${label(p.kind)}`,
  encoding: (p: { encoding: Encoding }) => ENCODING_LABELS[p.encoding],
  headerRow: (p: { row: number }) => `表头在第 ${p.row} 行`,
  /** `loaded`: the rows that passed the cell checks, when it is known. */
  rows: (p: { rows: number; loaded: number | null }) => `${p.rows} 行数据${p.loaded !== null && p.loaded !== p.rows ? `(${p.loaded} 行通过单元格检查)` : ''}`,
  skipped: (p: { reason: SkipReason; rows: number }) => `${SKIP_LABELS[p.reason]} ${p.rows} 行未计入`,
  /** The parts above, as one summary. */
  summary: (p: { parts: string[] }) => p.parts.join(','),
  columns: (p: { columns: { header: string; from: string }[] }) => `列对应:${p.columns.map((c) => `${c.header} ← ${c.from}`).join(';')}`,
  ignored: (p: { columns: string[] }) => `未检查的列:${p.columns.join('、')}`,
  /** A file's line in the command's account. */
  line: (p: { place: string; summary: string }) => `${p.place}:${p.summary}`,
  rulesRan: (p: { count: number }) => `规则:执行 ${p.count} 条。`,
  rulesSkipped: (p: { missing: FileKind[]; count: number }) => `未载入${p.missing.map(label).join('、')}:跳过 ${p.count} 条规则。`,
};

/** A sentence of the read report. */
export function readText<C extends keyof typeof READ_MESSAGES>(code: C, params: ParamsOf<typeof READ_MESSAGES, C>): string {
  return render(READ_MESSAGES, code, params);
}

/** The school's settings as a file (settings-file.ts): its name, what the reader calls it, and its fields' names in messages. */
export const SETTINGS_FILE_WORDS = {
  fileName: '台账自查设置.json',
  label: '台账自查设置文件',
  fields: {
    semesters: '学期',
    name: '名称',
    start: '开始',
    end: '结束',
    periods: '时段',
    parentsOffWork: '家长下班时间',
    lessonMinutes: '一课时分钟数',
    nonSchoolDays: '非上课日',
    extraSchoolDays: '上课日',
    fundFen: '经费(分)',
    holidays: '节假日',
    workdays: '调休上班日',
    dutyRoster: '行政人员值班',
    externalShareMax: '校外人员课时占比上限',
    columns: '列对应',
  } as Record<string, string>,
  /** A date or a time in the settings that cannot be read (the schema's own messages, settings.ts). */
  badDate: '日期须写成 2024-09-02',
  badTime: '时间须写成 15:30',
  /** The first problem of a settings object: where (by the fields' names), its path, what is wrong. */
  invalid: (p: { where: string; path: string; message: string }) => `「${p.where}」(${p.path})${p.message}`,
};

export type LedgerMessageCode = keyof typeof MESSAGES;
export type LedgerMessageParams<C extends LedgerMessageCode> = ParamsOf<typeof MESSAGES, C>;
/** A sentence of the ledger engine as data. */
export type LedgerMessage = MessageOf<typeof MESSAGES>;

/** An SQL rule's finding: the rule's id and the columns its message template names (from the rule's row). */
export interface RuleMessage {
  code: LedgerRuleId;
  params: Record<string, string | number | null>;
}

/** A message as data with its sentence beside it: what findings and the reading layer's results carry. */
export type Said = LedgerMessage & { message: string };

/** `{ code, params, message }` for a code of this table; spread it into a finding or a result. */
export function said<C extends LedgerMessageCode>(code: C, params: LedgerMessageParams<C>): Said {
  return { code, params, message: render(MESSAGES, code, params) } as Said;
}

/** The sentence of a message of this table. */
export function messageText(m: LedgerMessage): string {
  return render(MESSAGES, m.code, m.params as never);
}

const RULE_TEMPLATES = new Map<string, string>(LEDGER_RULES.map((r) => [r.id, r.message]));

/** The sentence of any finding's `{ code, params }`: a code of this table, or an SQL rule's id with its row. */
export function findingText(m: LedgerMessage | RuleMessage): string {
  const template = RULE_TEMPLATES.get(m.code);
  return template === undefined ? messageText(m as LedgerMessage) : fillTemplate(template, m.params);
}
