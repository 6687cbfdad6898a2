import { describe, expect, it } from 'vitest';
import { CHART_SERIES, chartPoints } from '../../../src/lib/review/chart.ts';
import { hoursText, perHourText, shareText, yuanText } from '../../../src/lib/review/format.ts';
import { REVIEW_UI } from '../../../src/lib/review/ui-text.ts';
import type { SchoolSummary } from '../../../src/lib/review/summary.ts';
import { districtTable } from '../../../src/lib/review/export.ts';
import { SEVERITIES, SEVERITY_LABELS } from '../../../src/lib/policy/severity.ts';

const summary = (school: string, payPerHour: number | null, externalShare: number | null, errors = 0): SchoolSummary => ({
  school,
  files: 1,
  rows: 10,
  months: [],
  counts: { error: errors, warning: 0, info: 0 },
  topRules: [],
  semesters: [],
  hours: 0,
  externalHours: 0,
  payFen: null,
  payHours: null,
  payPerHour,
  externalShare,
  failed: null,
  plan: null,
  ms: 1,
});

describe('the review’s figures and words, out of the islands', () => {
  it('writes 课时, 元, shares and 元/课时 as the table and the exports show them', () => {
    expect([hoursText(1250), hoursText(1200), hoursText(0), hoursText(5)]).toEqual(['12.5', '12', '0', '0.05']);
    expect([yuanText(127550), yuanText(0)]).toEqual(['1275.50', '0.00']);
    expect([shareText(0.1234), shareText(1)]).toEqual(['12.3%', '100.0%']);
    expect(perHourText(85)).toBe('85.00');
  });

  it('charts only the schools with the figure, highest first, marking those with an 错误', () => {
    const [pay, external] = CHART_SERIES;
    const schools = [summary('甲', 80, 0.2), summary('乙', null, 0.5, 2), summary('丙', 90, null)];
    expect(chartPoints(pay!, schools)).toEqual([{ school: '丙', v: 90, error: false }, { school: '甲', v: 80, error: false }]);
    expect(chartPoints(external!, schools)).toEqual([{ school: '乙', v: 0.5, error: true }, { school: '甲', v: 0.2, error: false }]);
    expect(external!.format(0.5)).toBe('50.0%');
  });

  it('words the covered months, a semester’s figure and the progress of a run', () => {
    expect(REVIEW_UI.table.months([])).toBe('—');
    expect(REVIEW_UI.table.months(['2024-09', '2024-10'])).toBe('2024-09、2024-10');
    expect(REVIEW_UI.table.months(['2024-09', '2024-10', '2024-11'])).toBe('2024-09 至 2024-11(3 个月)');
    expect(REVIEW_UI.table.semester('', '12')).toBe('学期外:12');
    expect(REVIEW_UI.tool.progress(3, 10, 2, 12)).toBe('已检查 3 / 10 所学校(2 个线程),预计还需 12 秒');
    expect(REVIEW_UI.tool.progress(3, 10, 0, null)).toBe('已检查 3 / 10 所学校');
    expect(REVIEW_UI.chart.withErrors(['甲', '乙']).join('')).toBe('有错误的学校 2 所:甲、乙');
    expect(REVIEW_UI.chart.payAndShare(null, '12.5%').join('')).toBe('全区每课时报酬 —;校外人员课时占比 12.5%');
  });

  it('names the three severities with the one set of labels (错误 / 警告 / 提示), in the table and in its export', () => {
    const labels = SEVERITIES.map((s) => SEVERITY_LABELS[s]);
    expect(labels).toEqual(['错误', '警告', '提示']);
    expect(SEVERITIES.map((s) => REVIEW_UI.table.columns[s])).toEqual(labels);
    const header = districtTable([summary('明珠小学', null, null, 2)]).header;
    expect(header.slice(header.indexOf('覆盖月份') + 1, header.indexOf('覆盖月份') + 4)).toEqual(labels);
  });
});
