/**
 * The fast .xlsx reader against its oracle, SheetJS: for every workbook, the grids (sheet names and order,
 * hidden state, row numbers, cell texts) are the same as readWithSheetJs gives, and each fallback reason
 * hands the file to SheetJS.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as XLSX from '@e965/xlsx';
import * as fflate from 'fflate';
import { readWithSheetJs, readWorkbook, type XlsxModule } from '../../../src/lib/files/workbook.ts';
import { readXlsxFast } from '../../../src/lib/files/xlsx-fast.ts';
import { isDateFormat } from '../../../src/lib/files/cell-format.ts';
import { dateToSerial } from '../../../src/lib/units/dates.ts';
import { fixtureSet } from '../ledger/helpers.ts';
import { SHEET_NAMES, schoolWorkbook } from '../../fixtures/ledger/workbooks.ts';

const sheetjs: XlsxModule = { read: XLSX.read as unknown as XlsxModule['read'], SSF: XLSX.SSF };
const fast: XlsxModule = { ...sheetjs, fflate };

/** Both readers on the same bytes: the fast one's result, after checking it equals SheetJS's grid. */
function same(bytes: Uint8Array) {
  const read = readWorkbook(fast, bytes);
  expect(read.sheets).toEqual(readWithSheetJs(sheetjs, bytes));
  return read;
}

const write = (book: XLSX.WorkBook, options: XLSX.WritingOptions = {}) => new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', ...options }) as ArrayBuffer);

// ---------------------------------------------------------------------------------------------------------
// Random workbooks written by SheetJS.

const TEXTS = ['00123', '007', 'a&b', '<tag>', '"quoted" \'x\'', 'line1\nline2', 'crlf\r\nx', '😀 emoji', '中文 文本', ' lead', 'trail ', '_x000D_', '&amp;', '&#x4E2D;', 'x_y', 'TRUE', '1.50', '=1+1', '\t tab', '\u0001ctl', 'r="A1"'];
const text = fc.oneof(fc.constantFrom(...TEXTS), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 }));
const FORMATS = ['yyyy-mm-dd', 'yyyy/m/d', 'm/d/yy', 'h:mm', 'hh:mm:ss', 'yyyy-mm-dd hh:mm', '[h]:mm', 'yyyy"年"m"月"d"日"', '0.00', '@', 'General', '#,##0', 'mm:ss', 'h:mm AM/PM', 'd.m', '上午/下午h"时"mm"分"', '0%'];
const cell: fc.Arbitrary<XLSX.CellObject> = fc.oneof(
  text.map((v) => ({ t: 's' as const, v })),
  fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double(), fc.constantFrom(0.1, 1e21, 1e-7, -0, 123456789012345678, 45600)).map((v) => ({ t: 'n' as const, v })),
  fc.boolean().map((v) => ({ t: 'b' as const, v })),
  fc.record({ day: fc.integer({ min: 0, max: 80_000 }), minute: fc.integer({ min: 0, max: 1439 }), z: fc.constantFrom(...FORMATS) }).map(({ day, minute, z }) => ({ t: 'n' as const, v: day + minute / 1440, z })),
  fc.constantFrom(0x07, 0x2a, 0x0f).map((v) => ({ t: 'e' as const, v })),
);
const sheet = fc.array(fc.option(fc.array(fc.option(cell, { nil: undefined }), { maxLength: 7 }), { nil: undefined }), { maxLength: 12 });
const NAMES = ['台账', 'Sheet & 1', '名册<2>', "it's", '月度汇总 ', '说明'];

function toSheet(rows: ((XLSX.CellObject | undefined)[] | undefined)[]): XLSX.WorkSheet {
  const ws: XLSX.WorkSheet = {};
  let maxR = -1;
  let maxC = -1;
  rows.forEach((row, r) =>
    row?.forEach((c, col) => {
      if (!c) return;
      ws[XLSX.utils.encode_cell({ r, c: col })] = { ...c };
      maxR = Math.max(maxR, r);
      maxC = Math.max(maxC, col);
    }),
  );
  if (maxR >= 0) ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: maxR, c: maxC } });
  return ws;
}

describe('fast .xlsx reader = SheetJS', () => {
  it('random workbooks (text with entities, leading zeros, newlines, emoji; numbers; booleans; dates, times, date-times; errors; empty cells and rows; shared or inline strings; several sheets, hidden ones, 1904 dates)', () => {
    let fastRuns = 0;
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 3 }),
        fc.array(sheet, { minLength: 3, maxLength: 3 }),
        fc.array(fc.constantFrom(0, 0, 1, 2), { minLength: 3, maxLength: 3 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 1, max: 400 }),
        (names, sheets, hidden, bookSST, compression, date1904, pushBytes) => {
          const book = XLSX.utils.book_new();
          names.forEach((name, i) => XLSX.utils.book_append_sheet(book, toSheet(sheets[i]!), name));
          book.Workbook = { Sheets: names.map((_, i) => ({ Hidden: (i === 0 ? 0 : hidden[i]) as 0 | 1 | 2 })), WBProps: { date1904 } };
          const bytes = write(book, { bookSST, compression });
          const read = same(bytes);
          // Shared strings are what Excel writes: those never need SheetJS.
          if (bookSST) expect(read).toMatchObject({ engine: 'fast' });
          if (read.engine === 'fast') {
            fastRuns++;
            // The sheet text cut anywhere (inside a tag, a value, a UTF-8 sequence, </sheetData>): the same grid.
            expect(readXlsxFast(fflate, bytes, pushBytes)).toEqual(read.sheets);
          }
        },
      ),
      { numRuns: 200 },
    );
    expect(fastRuns).toBeGreaterThan(100);
  });

  it('a sheet of 8,000 rows, inflated in pieces of every size: the same grid as SheetJS', () => {
    const rows: unknown[][] = [['日期', '开始时间', '工号', '姓名', '课时', '备注']];
    for (let i = 0; i < 8000; i++) rows.push([{ t: 'n', v: 45600 + (i % 90), z: 'yyyy/m/d' }, { t: 'n', v: (930 + (i % 7) * 40) / 1440, z: 'h:mm' }, String(i % 300).padStart(5, '0'), `教师${i % 211}`, (i % 4) / 2 + 1, i % 13 === 0 ? '' : `第 ${i} 行 & “备注”`]);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), '台账');
    for (const compression of [true, false]) {
      const bytes = write(book, { compression, bookSST: true });
      const read = same(bytes);
      expect(read.engine).toBe('fast');
      expect(read.sheets[0]!.rows).toHaveLength(8001);
      for (const pushBytes of [997, 4096, 65_521]) expect(readXlsxFast(fflate, bytes, pushBytes)).toEqual(read.sheets);
    }
  });

  it("SheetJS's is_date, ported: the same answer for any format text", () => {
    const piece = fc.constantFrom('y', 'm', 'd', 'h', 's', 'e', 'g', 'B1', 'b', 'A/P', 'AM/PM', '上午/下午', '[h]', '[Red]', '[$-804]', '"年"', '\\y', '_)', '@', '0', '#', '?', '.', ',', '*-', '(', ')', '1', ';', ' ', 'General', 'G', 'E+', '%', '[mm]', '"');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        expect(isDateFormat(parts.join(''))).toBe(XLSX.SSF.is_date(parts.join('')));
      }),
      { numRuns: 500 },
    );
  });

  it('the school workbook fixture (merged title and 填写须知 rows, school headers, typed cells, several sheets, a 合计 row) reads the same through the fast path', () => {
    const read = same(schoolWorkbook(fixtureSet()));
    expect(read.engine).toBe('fast');
    expect(read.sheets.map((s) => s.sheet).sort()).toEqual([...Object.values(SHEET_NAMES), '说明'].sort());
    const ledger = read.sheets.find((s) => s.sheet === '台账')!;
    expect(ledger.rows[0]).toEqual({ row: 1, cells: ['某某小学课后服务工作台账(2024年11月)'] });
    const header = ledger.rows.findIndex((r) => r.cells.includes('教师工号'));
    const first = ledger.rows[header + 1]!.cells;
    expect(first[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(first.filter((c) => /^\d{1,2}:\d{2}$/.test(c)).length).toBeGreaterThanOrEqual(2);
    expect(first).toContainEqual(expect.stringMatching(/^0\d+$/));
  });

  it('a 1904 workbook: its serials read as the same calendar dates on both paths', () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['日期'], [{ t: 'n', v: dateToSerial('2024-11-04') - 1462, z: 'yyyy-mm-dd' }]]), '台账');
    book.Workbook = { WBProps: { date1904: true } };
    const read = same(write(book));
    expect(read.engine).toBe('fast');
    expect(read.sheets[0]!.rows[1]!.cells).toEqual(['2024-11-04']);
  });
});

// ---------------------------------------------------------------------------------------------------------
// A workbook in the shape Excel saves it (written here part by part: rich text, phonetic runs, formulas,
// cells and rows without r, styled blank cells, built-in and custom formats, extension namespaces).

const enc = (s: string) => fflate.strToU8(s);
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function excelLike(parts: Record<string, string> = {}, drop: string[] = []): Uint8Array {
  const files: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<workbook xmlns="${MAIN}" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15 xr xr6 xr10 xr2" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr defaultThemeVersion="166925"/><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x15"><x15ac:absPath url="D:\\学校\\" xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice></mc:AlternateContent><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets><sheet name="11月 台账&amp;名册" sheetId="1" r:id="rId1"/><sheet name="隐藏" sheetId="2" state="hidden" r:id="rId2"/></sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'11月 台账&amp;名册'!$6:$6</definedName></definedNames><calcPr calcId="191029"/></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId4" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/styles.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<styleSheet xmlns="${MAIN}"><numFmts count="3"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@"/><numFmt numFmtId="177" formatCode="h:mm;@"/><numFmt numFmtId="178" formatCode="0.00_ "/></numFmts><fonts count="1"><font><sz val="11"/><name val="等线"/><charset val="134"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"><alignment vertical="center"/></xf></cellStyleXfs><cellXfs count="8"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"><alignment vertical="center"/></xf><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="177" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="178" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="31" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="20" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
    'xl/sharedStrings.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<sst xmlns="${MAIN}" count="12" uniqueCount="9"><si><t>服务日期</t></si><si><t>工号</t></si><si><r><rPr><b/><sz val="11"/><rFont val="等线"/><charset val="134"/></rPr><t>姓</t></r><r><rPr><sz val="11"/><rFont val="等线"/></rPr><t xml:space="preserve">名 </t></r></si><si><t>00203</t></si><si><t>A &amp; B &lt;C&gt; &#x4E2D;&#25991;_x000D_
next</t><rPh sb="0" eb="1"><t>ピン</t></rPh><phoneticPr fontId="1" type="noConversion"/></si><si><t xml:space="preserve">  两端空格  </t></si><si><t/></si><si><r><t>甲</t></r><rPh sb="0" eb="1"><t>コウ</t></rPh><r><t>乙</t></r></si><si><t>合计</t></si></sst>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xr:uid="{00000000-0001-0000-0000-000000000000}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:H12"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="14.25" x14ac:dyDescent="0.2"/><cols><col min="1" max="1" width="12.625" customWidth="1"/></cols><sheetData><row r="1" spans="1:8" x14ac:dyDescent="0.2"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" s="0" t="s"><v>2</v></c><c r="D1" t="s"><v>4</v></c><c r="E1" t="s"><v>5</v></c><c r="F1" t="s"><v>6</v></c><c r="G1" t="s"><v>7</v></c></row><row r="2" spans="1:8"><c r="A2" s="1"><v>45600</v></c><c r="B2" t="s"><v>3</v></c><c r="C2" s="2"><v>45600.5</v></c><c r="D2" s="3"><v>0.64583333333333337</v></c><c r="E2" s="4"><v>1.5</v></c><c r="F2" s="5"><v>45600</v></c><c r="G2" s="6"><v>0.6875</v></c><c r="H2" s="7" t="s"><v>3</v></c></row><row r="3" ht="20" customHeight="1"><c r="A3" s="1"/><c r="B3" t="str"><f>B2&amp;"x"</f><v>00203x &amp;amp; y</v></c><c r="C3"><f>E2*2</f><v>3</v></c><c r="D3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E3" t="b"><v>1</v></c><c r="F3" t="b"><v>0</v></c><c r="G3" t="inlineStr"><is><r><t>行</t></r><r><rPr><b/></rPr><t xml:space="preserve">内 </t></r></is></c></row><row r="5"><c r="A5"><f t="shared" ref="A5:A6" si="0">E2+1</f><v>2.5</v></c><c r="B5" t="inlineStr"><is><t>内联 &amp; 文本</t></is></c><c r="C5" t="s"><v>8</v></c></row><row r="6"><c r="A6"><f t="shared" si="0"/><v>3.5</v></c></row><row r="8" ht="30" customHeight="1"/><row><c t="s"><v>1</v></c><c s="1"><v>45601</v></c><c><v>-0.5</v></c></row><row r="11"><c><v>7</v></c><c r="C11"><v>1E-3</v></c><c><v>12345678901234567890</v></c></row><row r="12" spans="1:1"><c r="A12" s="4"><v></v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A8:H8"/></mergeCells><phoneticPr fontId="1" type="noConversion"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="portrait"/></worksheet>`,
    'xl/worksheets/sheet2.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1"/><sheetData/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
    ...parts,
  };
  for (const d of drop) delete files[d];
  return fflate.zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, enc(v)])));
}

describe('a workbook as Excel saves it', () => {
  it('reads through the fast path, the same grid as SheetJS: rich text, phonetic runs, entities, formulas, rows and cells without r', () => {
    const read = same(excelLike());
    expect(read.engine).toBe('fast');
    expect(read.sheets.map((s) => [s.sheet, s.hidden])).toEqual([
      ['11月 台账&名册', 0],
      ['隐藏', 1],
    ]);
    const rows = read.sheets[0]!.rows;
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(rows[0]!.cells).toEqual(['服务日期', '工号', '姓名 ', 'A & B <C> 中文\nnext', '  两端空格  ', '', '甲乙']);
    // 14 and 176 are dates, 177 and 20 times, 178 a number format, 31 unknown to SheetJS (the serial stays).
    expect(rows[1]!.cells).toEqual(['2024-11-04', '00203', '2024-11-04', '15:30', '1.5', '45600', '16:30', '00203']);
    expect(rows[2]!.cells).toEqual(['', '00203x & y', '3', '#错误', 'TRUE', 'FALSE', '行内 ']);
    expect(rows[3]!.cells).toEqual([]);
    expect(rows[4]!.cells).toEqual(['2.5', '内联 & 文本', '合计']);
    // A <row> without r after the empty <row r="8"/>: SheetJS counts on from row 6, so it is row 7 on both paths.
    expect(rows[6]!.cells).toEqual(['工号', '2024-11-05', '-0.5']);
    expect(rows[5]!.cells).toEqual(['3.5']);
    expect(rows[10]!.cells).toEqual(['7', '', '0.001', '12345678901234567000']);
    expect(read.sheets[1]!.rows).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------

describe('what the fast reader hands to SheetJS', () => {
  const book = () => {
    const b = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(b, XLSX.utils.aoa_to_sheet([['工号', '姓名'], ['00203', '张三']]), '名册');
    return b;
  };
  const fallback = (bytes: Uint8Array) => {
    const read = same(bytes);
    expect(read.engine).toBe('sheetjs');
    return read.fallback!;
  };

  it('.xls (an OLE file, as are encrypted workbooks): not a zip', () => {
    expect(fallback(new Uint8Array(XLSX.write(book(), { type: 'array', bookType: 'biff8' }) as ArrayBuffer))).toMatchObject({ reason: 'not-zip' });
  });

  it('.xlsb and .ods: not an .xlsx package', () => {
    expect(fallback(write(book(), { bookType: 'xlsb' }))).toMatchObject({ reason: 'not-xlsx' });
    expect(fallback(write(book(), { bookType: 'ods' }))).toMatchObject({ reason: 'not-xlsx' });
  });

  it('strict OOXML', () => {
    const strict = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
    const bytes = excelLike({ 'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${strict}" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships"><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>` });
    expect(fallback(bytes)).toMatchObject({ reason: 'strict' });
  });

  it('a part the content types name but the zip lacks; a shared string the table lacks', () => {
    expect(fallback(excelLike({}, ['xl/sharedStrings.xml']))).toMatchObject({ reason: 'missing-part' });
    expect(fallback(excelLike({ 'xl/sharedStrings.xml': `<sst xmlns="${MAIN}"><si><t>一</t></si></sst>` }))).toMatchObject({ reason: 'missing-part' });
  });

  it('cell comments and hyperlinks (SheetJS adds a cell for each), date cells (t="d"), namespace prefixes', () => {
    const commented = book();
    XLSX.utils.sheet_add_aoa(commented.Sheets['名册']!, [[{ t: 's', v: '李四', c: [{ a: '教务处', t: '请核对' }] }]], { origin: 'C5' });
    expect(fallback(write(commented))).toMatchObject({ reason: 'unsupported', detail: 'cell comments' });

    const linked = book();
    linked.Sheets['名册']!['A2']!.l = { Target: 'https://example.org/' };
    expect(fallback(write(linked))).toMatchObject({ reason: 'unsupported', detail: 'hyperlinks' });

    const dated = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(dated, XLSX.utils.aoa_to_sheet([['日期'], [new Date(Date.UTC(2024, 10, 4))]], { cellDates: true }), '台账');
    expect(fallback(write(dated, { cellDates: true }))).toMatchObject({ reason: 'unsupported', detail: 'date cells (t="d")' });

    const prefixed = excelLike({ 'xl/worksheets/sheet2.xml': `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>` });
    expect(fallback(prefixed)).toMatchObject({ reason: 'unsupported' });
  });

  it('a damaged zip: SheetJS is asked too, and its error reaches the caller', () => {
    const bytes = schoolWorkbook(fixtureSet()).slice(0, 4000);
    expect(() => readWorkbook(fast, bytes)).toThrow();
  });

  it('without fflate (a caller that passes only SheetJS) every workbook goes to SheetJS, with no fallback reason', () => {
    const read = readWorkbook(sheetjs, excelLike());
    expect(read.engine).toBe('sheetjs');
    expect(read.fallback).toBeUndefined();
    expect(read.sheets).toEqual(readWorkbook(fast, excelLike()).sheets);
  });
});
