import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCalendar, CADENCE_RULES, escapeText, foldLine } from '../../../src/lib/policy/ics.ts';
import type { CitedDuty } from '../../../src/lib/policy/notice.ts';

const unfold = (ics: string) => ics.replace(/\r\n /g, '');
const octets = (s: string) => new TextEncoder().encode(s).length;

const duty = (summary: string, cadence: CitedDuty['cadence']): CitedDuty => ({
  paragraph: 1,
  actors: ['学校'],
  kind: '要求',
  cadence,
  summary,
  quote: summary,
  clause: '1.2.1',
  clauseTitle: '1.优化数据统计制度',
  href: '/clauses/1-2-1/#p1',
  citation: '浦教义〔2024〕10号 一(二)1 第1段',
});

describe('iCalendar output', () => {
  it('folds lines at 75 octets without splitting a character, and unfolds to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '课', '〔', '😀', ',', ' ') , maxLength: 300 }), (s) => {
        const folded = foldLine(s);
        for (const line of folded.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(s);
      }),
    );
  });

  it('escapes TEXT values', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('writes one recurring reminder per cadence with CRLF line ends', () => {
    const ics = buildCalendar(
      [
        { cadence: '每日', duties: [duty('每日按实记录台账', '每日')] },
        { cadence: '每月', duties: [duty('每月汇总课时数', '每月'), duty('每月校内公示', '每月')] },
      ],
      { siteUrl: 'http://localhost:4321' },
    );
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const text = unfold(ics);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text).toContain(`RRULE:${CADENCE_RULES['每日'].rrule}`);
    expect(text).toContain(`RRULE:${CADENCE_RULES['每月'].rrule}`);
    expect(text).toContain('SUMMARY:课后服务·每月事项(2 项)');
    expect(text).toContain('每月校内公示');
    expect(text).toContain('URL:http://localhost:4321/calendar/#');
  });

  it('has a rule for every cadence but 随时', () => {
    for (const [cadence, rule] of Object.entries(CADENCE_RULES)) {
      if (cadence === '随时') expect(rule.rrule).toBeNull();
      else expect(rule.rrule).toMatch(/^FREQ=(WEEKLY|MONTHLY|YEARLY)/);
    }
  });
});

describe('what the reminders claim', () => {
  it('never says the notice sets a date: the reminder times are labelled as this site’s default', () => {
    const ics = unfold(buildCalendar([{ cadence: '每年', duties: [duty('报送一校一方案', '每年')] }], { siteUrl: 'https://example.org' }));
    expect(ics).not.toContain('要求每年完成');
    expect(ics).toContain('本站默认');
    expect(ics).toContain('通知未规定具体日期');
    expect(CADENCE_RULES.每年.description).toContain('本站取 9 月 15 日');
    expect(CADENCE_RULES.每学年.description).toContain('本站取 6 月 1 日');
  });
});
