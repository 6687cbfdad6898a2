/**
 * The words schools write in their header rows, as data: for each standard column of the template, the
 * other names it goes by. A header cell is compared after normalising (normalizeHeader): spaces,
 * full-width characters, bracketed units and notes (课时数(节)、日期(年/月/日)、工号*) do not count.
 * A school's own names come from its settings (`columns`), saved by the page's column-mapping step.
 */
import { toHalfWidth } from '../../units/text.ts';
import { FILE_KINDS, KIND_ORDER, type FileKind } from './kinds.ts';

/** Standard header → other names (本站默认: collected from school templates and public import templates). */
export const HEADER_SYNONYMS: Record<string, readonly string[]> = {
  日期: ['服务日期', '活动日期', '上课日期', '课后服务日期', '时间日期'],
  时段: ['服务时段', '课后服务时段', '时段名称', '课时段'],
  开始时间: ['起始时间', '开始', '起始', '服务开始时间', '活动开始时间', '上课开始时间'],
  结束时间: ['终止时间', '结束', '截止时间', '服务结束时间', '活动结束时间', '下课时间', '上课结束时间'],
  班级或活动: ['班级', '活动', '班级/活动', '班级活动', '班级或社团', '班级名称', '活动名称', '社团名称', '社团', '课程名称', '服务班级', '服务对象', '班级或项目'],
  服务类型: ['服务类别', '服务形式', '类型', '课后服务类型'],
  活动类别: ['活动类型', '素质教育类别', '素质教育活动类别', '类别', '活动分类'],
  活动内容: ['内容', '服务内容', '具体内容', '课程内容', '活动安排', '辅导内容'],
  场地: ['地点', '服务地点', '活动地点', '上课地点', '教室', '场所', '活动场地', '服务场地'],
  参与学生人数: ['学生人数', '参与人数', '人数', '学生数', '参加人数', '参与学生数', '参加学生人数', '服务学生人数'],
  工号: ['教师工号', '教工号', '职工号', '教职工号', '人员编号', '工作证号', '教师编号', '编号', '人员工号'],
  姓名: ['教师姓名', '教师', '老师', '人员姓名', '服务教师', '授课教师', '指导教师', '教职工姓名', '老师姓名'],
  人员类别: ['人员类型', '教师类别', '人员身份', '身份', '人员性质'],
  职责: ['角色', '岗位', '担任职责', '工作职责', '承担职责'],
  课时数: ['课时', '课时量', '计课时', '节数', '课时数量', '计算课时'],
  月份: ['月', '统计月份', '所属月份', '年月'],
  参与日期: ['服务日期', '参与服务日期', '日期明细', '出勤日期'],
  参与天数: ['天数', '服务天数', '出勤天数', '参与服务天数'],
  总课时数: ['课时数', '课时', '总课时', '合计课时', '累计课时', '课时合计', '课时总数', '月课时数'],
  学期: ['学年学期', '所属学期', '学年度学期'],
  拟发放报酬: ['报酬', '拟发报酬', '拟发放金额', '拟发金额', '金额', '报酬金额', '应发报酬'],
  报酬金额: ['报酬', '发放金额', '实发金额', '实发报酬', '应发金额', '金额', '发放报酬'],
  所属单位: ['单位', '工作单位', '所在单位', '机构', '所属机构', '派出单位'],
  学历证明核验: ['学历核验', '学历证明', '学历证书核验'],
  资格证书核验: ['资格证书', '资格核验', '证书核验', '资质核验'],
  违法信息查询: ['违法犯罪记录查询', '违法犯罪信息查询', '犯罪记录查询', '无犯罪记录查询', '违法记录查询'],
  身心健康核验: ['健康核验', '身心健康', '健康状况核验'],
  审查日期: ['核验日期', '审核日期', '审查时间', '核验时间'],
  学生人数: ['人数', '学生数', '班级人数', '参与学生人数', '报名人数'],
};

/** A 台账 may write a session as one column (15:30-16:10) instead of 开始时间 and 结束时间. */
export const SESSION_HEADERS: readonly string[] = ['时间', '服务时间', '起止时间', '上课时间', '时间段', '活动时间', '起讫时间'];

/** `课时数(节)` → `课时数`; `　教师 工号 *` → `教师工号`; `（必填）日期` → `日期`. */
export function normalizeHeader(cell: string): string {
  return toHalfWidth(cell.replace(/^\uFEFF/, ''))
    .replace(/[([【{<《][^)\]】}>》]*[)\]】}>》]/g, '')
    .replace(/[\s*※:#]/g, '')
    .toLowerCase();
}

/** The standard names and synonyms, normalised once: the header search compares them with every cell of its first rows. */
const labelCache = new Map<string, string>();
function normalizedLabel(label: string): string {
  let n = labelCache.get(label);
  if (n === undefined) labelCache.set(label, (n = normalizeHeader(label)));
  return n;
}

/** A school's own header names, from its settings: kind → standard header → the header its files use. */
export type ColumnNames = Partial<Record<FileKind, Record<string, string>>>;

export interface HeaderMatch {
  kind: FileKind;
  /** Standard header → index of the file's column that holds it. */
  columns: Map<string, number>;
  /** How each standard header was found: its own name, a synonym, or the school's settings. */
  via: Map<string, 'exact' | 'synonym' | 'school'>;
  missing: string[];
  /** Non-empty header cells that no standard column takes. */
  extra: string[];
  /** Index of a one-column session (15:30-16:10) standing in for 开始时间 and 结束时间, or -1. */
  session: number;
  score: number;
}

/** How well a header row fits one kind: each standard column takes the best file column not yet taken. */
export function matchHeaders(headers: readonly string[], kind: FileKind, names: ColumnNames = {}): HeaderMatch {
  const norm = headers.map(normalizeHeader);
  const taken = new Set<number>();
  const columns = new Map<string, number>();
  const via = new Map<string, 'exact' | 'synonym' | 'school'>();
  const wanted = FILE_KINDS[kind].columns.map((c) => c.header);
  const own = names[kind] ?? {};
  const find = (label: string) => {
    const target = normalizedLabel(label);
    return norm.findIndex((h, i) => !taken.has(i) && h !== '' && h === target);
  };
  // Three passes so that a column named exactly is never taken by another column's synonym (总课时数 vs 课时数).
  for (const pass of ['school', 'exact', 'synonym'] as const) {
    for (const header of wanted) {
      if (columns.has(header)) continue;
      const labels = pass === 'school' ? (own[header] ? [own[header]!] : []) : pass === 'exact' ? [header] : (HEADER_SYNONYMS[header] ?? []);
      for (const label of labels) {
        const at = find(label);
        if (at >= 0) {
          columns.set(header, at);
          via.set(header, pass);
          taken.add(at);
          break;
        }
      }
    }
  }
  let session = -1;
  if (kind === 'ledger' && !columns.has('开始时间') && !columns.has('结束时间')) {
    session = norm.findIndex((h, i) => !taken.has(i) && SESSION_HEADERS.some((s) => normalizedLabel(s) === h));
    if (session >= 0) taken.add(session);
  }
  const missing = wanted.filter((h) => !columns.has(h) && !(session >= 0 && (h === '开始时间' || h === '结束时间')));
  const extra = headers.filter((h, i) => !taken.has(i) && norm[i] !== '').map((h) => h.trim());
  const found = wanted.length - missing.length;
  const exact = [...via.values()].filter((v) => v !== 'synonym').length;
  return { kind, columns, via, missing, extra, session, score: found * 2 + exact };
}

export interface KindChoice {
  /** The kind the row is read as, or null. */
  match: HeaderMatch | null;
  /** When no kind is complete: the closest kind (for the message and the column-mapping step). */
  closest: HeaderMatch | null;
  /** A complete kind that would ignore most of the file's columns, and so was not taken. */
  refused: HeaderMatch | null;
}

/**
 * Scores every kind against the header row. A complete kind is taken only when it uses at least as many
 * of the file's columns as it ignores; otherwise (a 15-column 台账 whose headers a 2-column 班级名册 also
 * contains) it is refused and the closest kind is named, so nothing passes unchecked.
 */
export function chooseKind(headers: readonly string[], names: ColumnNames = {}): KindChoice {
  const all = KIND_ORDER.map((kind) => matchHeaders(headers, kind, names));
  const used = (m: HeaderMatch) => FILE_KINDS[m.kind].columns.length - m.missing.length;
  const complete = all.filter((m) => m.missing.length === 0).sort((a, b) => used(b) - used(a) || b.score - a.score || a.extra.length - b.extra.length);
  const good = complete.find((m) => used(m) + (m.session >= 0 ? 1 : 0) >= m.extra.length);
  if (good) return { match: good, closest: null, refused: null };
  const partial = all
    .filter((m) => used(m) >= 2 && used(m) >= Math.ceil(FILE_KINDS[m.kind].columns.length / 2))
    .sort((a, b) => used(b) / FILE_KINDS[b.kind].columns.length - used(a) / FILE_KINDS[a.kind].columns.length || used(b) - used(a));
  const closest = partial.find((m) => m.missing.length > 0) ?? null;
  return { match: null, closest, refused: complete[0] ?? null };
}

/** How many known header names a row holds (for finding the header row below title and note rows). */
export function headerScore(cells: readonly string[], names: ColumnNames = {}): number {
  let best = 0;
  for (const kind of KIND_ORDER) {
    const m = matchHeaders(cells, kind, names);
    best = Math.max(best, m.score);
  }
  return best;
}
