/**
 * The district table and every school's findings as rows (header + cells), for CSV here and for the
 * page's .xlsx (one sheet for the table, one for all findings). Cells from schools' files are text.
 */
import { SEVERITY_LABELS } from '../policy/severity.ts';
import { citation } from '../policy/clauses.ts';
import { toCsv } from '../ledger/summaries/export.ts';
import { REVIEW_STATUS_LABELS } from './plans.ts';
import type { SchoolSummary } from './summary.ts';
import type { SchoolResult } from './result.ts';
import { hoursText, shareText, yuanText } from './format.ts';

export interface Table {
  header: string[];
  rows: string[][];
}

const hours = hoursText;
const yuan = (fen: number | null) => (fen === null ? '' : yuanText(fen));
const percent = (x: number | null) => (x === null ? '' : shareText(x));

export function districtTable(summaries: readonly SchoolSummary[], ruleTitle: (id: string) => string = (id) => id): Table {
  const semesters = [...new Set(summaries.flatMap((s) => s.semesters.map((x) => x.name)))].sort();
  const header = [
    '学校', '文件数', '读取行数', '覆盖月份', SEVERITY_LABELS.error, SEVERITY_LABELS.warning, SEVERITY_LABELS.info, '最多的三条规则',
    ...semesters.flatMap((name) => [`${name || '学期外'} 课时`, `${name || '学期外'} 报酬(元)`]),
    '课时合计', '报酬合计(元)', '元/课时', '校外人员课时占比', '方案状态', '方案错误', '方案警告', '检查未完成原因',
  ];
  const rows = summaries.map((s) => [
    s.school,
    String(s.files),
    String(s.rows),
    s.months.join('、'),
    String(s.counts.error),
    String(s.counts.warning),
    String(s.counts.info),
    s.topRules.map((r) => `${ruleTitle(r.rule)}(${r.count})`).join(';'),
    ...semesters.flatMap((name) => {
      const x = s.semesters.find((y) => y.name === name);
      return [x ? hours(x.hours) : '', x ? yuan(x.payFen) : ''];
    }),
    hours(s.hours),
    yuan(s.payFen),
    s.payPerHour === null ? '' : s.payPerHour.toFixed(2),
    percent(s.externalShare),
    s.plan ? REVIEW_STATUS_LABELS[s.plan.status] : '无方案',
    s.plan ? String(s.plan.counts.error) : '',
    s.plan ? String(s.plan.counts.warning) : '',
    s.failed ?? '',
  ]);
  return { header, rows };
}

export function findingsTable(results: readonly SchoolResult[]): Table {
  const header = ['学校', '严重程度', '规则', '条款', '文件', '行', '列', '说明'];
  const rows: string[][] = [];
  for (const r of results)
    for (const f of r.findings)
      rows.push([r.school, SEVERITY_LABELS[f.severity], f.rule, citation(f.clause), f.file ?? '', f.row === null ? '' : String(f.row), f.column ?? '', f.message]);
  return { header, rows };
}

/** Cells come from schools' own files, so formula triggers are neutralised. */
export function tableToCsv(table: Table): string {
  return toCsv(table.header, table.rows);
}
