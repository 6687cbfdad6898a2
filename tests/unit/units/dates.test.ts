import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dateToSerial, normalizeDate, normalizeMonth, readDate, serialToDate, shanghaiDate } from '../../../src/lib/units/index.ts';

const FULL = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** A real day in 2000–2100. */
const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** Every way the issue lists of writing one day. */
function spellings(iso: string): string[] {
  const [y, m, d] = iso.split('-');
  const mm = String(Number(m));
  const dd = String(Number(d));
  return [iso, `${y}/${mm}/${dd}`, `${y}-${mm}-${dd}`, `${y}.${mm}.${dd}`, `${y}年${mm}月${dd}日`, `${y}年${m}月${d}日`, FULL(`${y}/${mm}/${dd}`), ` ${iso} `, `${y}/${mm}/${dd} 0:00`, `${y}/${mm}/${dd} 00:00:00`];
}

describe('dates as schools write them', () => {
  it('every spelling of a day in 2000–2100 reads as that day', () => {
    fc.assert(fc.property(day, (iso) => spellings(iso).every((s) => normalizeDate(s) === iso)));
  });

  it('a year outside 2000–2100, or not four digits, is an error of its own kind', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }).filter((y) => y < 2000 || y > 2100), (y) => {
        const r = readDate(`${String(y).padStart(4, '0')}-11-01`);
        return !r.ok && r.problem === 'year-range';
      }),
    );
    expect(readDate('24-11-01')).toEqual({ ok: false, problem: 'year-range' });
    expect(readDate('0999-11-01')).toEqual({ ok: false, problem: 'year-range' });
  });

  it('days that do not exist are refused, not rolled over', () => {
    for (const s of ['2024-02-30', '2023-02-29', '2024-13-01', '2024-04-31', '2024/0/1']) expect(readDate(s)).toEqual({ ok: false, problem: 'no-such-day' });
    expect(normalizeDate('2024-02-29')).toBe('2024-02-29');
  });

  it('anything else is not a date (and never throws)', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const r = readDate(s);
      return r.ok ? /^\d{4}-\d{2}-\d{2}$/.test(r.value) : ['not-a-date', 'no-such-day', 'year-range'].includes(r.problem);
    }));
    for (const s of ['11/01/2024', '明天', '2024年11月', '2024-11-01 15:30', '']) expect(normalizeDate(s)).toBeNull();
  });

  it('Excel serials round-trip with days (45600 is 2024-11-04)', () => {
    expect(serialToDate(45600)).toBe('2024-11-04');
    expect(serialToDate(45600.65)).toBe('2024-11-04');
    expect(serialToDate(100)).toBeNull();
    fc.assert(fc.property(day, (iso) => serialToDate(dateToSerial(iso)) === iso));
  });

  it('months', () => {
    expect(['2024-09', '2024/9', '2024.9', '2024年9月', '２０２４-０９'].map(normalizeMonth)).toEqual(Array(5).fill('2024-09'));
    expect(['2024-13', '0999-01', '24-09', '2024-09-01'].map(normalizeMonth)).toEqual([null, null, null, null]);
  });
});

describe('the date in Shanghai', () => {
  it('is the calendar day at UTC+8, whatever the clock’s own zone', () => {
    expect(shanghaiDate(new Date('2026-11-29T15:59:59Z'))).toBe('2026-11-29');
    expect(shanghaiDate(new Date('2026-11-29T16:00:00Z'))).toBe('2026-11-30');
    expect(shanghaiDate(new Date('2026-12-31T20:00:00Z'))).toBe('2027-01-01');
  });
});
