/**
 * Money as whole 分 (integers) and its text in 元. Amounts as people type them: 60000, 60,000.50, ¥60000,
 * 60000元, ６００００, and 万: 6万 = 60000 元, 6.5万元 = 65000 元.
 */
import { decimalText } from './numbers.ts';
import { cellText } from './text.ts';

export type YuanResult = { ok: true; fen: number } | { ok: false; reason: string };

/** `60000`, `60,000.5`, `¥60000.50`, `60000元`, `6.5万` → 分; a Chinese reason when it is not an amount. */
export function parseYuan(text: string): YuanResult {
  let t = cellText(text).replace(/^[¥￥]\s*/, '').replace(/\s*元$/, '').trim();
  const wan = /万$/.test(t);
  if (wan) t = t.slice(0, -1).trim();
  if (t === '') return { ok: false, reason: '没有填写' };
  const d = decimalText(t);
  if (!d.ok) {
    if (d.problem === 'negative') return { ok: false, reason: '金额不能为负数' };
    if (d.problem === 'ambiguous-comma') return { ok: false, reason: '逗号位置不对:千位分隔须每三位一个(60,000);小数点请写“.”' };
    return { ok: false, reason: '不是数字' };
  }
  const [whole, decimals = ''] = d.text.split('.');
  // In 万 the 分 are six places after the point: 6.5万 = 65000.00 元.
  const places = wan ? 6 : 2;
  if (decimals.length > places) return { ok: false, reason: wan ? '以“万”为单位时最多六位小数(精确到分)' : '最多两位小数(精确到分)' };
  if (whole!.length > 13) return { ok: false, reason: '金额过大' };
  const fen = Number(whole) * 10 ** places + Number(decimals.padEnd(places, '0'));
  if (!Number.isSafeInteger(fen)) return { ok: false, reason: '金额过大' };
  return { ok: true, fen };
}

/** 分 → `1234.50` 元, with a minus sign for a negative difference: the text `toHundredths` reads back. */
export function formatYuan(value: number): string {
  const sign = value < 0 ? '-' : '';
  const a = Math.abs(value);
  return `${sign}${Math.trunc(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

/** A difference for reading on a page: `+1,234.50`, `−0.01`, `0.00`. */
export function signedYuan(fen: number): string {
  return fen > 0 ? `+${displayYuan(fen)}` : displayYuan(fen);
}

/** 分 → `1,234.50` for reading on a page (not for export). */
export function displayYuan(fen: number): string {
  const [whole, frac] = formatYuan(Math.abs(fen)).split('.');
  return `${fen < 0 ? '−' : ''}${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}
