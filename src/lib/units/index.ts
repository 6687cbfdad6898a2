/** Units and cell values as people type them: one reader per kind of value, each a pure function. */
export { toHalfWidth, cellText } from './text.ts';
export { shanghaiDate, readDate, normalizeDate, normalizeMonth, serialToDate, dateToSerial, MIN_YEAR, MAX_YEAR, type DateProblem, type DateResult } from './dates.ts';
export { timeToMinutes, minutesToTime, fractionToMinutes, readSession } from './times.ts';
export { decimalText, readFormNumber, readHundredths, readHours, hoursToHundredths, toHundredths, readCount, formatHundredths, type NumberProblem, type NumberResult } from './numbers.ts';
export { parseYuan, formatYuan, displayYuan, signedYuan, type YuanResult } from './money.ts';
export { formatMegabytes } from './bytes.ts';
