/**
 * A deterministic school: its 台账 for a run of school days plus the files that must agree with it
 * (月度汇总, 工作量公示, 学期公示, 报酬统计, 校外人员名册, 班级名册). A clean school breaks no rule;
 * named defects plant one known break each. Samples, fixtures, tests and the benchmark all use it.
 *
 * Days are generated one at a time (`ledgerDays`) so a million rows can be streamed to disk.
 */
import { createSummaryAccumulator, formatHundredths, monthlySummaryCells, disclosureCells, DATE_SEPARATOR } from './summarize.ts';
import { headersOf, type FileKind } from './kinds.ts';
import { minutesToTime, timeToMinutes } from './fields.ts';

export const LEDGER_HEADER = headersOf('ledger');

export interface LedgerRecord {
  date: string;
  period: string;
  start: string;
  end: string;
  group: string;
  serviceType: '作业辅导' | '素质教育';
  category: string;
  content: string;
  venue: string;
  students: string;
  staffId: string;
  name: string;
  staffType: string;
  role: string;
  hours: string;
}

export function ledgerCells(r: LedgerRecord): string[] {
  return [r.date, r.period, r.start, r.end, r.group, r.serviceType, r.category, r.content, r.venue, r.students, r.staffId, r.name, r.staffType, r.role, r.hours];
}

export interface PeriodTimes {
  name: string;
  start: string;
  end: string;
}

export interface GenerateOptions {
  seed: number;
  /** Sorted `YYYY-MM-DD` school days the ledger covers. */
  schoolDays: readonly string[];
  /** 2 or 3 时段, in order, not overlapping. */
  periods: readonly PeriodTimes[];
  lessonMinutes: number;
  /** 学期 label in 学期公示 and 报酬统计, e.g. `2024-2025学年第一学期`. */
  semester: string;
  /** Number of classes; every class has one 素质教育 group. Alternatively `rows`. */
  classes?: number;
  /** Approximate number of 台账 rows wanted; sets `classes`. */
  rows?: number;
  /** 元 per 课时 (default 85, Shanghai's 2021 standard). */
  ratePerHour?: number;
  defects?: readonly DefectName[];
}

export type FileName = FileKind;

/** Download names of the generated files (the kind is recognised from the header, not the name). */
export const FILE_NAMES: Record<FileName, string> = {
  ledger: 'ledger.csv',
  monthlySummary: 'monthly-summary.csv',
  monthlyDisclosure: 'monthly-disclosure.csv',
  semesterDisclosure: 'semester-disclosure.csv',
  payReport: 'pay-report.csv',
  externalRoster: 'external-roster.csv',
  classRoster: 'class-roster.csv',
};

export const FILE_HEADERS: Record<FileName, readonly string[]> = {
  ledger: headersOf('ledger'),
  monthlySummary: headersOf('monthlySummary'),
  monthlyDisclosure: headersOf('monthlyDisclosure'),
  semesterDisclosure: headersOf('semesterDisclosure'),
  payReport: headersOf('payReport'),
  externalRoster: headersOf('externalRoster'),
  classRoster: headersOf('classRoster'),
};

// ---------------------------------------------------------------- the school

/** mulberry32: small, fast, and the same sequence in every JS engine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Person {
  staffId: string;
  name: string;
  staffType: string;
  unit: string;
}

interface Group {
  name: string;
  roster: number;
  venue: string;
  serviceType: '作业辅导' | '素质教育';
  category: string;
  content: string;
  /** A 校外 person who leads this group every day (with a 本校 助教). */
  external: Person | null;
}

export interface School {
  options: GenerateOptions;
  classes: Group[];
  activities: Group[];
  teachers: Person[];
  externals: Person[];
  /** Per period, its length in 课时 (hundredths). */
  periodHundredths: number[];
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '霞', '平', '刚', '桂英', '文', '华', '红', '建华', '晓燕', '志强', '海燕', '雪梅', '思远', '子涵', '一鸣', '佳怡', '宇轩', '欣然', '浩然', '雨桐', '梓萱', '俊杰'];
const GRADES = ['一', '二', '三', '四', '五'];
const EXTERNAL_TYPES = ['校外专业人员', '第三方机构人员', '退休教师', '大学生志愿者'] as const;
const EXTERNAL_UNITS: Record<(typeof EXTERNAL_TYPES)[number], string> = {
  校外专业人员: '浦东新区青少年活动中心',
  第三方机构人员: '上海某某体育发展有限公司',
  退休教师: '本校退休',
  大学生志愿者: '华东师范大学',
};
/** 活动类别 → [activity name, content, venue]; venues differ per category so groups never share one. */
const ACTIVITIES: readonly [string, string, string, string][] = [
  ['德育', '德育讲堂', '主题班会与红色故事分享', '报告厅'],
  ['体育', '篮球', '运球与传接球练习', '篮球场'],
  ['美育', '合唱', '合唱声部练习', '音乐教室'],
  ['科学', '机器人', '搭建与编程小车', '科学实验室'],
  ['劳动', '种植园', '校园种植与养护', '劳动基地'],
  ['阅读', '整本书阅读', '共读与读书分享', '图书馆'],
  ['兴趣小组', '围棋', '围棋入门与对弈', '棋艺教室'],
  ['社团活动', '戏剧社', '课本剧排练', '多功能厅'],
  ['安全实训', '安全小卫士', '消防与交通安全演练', '安全体验室'],
];

function personName(rand: () => number): string {
  return SURNAMES[Math.floor(rand() * SURNAMES.length)]! + GIVEN[Math.floor(rand() * GIVEN.length)]!;
}

const minutes = (time: string) => timeToMinutes(time)!;

/** Average 台账 rows per class per day: 作业辅导 1 + 素质教育 1.5 (half the groups are led by 校外 + 助教) + 作业辅导 0.8. */
const ROWS_PER_CLASS_DAY = 3.3;

export function planSchool(options: GenerateOptions): School {
  const rand = prng(options.seed);
  const classCount = Math.max(
    2,
    options.classes ?? Math.ceil((options.rows ?? 400) / Math.max(1, options.schoolDays.length) / ROWS_PER_CLASS_DAY),
  );
  const classes: Group[] = [];
  const activities: Group[] = [];
  const externals: Person[] = [];
  for (let i = 0; i < classCount; i++) {
    const name = `${GRADES[i % GRADES.length]}(${Math.floor(i / GRADES.length) + 1})班`;
    classes.push({ name, roster: 30 + Math.floor(rand() * 16), venue: `${name}教室`, serviceType: '作业辅导', category: '', content: '完成当日书面作业,个别答疑', external: null });
  }
  for (let j = 0; j < classCount; j++) {
    const [category, base, content, venueBase] = ACTIVITIES[j % ACTIVITIES.length]!;
    const n = Math.floor(j / ACTIVITIES.length) + 1;
    let external: Person | null = null;
    if (j % 2 === 1) {
      const staffType = EXTERNAL_TYPES[externals.length % EXTERNAL_TYPES.length]!;
      external = { staffId: `W${String(externals.length + 1).padStart(4, '0')}`, name: personName(rand), staffType, unit: EXTERNAL_UNITS[staffType] };
      externals.push(external);
    }
    activities.push({ name: n === 1 ? base : `${base}${n}组`, roster: 15 + Math.floor(rand() * 16), venue: `${venueBase}${n}`, serviceType: '素质教育', category, content, external });
  }
  // Enough teachers that each 时段 can be staffed by different people and the work rotates.
  const teacherCount = Math.ceil(classCount * 1.25) + 1;
  const teachers: Person[] = [];
  for (let i = 0; i < teacherCount; i++) {
    teachers.push({ staffId: String(i + 1).padStart(5, '0'), name: personName(rand), staffType: '本校教职工', unit: '' });
  }
  const periodHundredths = options.periods.map((p) =>
    Math.round(((minutes(p.end) - minutes(p.start)) * 100) / options.lessonMinutes),
  );
  return { options, classes, activities, teachers, externals, periodHundredths };
}

/** Fridays end after two 时段; other school days (make-up Saturdays included) run all of them. */
function periodCountOn(school: School, date: string): number {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  const all = school.options.periods.length;
  return weekday === 5 ? Math.min(2, all) : all;
}

function shuffled<T>(items: readonly T[], rand: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const k = Math.floor(rand() * (i + 1));
    [out[i], out[k]] = [out[k]!, out[i]!];
  }
  return out;
}

/** The clean 台账 rows of one school day, in the order a school would type them. */
export function cleanDay(school: School, dayIndex: number): LedgerRecord[] {
  const date = school.options.schoolDays[dayIndex]!;
  const rand = prng((school.options.seed ^ Math.imul(dayIndex + 1, 0x9e3779b1)) >>> 0);
  const rows: LedgerRecord[] = [];
  const count = periodCountOn(school, date);
  for (let p = 0; p < count; p++) {
    const period = school.options.periods[p]!;
    const hours = formatHundredths(school.periodHundredths[p]!);
    const staff = shuffled(school.teachers, rand);
    let next = 0;
    const base = { date, period: period.name, start: period.start, end: period.end, hours };
    const groups = p === 1 ? school.activities : school.classes;
    for (const g of groups) {
      const absent = g.serviceType === '作业辅导' ? Math.floor(rand() * g.roster * 0.3) : Math.floor(rand() * 4);
      const session = { ...base, group: g.name, serviceType: g.serviceType, category: g.category, content: g.content, venue: g.venue, students: String(g.roster - absent) };
      const role = p === 2 ? '看护' : '主讲';
      if (g.external) {
        rows.push({ ...session, ...who(g.external), role: '主讲' });
        rows.push({ ...session, ...who(staff[next++]!), role: '助教' });
      } else {
        rows.push({ ...session, ...who(staff[next++]!), role });
      }
    }
  }
  return rows;
}

function who(p: Person) {
  return { staffId: p.staffId, name: p.name, staffType: p.staffType };
}

// ---------------------------------------------------------------- defects

interface DayContext {
  school: School;
  dayIndex: number;
  date: string;
}

interface FilesContext {
  school: School;
  files: Record<FileName, string[][]>;
}

interface Defect {
  /** What the defect breaks, in the words of the notice. */
  description: string;
  /** The rule (or cell check) that must catch it. */
  rule: string;
  /** Changes the rows of the school day `defectDays` picks for it. */
  day?: (rows: LedgerRecord[], ctx: DayContext) => LedgerRecord[];
  files?: (ctx: FilesContext) => void;
}

const sessionsOf = (rows: LedgerRecord[], period: string) => rows.filter((r) => r.period === period);

export const DEFECTS = {
  'invalid-cell': {
    description: '一行的“职责”不是规定的取值',
    rule: 'cell.invalid',
    day: (rows) => mapFirst(rows, () => true, (r) => ({ ...r, role: '主持人' })),
  },
  'missing-school-day': {
    description: '一个上课日没有任何记录',
    rule: 'ledger.school-day-without-record',
    day: () => [],
  },
  'single-period-day': {
    description: '一天只开设一个时段',
    rule: 'ledger.periods-per-day',
    day: (rows, { school }) =>
      sessionsOf(rows, school.options.periods[0]!.name).map((r, i) =>
        i % 2 === 1 ? { ...r, serviceType: '素质教育', category: '体育', content: '体育游戏' } : r,
      ),
  },
  'homework-only-day': {
    description: '一天只有作业辅导,没有素质教育',
    rule: 'ledger.daily-both-service-types',
    day: (rows) => rows.filter((r) => r.serviceType !== '素质教育'),
  },
  'inconsistent-student-count': {
    description: '同一场次各行的参与学生人数不一致',
    rule: 'ledger.session-students-inconsistent',
    day: (rows) => mapFirst(rows, (r) => r.role === '助教', (r) => ({ ...r, students: String(Number(r.students) - 1) })),
  },
  'duplicate-row': {
    description: '同一行记录重复出现',
    rule: 'ledger.duplicate-row',
    day: (rows) => [rows[0]!, ...rows],
  },
  'external-without-assistant': {
    description: '校外人员主讲的场次没有本校助教',
    rule: 'ledger.external-without-assistant',
    day: (rows) => {
      const i = rows.findIndex((r) => r.role === '助教');
      return rows.filter((_, k) => k !== i);
    },
  },
  'person-double-booked': {
    description: '同一人同一时间在两个场次',
    rule: 'ledger.person-overlap',
    day: (rows, { school }) => {
      const p = school.options.periods[0]!.name;
      const [first, second] = sessionsOf(rows, p);
      return rows.map((r) => (r === second ? { ...r, staffId: first!.staffId, name: first!.name } : r));
    },
  },
  'venue-double-booked': {
    description: '同一场地同一时间安排两个场次',
    rule: 'ledger.venue-overlap',
    day: (rows, { school }) => {
      const p = school.options.periods[0]!.name;
      const [first, second] = sessionsOf(rows, p);
      return rows.map((r) => (r.period === p && r.group === second!.group ? { ...r, venue: first!.venue } : r));
    },
  },
  'session-on-non-school-day': {
    description: '在非上课日记录了课后服务(把一天的场次重复记在次日的周末或假日)',
    rule: 'ledger.non-school-day',
    day: (rows, { date }) => {
      const next = addDays(date, 1);
      return [...rows, ...rows.map((r) => ({ ...r, date: next }))];
    },
  },
  'hours-not-matching-length': {
    description: '课时数与场次时长不符',
    rule: 'ledger.hours-exceed-duration',
    day: (rows) => mapFirst(rows, () => true, (r) => ({ ...r, hours: formatHundredths(Math.round(Number(r.hours) * 100) + 100) })),
  },
  'session-before-school': {
    description: '场次安排在早到校时间(不属于课后服务)',
    rule: 'ledger.outside-after-school-time',
    day: (rows) => {
      const group = rows[0]!.group;
      const period = rows[0]!.period;
      return rows.map((r) => {
        if (r.group !== group || r.period !== period) return r;
        const length = minutes(r.end) - minutes(r.start);
        return { ...r, start: '07:20', end: minutesToTime(minutes('07:20') + length) };
      });
    },
  },
  'drilling-content': {
    description: '活动内容为刷题、讲授新课或补课',
    rule: 'ledger.forbidden-content',
    day: (rows) => {
      const group = rows[0]!.group;
      return rows.map((r) => (r.group === group && r.period === rows[0]!.period ? { ...r, content: '期中考试刷题' } : r));
    },
  },
  'excluded-supervision': {
    description: '把午餐午休看管记为课后服务(不属于课后服务范围)',
    rule: 'ledger.excluded-service',
    day: (rows) => {
      const first = rows[0]!;
      return rows.map((r) => (r.group === first.group && r.period === first.period ? { ...r, content: '午休看管' } : r));
    },
  },
  'students-over-class-roster': {
    description: '参与学生人数超过班级名册人数(虚报)',
    rule: 'ledger.students-over-roster',
    day: (rows, { school }) => {
      const first = rows[0]!;
      const roster = [...school.classes, ...school.activities].find((g) => g.name === first.group)!.roster;
      return rows.map((r) => (r.group === first.group && r.period === first.period ? { ...r, students: String(roster + 5) } : r));
    },
  },
  'external-not-in-roster': {
    description: '校外人员不在校外人员名册中',
    rule: 'ledger.external-not-in-roster',
    files: ({ files }) => void files.externalRoster.splice(externalIndex(files, 0), 1),
  },
  'external-vetting-incomplete': {
    description: '校外人员未完成违法信息查询',
    rule: 'roster.vetting-incomplete',
    files: ({ files }) => void (files.externalRoster[externalIndex(files, 1)]![6] = '未查询'),
  },
  'vetting-after-first-session': {
    description: '校外人员的审查日期晚于其首次参与课后服务',
    rule: 'roster.vetted-after-first-session',
    files: ({ files, school }) => {
      const days = school.options.schoolDays;
      files.externalRoster[externalIndex(files, 2)]![8] = days[Math.min(days.length - 1, 3)]!;
    },
  },
  'monthly-summary-hours-wrong': {
    description: '月度汇总(及工作量公示)的总课时数与台账不符',
    rule: 'monthly-summary.hours-mismatch',
    files: ({ files }) => {
      const row = files.monthlySummary[0]!;
      row[5] = bump(row[5]!, 100);
      files.monthlyDisclosure[0]![3] = row[5];
    },
  },
  'monthly-summary-dates-wrong': {
    description: '月度汇总漏记一个参与日期',
    rule: 'monthly-summary.dates-mismatch',
    files: ({ files }) => {
      const row = files.monthlySummary[1]!;
      const dates = row[3]!.split(DATE_SEPARATOR);
      row[3] = dates.slice(0, -1).join(DATE_SEPARATOR);
      row[4] = String(dates.length - 1);
    },
  },
  'monthly-summary-missing-person': {
    description: '月度汇总(及工作量公示)漏了台账中的一个人',
    rule: 'monthly-summary.missing-person',
    files: ({ files }) => {
      const [month, staffId] = files.monthlySummary[3]!;
      files.monthlySummary.splice(3, 1);
      const i = files.monthlyDisclosure.findIndex((r) => r[0] === month && r[1] === staffId);
      files.monthlyDisclosure.splice(i, 1);
    },
  },
  'disclosure-missing-person': {
    description: '工作量公示漏了月度汇总中的一个人',
    rule: 'monthly-disclosure.missing-person',
    files: ({ files }) => void files.monthlyDisclosure.splice(4, 1),
  },
  'pay-report-missing-person': {
    description: '学期公示中的一个人没有在报酬统计中报送',
    rule: 'pay-report.missing-person',
    files: ({ files }) => void files.payReport.splice(5, 1),
  },
  'disclosure-differs-from-summary': {
    description: '工作量公示与月度汇总不一致',
    rule: 'monthly-disclosure.hours-mismatch',
    files: ({ files }) => {
      const row = files.monthlyDisclosure[2]!;
      row[3] = bump(row[3]!, 50);
    },
  },
  'semester-disclosure-differs-from-pay-report': {
    description: '学期公示的拟发放报酬与报酬统计不一致',
    rule: 'pay-report.amount-mismatch',
    files: ({ files }) => {
      const row = files.semesterDisclosure[0]!;
      row[4] = (Number(row[4]) + 100).toFixed(2);
    },
  },
  'semester-hours-differ-from-ledger': {
    description: '学期公示和报酬统计的总课时数与台账不符',
    rule: 'pay-report.hours-vs-ledger',
    files: ({ files }) => {
      files.semesterDisclosure[1]![3] = bump(files.semesterDisclosure[1]![3]!, 200);
      files.payReport[1]![3] = files.semesterDisclosure[1]![3]!;
    },
  },
} satisfies Record<string, Defect>;

export type DefectName = keyof typeof DEFECTS;
export const DEFECT_NAMES = Object.keys(DEFECTS) as DefectName[];

/** Roster defects each touch a different 校外 person (W0001, W0002, …), whatever else was planted. */
function externalIndex(files: Record<FileName, string[][]>, n: number): number {
  const id = `W${String(n + 1).padStart(4, '0')}`;
  const i = files.externalRoster.findIndex((r) => r[0] === id);
  if (i < 0) throw new Error(`no external person ${id} to plant a defect on`);
  return i;
}

function bump(hours: string, hundredths: number): string {
  return formatHundredths(Math.round(Number(hours) * 100) + hundredths);
}

function mapFirst(rows: LedgerRecord[], match: (r: LedgerRecord) => boolean, change: (r: LedgerRecord) => LedgerRecord): LedgerRecord[] {
  const i = rows.findIndex(match);
  return rows.map((r, k) => (k === i ? change(r) : r));
}

/** Which school day each day-defect lands on: from the 2nd day on, one defect a day, on a day with every 时段. */
export function defectDays(school: School): Map<number, DefectName> {
  const out = new Map<number, DefectName>();
  const days = school.options.schoolDays;
  const schoolDays = new Set(days);
  const fits = (name: DefectName, k: number) =>
    name === 'session-on-non-school-day'
      ? !schoolDays.has(addDays(days[k]!, 1))
      : periodCountOn(school, days[k]!) === school.options.periods.length;
  for (const name of (school.options.defects ?? []).filter((d) => 'day' in DEFECTS[d])) {
    let k = 1;
    while (k < days.length && (out.has(k) || !fits(name, k))) k++;
    if (k >= days.length) throw new Error(`the school days are too few to plant ${name}`);
    out.set(k, name);
  }
  return out;
}

export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The 台账, one school day at a time, with the day-defects planted. */
export function* ledgerDays(school: School): Generator<LedgerRecord[]> {
  const planted = defectDays(school);
  for (let d = 0; d < school.options.schoolDays.length; d++) {
    const rows = cleanDay(school, d);
    const defect = planted.get(d);
    const plant = defect ? (DEFECTS[defect] as Defect).day : undefined;
    yield plant ? plant(rows, { school, dayIndex: d, date: school.options.schoolDays[d]! }) : rows;
  }
}

/** Everything but the 台账, computed from the 台账 (via `summary`) and the school, then file-defects planted. */
export function companionFiles(school: School, summary: ReturnType<typeof createSummaryAccumulator>): Record<Exclude<FileName, 'ledger'>, string[][]> {
  const { semester, ratePerHour = 85 } = school.options;
  const totals = summary.semester(ratePerHour);
  const files = {
    ledger: [] as string[][],
    monthlySummary: monthlySummaryCells(summary.monthly()),
    monthlyDisclosure: disclosureCells(summary.disclosure()),
    semesterDisclosure: totals.map((t) => [semester, t.staffId, t.name, t.hours, t.pay]),
    payReport: totals.map((t) => [semester, t.staffId, t.name, t.hours, t.pay]),
    externalRoster: school.externals.map((p) => [p.staffId, p.name, p.staffType, p.unit, '是', '是', '无记录', '是', addDays(school.options.schoolDays[0]!, -14)]),
    classRoster: [...school.classes, ...school.activities].map((g) => [g.name, String(g.roster)]),
  };
  for (const name of school.options.defects ?? []) {
    const plant = (DEFECTS[name] as Defect).files;
    if (plant) plant({ school, files });
  }
  const { ledger: _ledger, ...rest } = files;
  return rest;
}

export interface GeneratedSchool {
  school: School;
  files: Record<FileName, { name: string; header: readonly string[]; rows: string[][] }>;
}

/** A whole school in memory: for samples, fixtures and tests (use `ledgerDays` for big runs). */
export function generateSchool(options: GenerateOptions): GeneratedSchool {
  const school = planSchool(options);
  const summary = createSummaryAccumulator();
  const ledger: string[][] = [];
  for (const day of ledgerDays(school)) {
    for (const r of day) {
      summary.add(r);
      ledger.push(ledgerCells(r));
    }
  }
  const rest = companionFiles(school, summary);
  const all = { ledger, ...rest } as Record<FileName, string[][]>;
  const files = Object.fromEntries(
    (Object.keys(FILE_NAMES) as FileName[]).map((k) => [k, { name: FILE_NAMES[k], header: FILE_HEADERS[k], rows: all[k] }]),
  ) as GeneratedSchool['files'];
  return { school, files };
}
