/**
 * Rows of a 台账 as an .xlsx of at most `limit` bytes, cells as Excel and the site's own export write them (text as
 * shared strings, the numeric columns as numbers). Written as a stream (fflate), row by row: SheetJS would hold a
 * 100 MB workbook in memory and take many minutes to write it. Rows are added while the output stays under the limit.
 */
import { closeSync, openSync, renameSync, writeSync } from 'node:fs';
import { Zip, ZipDeflate, strToU8 } from 'fflate';
import { NUMERIC_HEADERS } from '../../../src/lib/files/xlsx-write.ts';

export function writeLedgerXlsx(parsed: { headers: string[]; records: { cells: string[] }[] }, output: string, limit: number): { rows: number; bytes: number } {
  const numeric = parsed.headers.map((h) => NUMERIC_HEADERS.has(h.trim()));

  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const column = (c: number) => (c < 26 ? String.fromCharCode(65 + c) : String.fromCharCode(64 + Math.floor(c / 26)) + String.fromCharCode(65 + (c % 26)));
  const strings = new Map<string, number>();
  const shared = (s: string) => strings.get(s) ?? (strings.set(s, strings.size), strings.size - 1);
  const rowXml = (r: number, cells: readonly string[]) =>
    `<row r="${r}">${cells
      .map((v, c) => (v === '' ? '' : numeric[c] && r > 1 && /^-?\d{1,13}(\.\d+)?$/.test(v) ? `<c r="${column(c)}${r}"><v>${v}</v></c>` : `<c r="${column(c)}${r}" t="s"><v>${shared(v)}</v></c>`))
      .join('')}</row>`;

  const partial = `${output}.part`;
  const fd = openSync(partial, 'w');
  let written = 0;
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    writeSync(fd, chunk);
    written += chunk.length;
  });
  const add = (name: string, text: string) => {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(strToU8(text), true);
  };
  add('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>');
  add('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>');
  add('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>');
  add('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>');

  // The sheet, streamed; it stops while the compressed output still leaves room for the shared strings and the end.
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 6 });
  zip.add(sheet);
  sheet.push(strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rowXml(1, parsed.headers)}`));
  const reserve = () => 1024 * 1024 + [...strings.keys()].reduce((n, s) => n + s.length * 3 + 16, 0) / 3;
  let rows = 0;
  let chunk = '';
  for (const record of parsed.records) {
    chunk += rowXml(rows + 2, record.cells);
    rows++;
    if (rows % 2000 === 0) {
      sheet.push(strToU8(chunk));
      chunk = '';
      if (written > limit - reserve() - 2 * 1024 * 1024) break;
    }
  }
  sheet.push(strToU8(`${chunk}</sheetData></worksheet>`), true);
  add('xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.size}" uniqueCount="${strings.size}">${[...strings.keys()].map((s) => `<si><t xml:space="preserve">${escape(s)}</t></si>`).join('')}</sst>`);
  zip.end();
  closeSync(fd);
  if (written > limit) throw new Error(`${written} bytes: over the limit of ${limit}`);
  renameSync(partial, output);
  return { rows, bytes: written };
}
