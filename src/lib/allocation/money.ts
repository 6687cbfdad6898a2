/** Money as whole 分 (integers) and its text in 元. */
import { formatYuan } from '../ledger/fields.ts';

/** `60000`, `60,000.5`, `¥60000.50`, `60000元` → 6000050 分; a Chinese reason when it is not an amount. */
export function parseYuan(text: string): { ok: true; fen: number } | { ok: false; reason: string } {
  const t = text.trim().replace(/^[¥￥]/, '').replace(/元$/, '').replaceAll(',', '').replaceAll(',', '').trim();
  if (t === '') return { ok: false, reason: '没有填写' };
  if (/^-/.test(t)) return { ok: false, reason: '金额不能为负数' };
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(t);
  if (!m) return { ok: false, reason: /^\d+\.\d{3,}$/.test(t) ? '最多两位小数(精确到分)' : '不是数字' };
  const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(fen)) return { ok: false, reason: '金额过大' };
  return { ok: true, fen };
}

/** 分 → `1234.50`, with a minus sign for a negative difference (the ledger engine's own money text). */
export { formatYuan };

/** 分 → `¥1,234.50` style for reading on the page (不用于导出). */
export function displayYuan(fen: number): string {
  const [whole, frac] = formatYuan(Math.abs(fen)).split('.');
  return `${fen < 0 ? '−' : ''}${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}

/** A decimal number with at most `places` decimals → integer count of 10^-places. */
export function toScaled(value: number, places: number): number {
  return Math.round(value * 10 ** places);
}
