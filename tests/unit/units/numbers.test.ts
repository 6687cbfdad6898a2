import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { displayYuan, formatHundredths, formatYuan, hoursToHundredths, parseYuan, readCount, readFormNumber, readHours, readHundredths, toHundredths } from '../../../src/lib/units/index.ts';

const FULL = (s: string) => s.replace(/[0-9.,]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

describe('numbers as people type them', () => {
  it('hundredths round-trip through their text, plain, grouped and full-width', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_99 }), (h) => {
        const text = formatHundredths(h);
        const [whole, frac] = text.split('.');
        const withGroups = `${grouped(Number(whole))}${frac ? `.${frac}` : ''}`;
        return toHundredths(text) === h && toHundredths(withGroups) === h && toHundredths(FULL(withGroups)) === h;
      }),
    );
  });

  it('a comma that is not a thousands separator is ambiguous and never stripped', () => {
    for (const s of ['1,5', '1,50', '12,3456', '1,5.5', ',5', '1,000,00']) expect(readHundredths(s)).toEqual({ ok: false, problem: 'ambiguous-comma' });
    expect(readHundredths('60,000')).toEqual({ ok: true, value: 6_000_000 });
    fc.assert(fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 99 }).filter((d) => String(d).length !== 3), (a, b) => {
      const r = readHundredths(`${a},${b}`);
      return !r.ok && r.problem === 'ambiguous-comma';
    }));
  });

  it('课时: any comma is ambiguous, even a plausible thousands separator (1,500 may be 1.5); without one, the same as readHundredths', () => {
    for (const s of ['1,5', '1,500', '60,000', '1,234.5', '１，５', ',5']) expect(readHours(s)).toEqual({ ok: false, problem: 'ambiguous-comma' });
    expect(hoursToHundredths('1,500')).toBeNull();
    expect(readHours('一,五')).toEqual({ ok: false, problem: 'not-a-number' });
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), (n) => {
      const text = formatHundredths(n);
      return readHours(text).ok && hoursToHundredths(text) === n && hoursToHundredths(FULL(text)) === n && readHours(grouped(Math.trunc(n / 100)) + ',000').ok === false;
    }));
  });

  it('decimals beyond two that are not zeros, negatives and words are refused', () => {
    expect(readHundredths('1.255')).toEqual({ ok: false, problem: 'too-many-decimals' });
    expect(readHundredths('1.250')).toEqual({ ok: true, value: 125 });
    expect(readHundredths('-1')).toEqual({ ok: false, problem: 'negative' });
    expect(readHundredths('两节')).toEqual({ ok: false, problem: 'not-a-number' });
    fc.assert(fc.property(fc.string(), (s) => {
      const r = readHundredths(s);
      return !r.ok || (Number.isSafeInteger(r.value) && r.value >= 0);
    }));
  });

  it('counts: whole numbers, full-width too', () => {
    expect(readCount('３５')).toEqual({ ok: true, value: 35 });
    expect(readCount('1,200')).toEqual({ ok: true, value: 1200 });
    expect(readCount('35.0')).toEqual({ ok: true, value: 35 });
    expect(readCount('3.5').ok).toBe(false);
    expect(readCount('3,5')).toEqual({ ok: false, problem: 'ambiguous-comma' });
  });
});

describe('money in 元 and 万', () => {
  it('every 分 amount round-trips through formatYuan, its grouped, ¥, 元 and full-width forms', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (fen) => {
        const text = formatYuan(fen);
        const forms = [text, displayYuan(fen), `¥${text}`, `${text}元`, FULL(text), `￥${displayYuan(fen)}元`];
        return forms.every((f) => {
          const r = parseYuan(f);
          return r.ok && r.fen === fen;
        });
      }),
    );
  });

  it('万 and 万元: 6万 = 60000 元, 6.5万元 = 65000 元, up to the 分', () => {
    expect(parseYuan('6万')).toEqual({ ok: true, fen: 6_000_000 });
    expect(parseYuan('6.5万元')).toEqual({ ok: true, fen: 6_500_000 });
    expect(parseYuan('６００００')).toEqual({ ok: true, fen: 6_000_000 });
    expect(parseYuan('1.234567万')).toEqual({ ok: true, fen: 1_234_567 });
    expect(parseYuan('1.2345678万').ok).toBe(false);
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (fen) => {
      const wan = `${Math.trunc(fen / 1_000_000)}.${String(fen % 1_000_000).padStart(6, '0')}万`;
      const r = parseYuan(wan);
      return r.ok && r.fen === fen;
    }));
  });

  it('refusals say why, in Chinese', () => {
    expect(parseYuan('')).toEqual({ ok: false, reason: '没有填写' });
    expect(parseYuan('-5')).toEqual({ ok: false, reason: '金额不能为负数' });
    expect(parseYuan('1.234')).toEqual({ ok: false, reason: '最多两位小数(精确到分)' });
    expect(parseYuan('6,00').ok).toBe(false);
    expect(parseYuan('六万').ok).toBe(false);
  });
});

describe('a number typed in a form field (readFormNumber, the allocation forms)', () => {
  it('reads plain, full-width and signed decimals and a trailing %, as typed', () => {
    expect(readFormNumber(' 1.5 ')).toBe(1.5);
    expect(readFormNumber('１．５')).toBe(1.5);
    expect(readFormNumber('１。５')).toBe(1.5);
    expect(readFormNumber('80%')).toBe(80);
    expect(readFormNumber('８０％')).toBe(80);
    expect(readFormNumber('0.1234')).toBe(0.1234);
    // The sign is kept, so the schema can say 不能小于 0 rather than 不是数字.
    expect(readFormNumber('-0.5')).toBe(-0.5);
  });

  it('never guesses: a comma (1,5 or 60,000), an inner space or anything else is not a number', () => {
    for (const raw of ['1,5', '1,500', '１，５', '1 5', '', '-', '.5', '5.', '+5', '--5', '1e3', 'abc', '5%%']) {
      expect(readFormNumber(raw), raw).toBeNaN();
    }
  });

  it('agrees with readHundredths on every non-negative decimal it reads', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (h) => {
        const text = formatHundredths(h);
        expect(Math.round(readFormNumber(text) * 100)).toBe(h);
        expect(readFormNumber(FULL(text))).toBe(readFormNumber(text));
      }),
    );
  });
});
