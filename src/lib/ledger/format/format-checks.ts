/**
 * The checks made before any SQL: reading, recognising and validating each file. Their findings
 * cite the clause of the file's kind (台账 and 月度汇总 1.2.1, 公示 1.2.2, 报酬统计 1.2.3,
 * 校外人员名册 1.1.4, 班级名册 3.5). Listed on the rules page beside the SQL rules.
 */
import type { Severity } from '../types.ts';
import type { Basis } from '../../policy/basis.ts';
import type { LedgerFormatCheckId } from '../check-ids.ts';

export interface FormatCheck {
  id: LedgerFormatCheckId;
  severity: Severity;
  title: string;
  description: string;
  basis: Basis;
}

/**
 * The file layout is this site's standard template (v1), not a requirement of the notice. Its column names can
 * be changed in the settings (列对应); the rest of the format (one header, whole rows, no control characters …)
 * cannot, so those checks say so (`fixed`) rather than promising a setting.
 */
const TEMPLATE: Basis = { kind: 'default', note: '本站标准模板' };
const FORMAT: Basis = { kind: 'default', note: '本站标准模板', fixed: true };
const HOLIDAY_DATA: Basis = { kind: 'default', note: '内置数据以外的年份周一至周五按工作日计' };
const INFERRED_TERMS: Basis = { kind: 'default', note: '按上海常规推定学期起止' };

export const FORMAT_CHECKS: FormatCheck[] = [
  { id: 'file.unreadable', severity: 'error', title: '文件无法读取', description: '空文件、图片等二进制文件、UTF-16 文本、超过大小上限、按所选编码无法解码,或打不开的 Excel 工作簿(损坏或设了打开密码)。', basis: FORMAT },
  { id: 'file.no-header', severity: 'error', title: '没有表头', description: '文件或工作表中没有任何内容。表头可以在前 30 行内,上方可有标题和填写说明行。', basis: FORMAT },
  { id: 'file.unknown-kind', severity: 'error', title: '无法识别文件类型', description: '表头不属于任何标准模板;文件类型只按表头识别,与文件名无关。', basis: TEMPLATE },
  { id: 'file.missing-columns', severity: 'error', title: '缺少列', description: '表头接近某个模板,但缺少其中的列。', basis: TEMPLATE },
  { id: 'file.duplicate-columns', severity: 'error', title: '重复的列', description: '同一个列名出现了不止一次。', basis: FORMAT },
  { id: 'file.extra-columns', severity: 'info', title: '模板以外的列', description: '多出的列不参与检查。', basis: TEMPLATE },
  { id: 'file.unbalanced-quotes', severity: 'error', title: '引号不成对', description: '带引号的单元格没有结束引号,其后的内容无法可靠读取。', basis: FORMAT },
  { id: 'file.control-characters', severity: 'error', title: '单元格中有控制字符', description: 'NUL 等不可见的控制字符不会出现在正常填写的单元格中,常见于损坏的文件;含有它的行不参与检查。', basis: FORMAT },
  { id: 'file.rules-skipped', severity: 'warning', title: '文件未完整读入,相关检查未运行', description: '一个文件没有完整读入(如引号未闭合,其后的行都没有读到)时,依赖该类文件全部数据的检查不运行,并列出没有运行的检查。', basis: FORMAT },
  { id: 'file.ragged-row', severity: 'error', title: '单元格个数与表头不符', description: '常见原因是单元格中有未加引号的英文逗号。', basis: FORMAT },
  { id: 'file.mostly-ignored', severity: 'error', title: '大部分列未被读取', description: '表头只有少数列与模板对应,多数列会被忽略:这样的文件不能当作已检查。请核对表头,或在列对应步骤中指定每一列。', basis: TEMPLATE },
  { id: 'file.no-rows', severity: 'error', title: '没有数据行', description: '找到了表头,但其下没有任何数据行,文件中没有可检查的内容。', basis: FORMAT },
  { id: 'file.total-rows', severity: 'info', title: '合计行未计入', description: '「合计」「小计」「总计」行不是一条记录,不参与检查。', basis: FORMAT },
  { id: 'file.note-rows', severity: 'info', title: '说明行未计入', description: '表头以下的说明、备注行不参与检查。', basis: FORMAT },
  { id: 'file.other-sheets', severity: 'info', title: '工作簿中未读取的工作表', description: '工作簿里与任何模板都不对应的工作表,没有读取。', basis: FORMAT },
  { id: 'cell.invalid', severity: 'error', title: '单元格内容不符合模板', description: '必填为空、日期/时间/数字/金额格式错误、不在规定取值内、结束时间不晚于开始时间、素质教育缺少活动类别、参与日期无法识别、单元格过长。每个错误单元格一条。', basis: TEMPLATE },
  { id: 'cell.leading-zero', severity: 'warning', title: '工号可能丢了开头的 0', description: 'Excel 打开 CSV 时会把 00203 变成 203;同一工号在其他表格中带开头的 0 时提醒核对。', basis: FORMAT },
  { id: 'settings.holiday-data', severity: 'info', title: '节假日数据未覆盖', description: '内置节假日数据只到 2026 年,之后的年份周一至周五按工作日计算;设置文件可补充该年的节假日(holidays)和调休上班日(workdays)。', basis: HOLIDAY_DATA },
  { id: 'settings.semester-inferred', severity: 'info', title: '学期起止按常规推定', description: '台账所在学年没有已公布的校历、设置中也没有填写学期时,按上海常规推定学期起止(9 月初至 1 月底、2 月中至 6 月 30 日),请在设置中核对。', basis: INFERRED_TERMS },
];

/** A format check's severity, from the list above (never decided by its id elsewhere). */
export function formatSeverity(id: LedgerFormatCheckId): Severity {
  return FORMAT_CHECKS.find((c) => c.id === id)!.severity;
}
