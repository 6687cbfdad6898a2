/**
 * The ledger file kinds of the standard template v1 (domain.md), each with its exact Chinese
 * headers and the English field names the code and the SQL tables use. A file's kind is
 * recognised from its header row, never from its name.
 */
import type { ClauseId } from '../../policy/clauses.ts';

export type FileKind =
  | 'ledger'
  | 'monthlySummary'
  | 'monthlyDisclosure'
  | 'semesterDisclosure'
  | 'payReport'
  | 'externalRoster'
  | 'classRoster';

export interface Column {
  key: string;
  header: string;
}

export interface KindInfo {
  label: string;
  table: string;
  /** The clause a malformed file of this kind falls short of (data must be recorded truthfully). */
  clause: ClauseId;
  columns: readonly Column[];
}

const cols = (pairs: readonly (readonly [string, string])[]): Column[] => pairs.map(([key, header]) => ({ key, header }));

export const FILE_KINDS: Record<FileKind, KindInfo> = {
  ledger: {
    label: '课后服务工作台账',
    table: 'ledger',
    clause: '1.2.1',
    columns: cols([
      ['date', '日期'],
      ['period', '时段'],
      ['start', '开始时间'],
      ['end', '结束时间'],
      ['group', '班级或活动'],
      ['serviceType', '服务类型'],
      ['category', '活动类别'],
      ['content', '活动内容'],
      ['venue', '场地'],
      ['students', '参与学生人数'],
      ['staffId', '工号'],
      ['name', '姓名'],
      ['staffType', '人员类别'],
      ['role', '职责'],
      ['hours', '课时数'],
    ]),
  },
  monthlySummary: {
    label: '月度汇总',
    table: 'monthly_summary',
    clause: '1.2.1',
    columns: cols([
      ['month', '月份'],
      ['staffId', '工号'],
      ['name', '姓名'],
      ['dates', '参与日期'],
      ['days', '参与天数'],
      ['hours', '总课时数'],
    ]),
  },
  monthlyDisclosure: {
    label: '工作量公示',
    table: 'monthly_disclosure',
    clause: '1.2.2',
    columns: cols([
      ['month', '月份'],
      ['staffId', '工号'],
      ['name', '姓名'],
      ['hours', '总课时数'],
    ]),
  },
  semesterDisclosure: {
    label: '学期公示',
    table: 'semester_disclosure',
    clause: '1.2.2',
    columns: cols([
      ['semester', '学期'],
      ['staffId', '工号'],
      ['name', '姓名'],
      ['hours', '总课时数'],
      ['amount', '拟发放报酬'],
    ]),
  },
  payReport: {
    label: '报酬统计',
    table: 'pay_report',
    clause: '1.2.3',
    columns: cols([
      ['semester', '学期'],
      ['staffId', '工号'],
      ['name', '姓名'],
      ['hours', '总课时数'],
      ['amount', '报酬金额'],
    ]),
  },
  externalRoster: {
    label: '校外人员名册',
    table: 'external_roster',
    clause: '1.1.4',
    columns: cols([
      ['staffId', '工号'],
      ['name', '姓名'],
      ['staffType', '人员类别'],
      ['org', '所属单位'],
      ['degreeChecked', '学历证明核验'],
      ['certificateChecked', '资格证书核验'],
      ['recordCheck', '违法信息查询'],
      ['healthChecked', '身心健康核验'],
      ['vettedOn', '审查日期'],
    ]),
  },
  // The notice names no class roster: the site asks for one (本站标准模板) to check the 台账's 参与学生人数, which
  // 一(二)1 wants recorded as it was. 三(五) is the working group's inspection, not the school's duty.
  classRoster: {
    label: '班级名册',
    table: 'class_roster',
    clause: '1.2.1',
    columns: cols([
      ['group', '班级或活动'],
      ['students', '学生人数'],
    ]),
  },
};

export const KIND_ORDER = Object.keys(FILE_KINDS) as FileKind[];

export function headersOf(kind: FileKind): string[] {
  return FILE_KINDS[kind].columns.map((c) => c.header);
}

/** Header cells as Excel writes them: BOM, surrounding spaces and full-width spaces removed. */
export function cleanHeader(cell: string): string {
  return cell.replace(/^\uFEFF/, '').replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

export interface KindMatch {
  kind: FileKind;
  missing: string[];
  extra: string[];
}

/**
 * The kind whose headers the row contains, preferring the kind with the most columns
 * (月度汇总 contains every header of 工作量公示). When no kind is complete, the closest kind
 * with at least half its headers present, with what is missing — or null.
 */
export function matchKind(headers: readonly string[]): KindMatch | null {
  const present = new Set(headers.map(cleanHeader));
  const candidates = KIND_ORDER.map((kind) => {
    const wanted = headersOf(kind);
    const missing = wanted.filter((h) => !present.has(h));
    const extra = [...present].filter((h) => h && !wanted.includes(h));
    return { kind, missing, extra, found: wanted.length - missing.length, size: wanted.length };
  });
  const complete = candidates.filter((c) => c.missing.length === 0).sort((a, b) => b.size - a.size || a.extra.length - b.extra.length);
  if (complete[0]) return { kind: complete[0].kind, missing: [], extra: complete[0].extra };
  const partial = candidates
    .filter((c) => c.found >= Math.ceil(c.size / 2) && c.found >= 2)
    .sort((a, b) => b.found / b.size - a.found / a.size || b.size - a.size);
  return partial[0] ? { kind: partial[0].kind, missing: partial[0].missing, extra: partial[0].extra } : null;
}

export function detectKind(headers: readonly string[]): FileKind | null {
  const match = matchKind(headers);
  return match && match.missing.length === 0 ? match.kind : null;
}

// The notice's vocabulary lives in policy/vocabulary.ts; re-exported for the ledger's own modules.
export { ACTIVITY_CATEGORIES, INTERNAL_STAFF, PERIOD_NAMES, ROLES, SERVICE_TYPES, STAFF_TYPES } from '../../policy/vocabulary.ts';
