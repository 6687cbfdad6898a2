/**
 * The checks made before any SQL: reading, recognising and validating each file. Their findings
 * cite the clause of the file's kind (台账 and 月度汇总 1.2.1, 公示 1.2.2, 报酬统计 1.2.3,
 * 校外人员名册 1.1.4, 班级名册 3.5). Listed on the rules page beside the SQL rules.
 */
import type { Severity } from './types.ts';

export interface FormatCheck {
  id: string;
  severity: Severity;
  title: string;
  description: string;
}

export const FORMAT_CHECKS: FormatCheck[] = [
  { id: 'file.unreadable', severity: 'error', title: '文件无法读取', description: '空文件、二进制文件(如 .xlsx)、UTF-16 文本、超过大小上限或按所选编码无法解码。' },
  { id: 'file.no-header', severity: 'error', title: '没有表头', description: '第 1 行应是模板的列名。' },
  { id: 'file.unknown-kind', severity: 'error', title: '无法识别文件类型', description: '表头不属于任何标准模板;文件类型只按表头识别,与文件名无关。' },
  { id: 'file.missing-columns', severity: 'error', title: '缺少列', description: '表头接近某个模板,但缺少其中的列。' },
  { id: 'file.duplicate-columns', severity: 'error', title: '重复的列', description: '同一个列名出现了不止一次。' },
  { id: 'file.extra-columns', severity: 'info', title: '模板以外的列', description: '多出的列不参与检查。' },
  { id: 'file.unbalanced-quotes', severity: 'error', title: '引号不成对', description: '带引号的单元格没有结束引号,其后的内容无法可靠读取。' },
  { id: 'file.control-characters', severity: 'error', title: '单元格中有控制字符', description: 'NUL 等不可见的控制字符不会出现在正常填写的单元格中,常见于损坏的文件;含有它的行不参与检查。' },
  { id: 'file.rules-skipped', severity: 'warning', title: '文件未完整读入,相关检查未运行', description: '一个文件没有完整读入(如引号未闭合,其后的行都没有读到)时,依赖该类文件全部数据的检查不运行,并列出没有运行的检查。' },
  { id: 'file.ragged-row', severity: 'error', title: '单元格个数与表头不符', description: '常见原因是单元格中有未加引号的英文逗号。' },
  { id: 'cell.invalid', severity: 'error', title: '单元格内容不符合模板', description: '必填为空、日期/时间/数字/金额格式错误、不在规定取值内、结束时间不晚于开始时间、素质教育缺少活动类别、参与日期无法识别、单元格过长。每个错误单元格一条。' },
  { id: 'settings.holiday-data', severity: 'info', title: '节假日数据未覆盖', description: '内置节假日数据只到 2026 年,之后的年份周一至周五按工作日计算;设置文件可补充该年的节假日(holidays)和调休上班日(workdays)。' },
  { id: 'settings.semester-inferred', severity: 'info', title: '学期起止按常规推定', description: '台账所在学年没有已公布的校历、设置中也没有填写学期时,按上海常规推定学期起止(9 月初至 1 月底、2 月中至 6 月 30 日),请在设置中核对。' },
];

/** A format check's severity, from the list above (never decided by its id elsewhere). */
export function formatSeverity(id: string): Severity {
  return FORMAT_CHECKS.find((c) => c.id === id)?.severity ?? 'error';
}
