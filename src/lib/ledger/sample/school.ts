/**
 * The sample school: a deterministic school (classes, activity groups, teachers, 校外 people) and its
 * clean 台账, one school day at a time. It breaks no rule; the defects in `defects/` plant one break each,
 * and `generate.ts` turns the school into files. Test and bench tooling, and the source of the page's
 * sample downloads (built by `src/pages/samples/`), never imported by a page at run time.
 */
import { formatHundredths } from '../summaries/summarize.ts';
import { headersOf, type FileKind } from '../format/kinds.ts';
import { timeToMinutes } from '../format/fields.ts';
import type { DefectName } from './defects/index.ts';


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

export const FILE_HEADERS: Record<FileName, readonly string[]> = {
  ledger: headersOf('ledger'),
  monthlySummary: headersOf('monthlySummary'),
  monthlyDisclosure: headersOf('monthlyDisclosure'),
  semesterDisclosure: headersOf('semesterDisclosure'),
  payReport: headersOf('payReport'),
  externalRoster: headersOf('externalRoster'),
  classRoster: headersOf('classRoster'),
};

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

export interface Person {
  staffId: string;
  name: string;
  staffType: string;
  unit: string;
}

export interface Group {
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

export const minutes = (time: string) => timeToMinutes(time)!;

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
export function periodCountOn(school: School, date: string): number {
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

export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
