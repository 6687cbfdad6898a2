/**
 * Schemes to start from. None is the notice's: the notice names the factors (1.1.5) and leaves the
 * scheme to each school. 七因素 is this site's default (the calculator's formula as steps); the other
 * two follow published school schemes with the figures as published (see the domain notes).
 */
import { DEFAULT_COEFFICIENTS, DEFAULT_SHARES, STANDARD_RATE_FEN_PER_HOUR } from './defaults.ts';
import type { Coefficients, Shares } from './schema.ts';
import type { Scheme } from './scheme.ts';

/** The site's formula: 折算课时 × 工作量占比, the rest by 评分 × 折算课时. Identical amounts to `allocate()`. */
export function sevenFactorScheme(coefficients: Coefficients = DEFAULT_COEFFICIENTS, shares: Shares = DEFAULT_SHARES): Scheme {
  return {
    name: '七因素(本站默认)',
    basis: { kind: 'default', note: '折算课时按时段、内容、职责、学生人数系数,余下按效果与满意度评分' },
    coefficients: structuredClone(coefficients),
    managementCapPercent: shares.managementCapPercent,
    steps: [
      { kind: 'byWorkload', label: '工作量部分(多劳多得)', pool: { mode: 'percent', percent: shares.workloadPercent, amountFen: 0 } },
      { kind: 'byScore', label: '绩效部分(优绩优酬)', pool: { mode: 'rest', percent: 0, amountFen: 0 }, effectPercent: shares.effectPercent, weight: 'workload' },
    ],
  };
}

/** 按课时单价: a rate per 课时 (Shanghai's 2021 figure of 85 元 by default), what is left by score. */
export function hourlyRateScheme(rateFen: number = STANDARD_RATE_FEN_PER_HOUR): Scheme {
  return {
    name: '按课时单价',
    basis: { kind: 'school', note: `学校方案示例:每课时 ${rateFen / 100} 元(上海 2021 年标准),余额按评分` },
    coefficients: structuredClone(DEFAULT_COEFFICIENTS),
    managementCapPercent: DEFAULT_SHARES.managementCapPercent,
    steps: [
      {
        kind: 'perSession',
        label: '课时费',
        unit: 'hour',
        rates: [{ period: '', content: '', role: '', minStudents: 0, maxStudents: null, baseFen: rateFen, perStudentFen: 0, floorFen: 0, ceilingFen: null }],
        capPerDayFen: null,
      },
      { kind: 'byScore', label: '绩效', pool: { mode: 'rest', percent: 0, amountFen: 0 }, effectPercent: 50, weight: 'person' },
    ],
  };
}

/**
 * A rural primary school's scheme as published: 10% kept for 管理及公用支出; each session pays 35 元 up
 * to 35 pupils and 1 元 per pupil above (max(35, 1 × 学生)); 绩效 1,000 元 per person (800 base, 200 by
 * assessment); the rest equally among all who served.
 */
export function ruralTieredScheme(): Scheme {
  return {
    name: '按次分档计酬(农村小学示例)',
    basis: { kind: 'school', note: '学校方案示例:某农村小学公开的分配方案' },
    coefficients: structuredClone(DEFAULT_COEFFICIENTS),
    managementCapPercent: DEFAULT_SHARES.managementCapPercent,
    steps: [
      { kind: 'reserve', label: '管理及公用支出', mode: 'percent', percent: 10, amountFen: 0 },
      {
        kind: 'perSession',
        label: '课时费',
        unit: 'session',
        rates: [{ period: '', content: '', role: '', minStudents: 0, maxStudents: null, baseFen: 0, perStudentFen: 100, floorFen: 3500, ceilingFen: null }],
        capPerDayFen: null,
      },
      { kind: 'perPerson', label: '绩效基础', amountFen: 80_000, staffType: '', role: '' },
      { kind: 'byScore', label: '绩效考核', pool: { mode: 'perPerson', percent: 0, amountFen: 20_000 }, effectPercent: 50, weight: 'person' },
      { kind: 'remainder', label: '余额平分' },
    ],
  };
}

export const PRESETS = [
  { id: 'seven-factor', build: () => sevenFactorScheme() },
  { id: 'hourly-rate', build: () => hourlyRateScheme() },
  { id: 'rural-tiered', build: () => ruralTieredScheme() },
] as const;
export type PresetId = (typeof PRESETS)[number]['id'];
