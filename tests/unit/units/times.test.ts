import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fractionToMinutes, minutesToTime, readSession, timeToMinutes } from '../../../src/lib/units/index.ts';

const minute = fc.integer({ min: 0, max: 1439 });
const FULL = (s: string) => s.replace(/[0-9:]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

function twelveHour(m: number): { h: number; pm: boolean; min: string } {
  const h24 = Math.floor(m / 60);
  return { h: h24 % 12 === 0 ? 12 : h24 % 12, pm: h24 >= 12, min: String(m % 60).padStart(2, '0') };
}

describe('times as people write them', () => {
  it('15:30, 15:30:00, 15：30, full-width digits, 3:30 PM and 下午3:30 are the same minute', () => {
    fc.assert(
      fc.property(minute, (m) => {
        const t = minutesToTime(m);
        const { h, pm, min } = twelveHour(m);
        const spellings = [t, `${t}:00`, t.replace(':', '：'), FULL(t), `${h}:${min} ${pm ? 'PM' : 'AM'}`, `${h}:${min}${pm ? 'pm' : 'am'}`, `${pm ? '下午' : '上午'}${h}:${min}`];
        return spellings.every((s) => timeToMinutes(s) === m);
      }),
    );
    expect(timeToMinutes('9:05')).toBe(545);
    expect(timeToMinutes('15点30分')).toBe(930);
    expect(timeToMinutes('下午15:30')).toBe(930);
  });

  it('impossible or unclear times are refused', () => {
    for (const s of ['24:00', '15:60', '15:30:20', '下午0:30', '13:00 PM', '1530', '15:3', '', '15:']) expect(timeToMinutes(s)).toBeNull();
  });

  it('never throws and yields a minute of the day or null', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const r = timeToMinutes(s);
      return r === null || (Number.isInteger(r) && r >= 0 && r < 1440);
    }));
  });

  it('Excel time fractions round to the minute (0.6458333 is 15:30), a date part is dropped', () => {
    fc.assert(fc.property(minute, fc.integer({ min: 0, max: 60000 }), (m, days) => fractionToMinutes(days + m / 1440) === m));
    expect(fractionToMinutes(0.64583333)).toBe(930);
    expect(fractionToMinutes(-0.1)).toBeNull();
  });

  it('a session in one cell: 15:30-16:10, 15:30~16:10, 15:30至16:10', () => {
    fc.assert(fc.property(minute, minute, (a, b) => {
      const s = readSession(`${minutesToTime(a)} - ${minutesToTime(b)}`);
      return s !== null && s.start === a && s.end === b;
    }));
    for (const s of ['15:30-16:10', '15:30~16:10', '15:30～16:10', '15:30至16:10', '15:30—16:10', '下午3:30-4:10 PM']) {
      expect(readSession(s)?.start).toBe(930);
    }
    expect(readSession('15:30')).toBeNull();
    expect(readSession('15:30-16:10-17:00')).toBeNull();
  });
});
