/** The review's figures as the table, the chart and the exports write them (no unit words: those are in ui-text.ts). */

/** 课时 kept in hundredths → `12.5` (trailing zeros dropped). */
export const hoursText = (hundredths: number): string => (hundredths / 100).toFixed(2).replace(/\.?0+$/, '');
/** 分 → `1234.50`. */
export const yuanText = (fen: number): string => (fen / 100).toFixed(2);
/** A share 0–1 → `12.5%`. */
export const shareText = (share: number): string => `${(share * 100).toFixed(1)}%`;
/** 元 per 课时 → `85.00`. */
export const perHourText = (yuanPerHour: number): string => yuanPerHour.toFixed(2);
