/**
 * How a numeric workbook cell becomes text, shared by both .xlsx readers (SheetJS and xlsx-fast.ts) so they
 * cannot drift apart: the number-format table SheetJS starts every workbook with, SheetJS's test for a date
 * or time format (`SSF.is_date`, ported as is), and the cell's text — a date cell 2024-11-04, a time cell
 * 15:30, any other number its shortest digits.
 */
import { serialToDate } from '../units/dates.ts';
import { fractionToMinutes, minutesToTime } from '../units/times.ts';

/** SheetJS's built-in number formats (SSF_init_table): what a numFmtId means when styles.xml does not say. */
export function builtinFormats(): Record<number, string> {
  return {
    0: 'General',
    1: '0',
    2: '0.00',
    3: '#,##0',
    4: '#,##0.00',
    9: '0%',
    10: '0.00%',
    11: '0.00E+00',
    12: '# ?/?',
    13: '# ??/??',
    14: 'm/d/yy',
    15: 'd-mmm-yy',
    16: 'd-mmm',
    17: 'mmm-yy',
    18: 'h:mm AM/PM',
    19: 'h:mm:ss AM/PM',
    20: 'h:mm',
    21: 'h:mm:ss',
    22: 'm/d/yy h:mm',
    37: '#,##0 ;(#,##0)',
    38: '#,##0 ;[Red](#,##0)',
    39: '#,##0.00;(#,##0.00)',
    40: '#,##0.00;[Red](#,##0.00)',
    45: 'mm:ss',
    46: '[h]:mm:ss',
    47: 'mmss.0',
    48: '##0.0E+0',
    49: '@',
    56: '"上午/下午 "hh"時"mm"分"ss"秒 "',
  };
}

const isGeneral = (s: string, i: number) => s.length >= 7 + i && s.slice(i, i + 7).toLowerCase() === 'general';
const ABS_TIME = /\[[HhMmSs\u0E0A\u0E19\u0E17]*\]/;

/** SheetJS's `SSF.is_date` (fmt_is_date), statement for statement: does a number format show a date or time? */
export function isDateFormat(fmt: string): boolean {
  let i = 0;
  let c = '';
  let o = '';
  while (i < fmt.length) {
    switch ((c = fmt.charAt(i))) {
      case 'G':
        if (isGeneral(fmt, i)) i += 6;
        i++;
        break;
      case '"':
        for (; fmt.charCodeAt(++i) !== 34 && i < fmt.length; );
        ++i;
        break;
      case '\\':
      case '_':
        i += 2;
        break;
      case '@':
        ++i;
        break;
      case 'B': // SheetJS: B1/B2 (Buddhist calendar) or not, a B falls through to the date letters
      case 'b':
      case 'M':
      case 'D':
      case 'Y':
      case 'H':
      case 'S':
      case 'E':
      case 'm':
      case 'd':
      case 'y':
      case 'h':
      case 's':
      case 'e':
      case 'g':
        return true;
      case 'A':
      case 'a':
      case '上':
        if (fmt.slice(i, i + 3).toUpperCase() === 'A/P') return true;
        if (fmt.slice(i, i + 5).toUpperCase() === 'AM/PM') return true;
        if (fmt.slice(i, i + 5).toUpperCase() === '上午/下午') return true;
        ++i;
        break;
      case '[':
        o = c;
        while (fmt.charAt(i++) !== ']' && i < fmt.length) o += fmt.charAt(i);
        if (ABS_TIME.test(o)) return true;
        break;
      case '.':
      case '0':
      case '#':
        while (i < fmt.length && ('0#?.,E+-%'.indexOf((c = fmt.charAt(++i))) > -1 || (c === '\\' && fmt.charAt(i + 1) === '-' && '0#'.indexOf(fmt.charAt(i + 2)) > -1)));
        break;
      case '?':
        while (fmt.charAt(++i) === c);
        break;
      case '*':
        ++i;
        if (fmt.charAt(i) === ' ' || fmt.charAt(i) === '*') ++i;
        break;
      case '(':
      case ')':
        ++i;
        break;
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7':
      case '8':
      case '9':
        while (i < fmt.length && '0123456789'.indexOf(fmt.charAt(++i)) > -1);
        break;
      default:
        ++i;
        break;
    }
  }
  return false;
}

/** Does a date-like number format show a calendar date (y, d, e), rather than only a time of day? */
export function formatHasDate(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '').replace(/general/gi, '');
  return /[yde]/i.test(bare);
}

/** How a number with a given format reads: as a date, a time of day, or a plain number. */
export type NumberKind = 'number' | 'date' | 'time';

export function numberKind(format: string | undefined, isDate: (format: string) => boolean = isDateFormat): NumberKind {
  if (!format || format === 'General' || !isDate(format)) return 'number';
  return formatHasDate(format) ? 'date' : 'time';
}

/** Days between the 1900 and the 1904 date systems (a 1904 workbook's serial 0 is 1904-01-01). */
export const DATE1904_OFFSET = 1462;

/**
 * A numeric cell's text: a date 2024-11-04, a time 15:30, else the shortest text that reads back as the same
 * number (1.5, 60000, 0.1). A serial outside 2000–2100 stays the number, so the date check names it.
 */
export function numberText(v: number, kind: NumberKind, date1904 = false): string {
  if (kind === 'date') return serialToDate(date1904 ? v + DATE1904_OFFSET : v) ?? String(v);
  if (kind === 'time') {
    const minutes = fractionToMinutes(v);
    return minutes === null ? String(v) : minutesToTime(minutes);
  }
  return String(v);
}
