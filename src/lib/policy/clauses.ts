/**
 * The clause vocabulary of 浦教义〔2024〕10号. A clause id means the same thing in
 * content frontmatter, ledger rules, plan checks, findings, URLs and tests.
 * `tests/unit/policy/clauses.test.ts` checks this list against `content/clauses/`.
 */

export const DOCUMENT_NUMBER = '浦教义〔2024〕10号';

export const CLAUSES = [
  { id: 'cover', heading: '转发通知' },
  { id: '0', heading: '前言' },
  { id: '1', heading: '优化服务管理,进一步落实学校主体责任' },
  { id: '1.1', heading: '优化课后服务管理' },
  { id: '1.1.1', heading: '精心安排课后服务内容' },
  { id: '1.1.2', heading: '统筹用足课后服务空间' },
  { id: '1.1.3', heading: '提升教师课后服务能力' },
  { id: '1.1.4', heading: '规范引入校外专业力量' },
  { id: '1.1.5', heading: '用好课后服务专项经费' },
  { id: '1.1.6', heading: '加强课后服务质量监控' },
  { id: '1.2', heading: '健全课后服务管理制度' },
  { id: '1.2.1', heading: '优化数据统计制度' },
  { id: '1.2.2', heading: '强化校内公示制度' },
  { id: '1.2.3', heading: '落实经费保障制度' },
  { id: '2', heading: '加强指导检查,进一步落实学段中心监管职责' },
  { id: '2.1', heading: '强化日常指导' },
  { id: '2.2', heading: '加强监督检查' },
  { id: '2.3', heading: '严格数据审核' },
  { id: '2.4', heading: '优化绩效考核' },
  { id: '3', heading: '加强统筹协作,进一步落实各部门工作职责' },
  { id: '3.1', heading: '将课后服务纳入学校考核' },
  { id: '3.2', heading: '开展教师课后服务能力培训' },
  { id: '3.3', heading: '加强干部职工的宣传教育' },
  { id: '3.4', heading: '规范校外机构参与课后服务' },
  { id: '3.5', heading: '建立定期抽查和监督机制' },
  { id: '3.6', heading: '加强课后服务经费的管理监督' },
  { id: '3.7', heading: '建立追责问责机制' },
] as const;

export type ClauseId = (typeof CLAUSES)[number]['id'];

export const CLAUSE_IDS: readonly ClauseId[] = CLAUSES.map((c) => c.id);

export function isClauseId(value: string): value is ClauseId {
  return (CLAUSE_IDS as readonly string[]).includes(value);
}

export function clauseHeading(id: ClauseId): string {
  return CLAUSES.find((c) => c.id === id)!.heading;
}

/** `1.1.1` → `1-1-1`: the ASCII path segment of a clause page. */
export function clauseSlug(id: ClauseId): string {
  return id.replaceAll('.', '-');
}

/** Site-relative address of a clause, optionally of one paragraph (`#p2`). */
export function clauseHref(id: ClauseId, paragraph?: number): string {
  return `/clauses/${clauseSlug(id)}/` + (paragraph ? `#p${paragraph}` : '');
}

const HAN_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * The notice's own numbering: `1.1.1` → `一(一)1`, `2.3` → `二(三)`, `3` → `三`.
 * `cover` and `0` have no number and read 转发通知 / 前言.
 */
export function clauseNumber(id: ClauseId): string {
  if (id === 'cover') return '转发通知';
  if (id === '0') return '前言';
  const [part, section, item] = id.split('.').map(Number);
  let out = HAN_DIGITS[part!]!;
  if (section !== undefined) out += `(${HAN_DIGITS[section]})`;
  if (item !== undefined) out += String(item);
  return out;
}

/** `浦教义〔2024〕10号 一(一)1 第2段` */
export function citation(id: ClauseId, paragraph?: number): string {
  return `${DOCUMENT_NUMBER} ${clauseNumber(id)}` + (paragraph ? ` 第${paragraph}段` : '');
}
