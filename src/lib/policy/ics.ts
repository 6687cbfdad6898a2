import type { Cadence } from './schema.ts';
import type { CitedDuty } from './notice.ts';
import { DOCUMENT_NUMBER } from './clauses.ts';
import type { Basis } from './basis.ts';

/**
 * When each cadence reminds, as an iCalendar RRULE anchored in the 2026–2027 school year
 * (上海 2026 autumn term starts 2026-09-01). Times are Asia/Shanghai wall-clock. The notice names the
 * cadence (每日、每月、每学期…), never a date or time: every reminder time is this site's default.
 */
export const REMINDER_BASIS: Basis = { kind: 'default', note: '通知只规定周期,未规定具体日期和时间' };

export const CADENCE_RULES: Record<Cadence, { description: string; start: string; rrule: string | null }> = {
  每日: { description: '每个上课日 15:30(周一至周五)', start: '20260901T153000', rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' },
  每周: { description: '每周一 08:30', start: '20260907T083000', rrule: 'FREQ=WEEKLY;BYDAY=MO' },
  每月: { description: '每月最后一个工作日 14:00', start: '20260930T140000', rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1' },
  每学期: { description: '每学期一次,本站取 9 月、3 月(期初)与 1 月、6 月(期末)的第一个周一 09:00', start: '20260907T090000', rrule: 'FREQ=YEARLY;BYMONTH=1,3,6,9;BYDAY=1MO' },
  每学年: { description: '每学年末,本站取 6 月 1 日 09:00', start: '20270601T090000', rrule: 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1' },
  每年: { description: '每年一次,本站取 9 月 15 日 09:00(学年初)', start: '20260915T090000', rrule: 'FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=15' },
  随时: { description: '不定期', start: '20260901T090000', rrule: null },
};

/** RFC 5545 §3.3.11 TEXT escaping. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 §3.1: lines of at most 75 octets, continued with CRLF + space, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with one space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

export interface CalendarOptions {
  siteUrl: string;
  /** Fixed so the file is reproducible build to build. */
  stamp?: string;
}

export function buildCalendar(groups: { cadence: Cadence; duties: CitedDuty[] }[], options: CalendarOptions): string {
  const stamp = options.stamp ?? '20241104T000000Z';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//kehou//课后服务工作日历//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText('课后服务工作日历')}`,
    'X-WR-TIMEZONE:Asia/Shanghai',
    'BEGIN:VTIMEZONE',
    'TZID:Asia/Shanghai',
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    'TZOFFSETFROM:+0800',
    'TZOFFSETTO:+0800',
    'TZNAME:CST',
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
  for (const { cadence, duties } of groups) {
    const rule = CADENCE_RULES[cadence];
    if (!rule.rrule || duties.length === 0) continue;
    const description = [
      `${DOCUMENT_NUMBER} 中按“${cadence}”进行的事项:`,
      ...duties.map((d, i) => `${i + 1}. ${d.summary}(${d.actors.join('、')};${d.citation})`),
      `提醒时间(${rule.description})为本站默认:通知未规定具体日期,导入后可在日历程序中修改。`,
      `详见 ${options.siteUrl}/calendar/`,
    ].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:kehou-cadence-${encodeURIComponent(cadence)}@kehou`,
      `DTSTAMP:${stamp}`,
      `DTSTART;TZID=Asia/Shanghai:${rule.start}`,
      'DURATION:PT30M',
      `RRULE:${rule.rrule}`,
      `SUMMARY:${escapeText(`课后服务·${cadence}事项(${duties.length} 项)`)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `URL:${options.siteUrl}/calendar/#${encodeURIComponent(cadence)}`,
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(`课后服务·${cadence}事项`)}`,
      'TRIGGER:-PT15M',
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
