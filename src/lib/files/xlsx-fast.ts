/**
 * A fast .xlsx reader: the same grids as the SheetJS path of workbook.ts, an order of magnitude sooner on a
 * 100k-row sheet. SheetJS decodes a sheet's whole XML into one string and splits it with regular
 * expressions; here the zip is opened with fflate, the small parts (content types, workbook, relationships,
 * styles, shared strings) are read whole, and each worksheet is inflated in chunks and scanned by hand as it
 * arrives, so memory stays near the compressed file plus the grid.
 *
 * "The same grid" is SheetJS 0.20's reading, quirks included (which rows exist, how a formula's text result
 * or a rich-text string is decoded, which number formats are dates). Where this reader would have to guess —
 * an OLE file (.xls, or an encrypted workbook), .xlsb, .ods, strict OOXML, a namespace prefix, a missing part,
 * date cells (t="d"), comments or hyperlinks that add rows, anything it does not recognise — it throws
 * XlsxFallback and the caller reads the file with SheetJS. Pure: no DOM; runs in Web Workers and in Node.
 */
import type * as Fflate from 'fflate';
import { builtinFormats, numberKind, numberText, type NumberKind } from './cell-format.ts';

/** One sheet as rows of text cells, as workbook.ts returns it. */
export interface SheetGrid {
  sheet: string;
  /** As SheetJS reports it: 0 visible, 1 hidden, 2 very hidden. */
  hidden: 0 | 1 | 2;
  /** Rows as Excel numbers them (1-based), blank rows included. */
  rows: { row: number; cells: string[] }[];
}

/** The parts of fflate this reader uses (passed in, so pages load fflate only when a workbook arrives). */
export type FflateModule = Pick<typeof Fflate, 'Unzip' | 'UnzipInflate' | 'unzipSync'>;

export type FallbackReason = 'not-zip' | 'not-xlsx' | 'strict' | 'missing-part' | 'unsupported';

/** Why this reader handed the file to SheetJS. */
export class XlsxFallback extends Error {
  reason: FallbackReason;
  constructor(reason: FallbackReason, detail: string) {
    super(detail);
    this.reason = reason;
  }
}

const unsupported = (detail: string) => new XlsxFallback('unsupported', detail);

// ---------------------------------------------------------------------------------------------------------
// XML text as SheetJS decodes it (unescapexml, parsexmltag, str_match_xml_ns, parse_si), applied to parts
// that are small (a shared string, a cell's content, styles.xml), never to a whole worksheet.

const NAMED: Record<string, string> = { '&quot;': '"', '&apos;': "'", '&gt;': '>', '&lt;': '<', '&amp;': '&' };
const ENTITY = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi;
const CODE = /_x([\da-fA-F]{4})_/gi;

function rawUnescape(text: string): string {
  const i = text.indexOf('<![CDATA[');
  if (i === -1) {
    return text
      .replace(ENTITY, (all: string, code: string | undefined) => NAMED[all] || String.fromCharCode(parseInt(code as string, all.indexOf('x') > -1 ? 16 : 10)) || all)
      .replace(CODE, (_all: string, code: string) => String.fromCharCode(parseInt(code, 16)));
  }
  const j = text.indexOf(']]>');
  return rawUnescape(text.slice(0, i)) + text.slice(i + 9, j) + rawUnescape(text.slice(j + 3));
}

/** SheetJS's unescapexml: entities (its way: &#x1F600; keeps 16 bits), then _xHHHH_; `xlsx` also turns \r\n into \n. */
export function unescapeXml(text: string, xlsx = false): string {
  const out = text.indexOf('&') === -1 && text.indexOf('_') === -1 && text.indexOf('<') === -1 ? text : rawUnescape(text);
  return xlsx && out.indexOf('\r') !== -1 ? out.replace(/\r\n/g, '\n') : out;
}

const TAG = /<[/?]?[a-zA-Z0-9:_-]+(?:\s+[^"\s?<>/]+\s*=\s*(?:"[^"]*"|'[^']*'|[^'"<>\s=]+))*\s*[/?]?>/gm;
const ATTR = /\s([^"\s?>/]+)\s*=\s*((?:")([^"]*)(?:")|(?:')([^']*)(?:')|([^'">\s]+))/g;

type Tag = Record<string, string> & { 0: string };

/** SheetJS's parsexmltag: the tag's name, and its attributes by local name (and lower-cased). */
function parseTag(tag: string): Tag {
  const z = {} as Tag;
  let eq = 0;
  for (; eq !== tag.length; ++eq) {
    const c = tag.charCodeAt(eq);
    if (c === 32 || c === 10 || c === 13) break;
  }
  z[0] = tag.slice(0, eq);
  if (eq === tag.length) return z;
  for (const m of tag.match(ATTR) ?? []) {
    const cc = m.slice(1);
    let c = 0;
    for (; c !== cc.length; ++c) if (cc.charCodeAt(c) === 61) break;
    let q = cc.slice(0, c).trim();
    while (cc.charCodeAt(c + 1) === 32) ++c;
    const quote = cc.charCodeAt(c + 1) === 34 || cc.charCodeAt(c + 1) === 39 ? 1 : 0;
    const v = cc.slice(c + 1 + quote, cc.length - quote);
    const colon = q.indexOf(':');
    if (colon === -1) {
      if (q.indexOf('_') > 0) q = q.slice(0, q.indexOf('_'));
      z[q] = v;
      z[q.toLowerCase()] = v;
    } else {
      const k = (colon === 5 && q.slice(0, 5) === 'xmlns' ? 'xmlns' : '') + q.slice(colon + 1);
      if (z[k] && q.slice(colon - 3, colon) === 'ext') continue;
      z[k] = v;
      z[k.toLowerCase()] = v;
    }
  }
  return z;
}

const stripNs = (name: string) => name.replace(/<(\/?)\w+:/, '<$1');
const tagsOf = (xml: string): Tag[] => (xml.match(TAG) ?? []).map(parseTag);

const elementRes = new Map<string, [RegExp, RegExp]>();
function elementRe(tag: string): [RegExp, RegExp] {
  let res = elementRes.get(tag);
  if (!res) elementRes.set(tag, (res = [new RegExp(`<(?:\\w+:)?${tag}\\b[^<>]*>`, 'g'), new RegExp(`</(?:\\w+:)?${tag}>`, 'g')]));
  res[0].lastIndex = res[1].lastIndex = 0;
  return res;
}

/** SheetJS's str_match_xml_ns: the first element `tag` as [whole, inner], or null. */
function matchElement(str: string, tag: string): [string, string] | null {
  const [open, close] = elementRe(tag);
  const m = open.exec(str);
  if (!m) return null;
  close.lastIndex = open.lastIndex;
  const e = close.exec(str);
  if (!e) return null;
  return [str.slice(m.index, close.lastIndex), str.slice(open.lastIndex, e.index)];
}

/** SheetJS's str_remove_xml_ns_g: the text without the `tag` elements (null when one is not closed). */
function removeElements(str: string, tag: string): string | null {
  const [open, close] = elementRe(tag);
  const out: string[] = [];
  let ef = 0;
  let m: RegExpExecArray | null;
  while ((m = open.exec(str))) {
    out.push(str.slice(ef, m.index));
    close.lastIndex = open.lastIndex;
    if (!close.exec(str)) return null;
    ef = close.lastIndex;
    open.lastIndex = close.lastIndex;
  }
  out.push(str.slice(ef));
  return out.join('');
}

const SI_PLAIN = /^\s*<(?:\w+:)?t[^>]*>/;
const T_END = /<\/(?:\w+:)?t>/;
const SI_RICH = /<(?:\w+:)?r\b[^<>]*>/;
const SI_T = /<(?:\w+:)?t\b[^<>]*>([^<]*)<\/(?:\w+:)?t>/g;

/** SheetJS's parse_si: a shared or inline string's text (undefined where SheetJS finds none). */
function stringItem(x: string): string | undefined {
  if (!x) return '';
  if (SI_PLAIN.test(x)) return unescapeXml(x.slice(x.indexOf('>') + 1).split(T_END)[0] || '', true);
  if (SI_RICH.test(x)) {
    const runs = removeElements(x, 'rPh');
    if (runs === null) throw unsupported('an unclosed phonetic run in a string');
    return unescapeXml((runs.match(SI_T) ?? []).join('').replace(TAG, ''), true);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// The package: content types, workbook, relationships, shared strings, styles.

const CT_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const STRICT = 'purl.oclc.org/ooxml';
const WORKBOOK_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  'application/vnd.ms-excel.sheet.binary.macroEnabled.main',
  'application/vnd.ms-excel.addin.macroEnabled.main+xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
]);
const SST_TYPES = new Set(['application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml', 'application/vnd.ms-excel.sharedStrings']);
const STYLE_TYPES = new Set(['application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml', 'application/vnd.ms-excel.styles']);
const WORKSHEET_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const COMMENT_RELS = new Set(['http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments', 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment']);

const stripSlash = (path: string) => (path.charAt(0) === '/' ? path.slice(1) : path);

function decodeText(bytes: Uint8Array | undefined, part: string): string {
  if (!bytes) throw new XlsxFallback('missing-part', part);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

interface ContentTypes {
  workbook: string;
  sst: string;
  style: string;
}

function contentTypes(xml: string, has: (path: string) => boolean): ContentTypes {
  const workbooks: string[] = [];
  const ssts: string[] = [];
  const styles: string[] = [];
  let ns: string | undefined;
  for (const y of tagsOf(xml)) {
    const name = y[0].replace(/<\w*:/, '<');
    if (name === '<Types') ns = y.xmlns;
    else if (name === '<Override') {
      if (WORKBOOK_TYPES.has(y.ContentType!)) workbooks.push(y.PartName!);
      else if (SST_TYPES.has(y.ContentType!)) ssts.push(y.PartName!);
      else if (STYLE_TYPES.has(y.ContentType!)) styles.push(y.PartName!);
    }
  }
  if (ns !== CT_NS) throw new XlsxFallback('not-xlsx', `content types namespace ${ns ?? 'missing'}`);
  if (workbooks.length === 0 && has('xl/workbook.xml')) workbooks.push('xl/workbook.xml');
  const workbook = workbooks[0];
  if (!workbook) throw new XlsxFallback('not-xlsx', 'no workbook part (.xlsb or not a workbook)');
  const parts = { workbook: stripSlash(workbook), sst: stripSlash(ssts[0] ?? ''), style: stripSlash(styles[0] ?? '') };
  if ([parts.workbook, parts.sst, parts.style].some((p) => p.endsWith('.bin'))) throw new XlsxFallback('not-xlsx', '.xlsb (binary parts)');
  return parts;
}

interface WorkbookPart {
  sheets: { name: string; id: string; hidden: 0 | 1 | 2 }[];
  date1904: boolean;
}

function workbookPart(xml: string): WorkbookPart {
  if (xml.indexOf(STRICT) !== -1) throw new XlsxFallback('strict', 'strict OOXML workbook');
  const sheets: WorkbookPart['sheets'] = [];
  let ns: string | undefined;
  let date1904 = false;
  for (const y of tagsOf(xml)) {
    const name = stripNs(y[0]);
    if (name !== y[0] && /^<\/?(workbook|workbookPr|sheets?)\b/.test(name)) throw unsupported(`namespace prefix in the workbook (${y[0]})`);
    switch (name) {
      case '<workbook':
        ns = y.xmlns;
        break;
      case '<workbookPr':
      case '<workbookPr/>':
        if (y.date1904 != null) date1904 = y.date1904 === '1' || y.date1904 === 'true';
        break;
      case '<sheet': {
        if (y.name === undefined || !y.id) throw unsupported('a sheet without a name or relationship');
        sheets.push({ name: unescapeXml(y.name), id: y.id, hidden: y.state === 'hidden' ? 1 : y.state === 'veryHidden' ? 2 : 0 });
        break;
      }
    }
  }
  if (ns !== MAIN_NS) throw unsupported(`workbook namespace ${ns ?? 'missing'}`);
  return { sheets, date1904 };
}

/** Relationship id → { type, target } (SheetJS's parse_rels, by id). */
function relationships(xml: string | undefined): Map<string, { type: string; target: string }> {
  const rels = new Map<string, { type: string; target: string }>();
  if (!xml) return rels;
  for (const y of tagsOf(xml)) if (y[0] === '<Relationship' && y.Id !== undefined) rels.set(y.Id, { type: y.Type ?? '', target: unescapeXml(y.Target ?? '') });
  return rels;
}

function sharedStrings(xml: string): (string | undefined)[] {
  const sst = matchElement(xml, 'sst');
  if (!sst) return [];
  return sst[1]
    .replace(/<(?:\w+:)?(?:si|sstItem)>/g, '')
    .split(/<\/(?:\w+:)?(?:si|sstItem)>/)
    .map((x) => stringItem(x.trim()));
}

const BAD_FORMATS: Record<string, string> = { 'd.m': 'd\\.m' };

/** styles.xml → how each cell style (the `s` of a cell) reads a number: SheetJS's parse_numFmts and parse_cellXfs. */
function styleKinds(xml: string): NumberKind[] {
  if (xml.indexOf('<!--') !== -1 || xml.slice(0, 1024).indexOf('<!DOCTYPE') !== -1) throw unsupported('comments or a DOCTYPE in styles.xml');
  const table: Record<number, string> = builtinFormats();
  let numberFmt: Record<number, string> | null = null;
  const numFmts = matchElement(xml, 'numFmts');
  if (numFmts) {
    numberFmt = { ...table };
    for (const y of tagsOf(numFmts[0])) {
      if (stripNs(y[0]) !== '<numFmt') continue;
      if (y.formatCode === undefined || y.numFmtId === undefined) throw unsupported('a number format without its code or id');
      const f = unescapeXml(y.formatCode);
      let j = parseInt(y.numFmtId, 10);
      numberFmt[j] = f;
      if (j > 0) {
        if (j > 0x188) {
          for (j = 0x188; j > 0x3c; --j) if (numberFmt[j] == null) break;
          numberFmt[j] = f;
        }
        table[j] = BAD_FORMATS[f] || f;
      }
    }
  }
  const cellXfs = matchElement(xml, 'cellXfs');
  if (!cellXfs) return [];
  const kinds: NumberKind[] = [];
  for (const y of tagsOf(cellXfs[0])) {
    const name = stripNs(y[0]);
    if (name !== '<xf' && name !== '<xf/>' && name !== '<xf>') continue;
    let id: number | string | undefined = y.numFmtId ? parseInt(y.numFmtId, 10) : y.numFmtId;
    if (numberFmt && (id as number) > 0x188) {
      for (let i = 0x188; i > 0x3c; --i) {
        if (numberFmt[id as number] == numberFmt[i]) {
          id = i;
          break;
        }
      }
    }
    kinds.push(numberKind(id === undefined ? table[0] : (table as Record<string, string>)[id]));
  }
  return kinds;
}

// ---------------------------------------------------------------------------------------------------------
// A worksheet's <sheetData>, scanned by hand as its text arrives.

interface ScanContext {
  sst: (string | undefined)[];
  kinds: NumberKind[];
  date1904: boolean;
}

const [T_NONE, T_S, T_N, T_B, T_E, T_STR, T_INLINE, T_D, T_OTHER] = [0, 1, 2, 3, 4, 5, 6, 7, 8] as const;
const TYPES = new Map<string, number>([['s', T_S], ['n', T_N], ['b', T_B], ['e', T_E], ['str', T_STR], ['inlineStr', T_INLINE], ['d', T_D]]);
const ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#WTF?']);
const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
const R_ATTR = /r=["']/;

/** `<v>` text that is a whole number SheetJS would print back unchanged (String(parseFloat(x)) === x). */
function isPlainInteger(v: string): boolean {
  const n = v.length;
  let i = v.charCodeAt(0) === 45 ? 1 : 0;
  if (n - i < 1 || n - i > 15) return false;
  const first = v.charCodeAt(i);
  if (first === 48) return n - i === 1 && i === 0;
  for (; i < n; i++) {
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** A shared-string index written as 1–9 digits, or -1. */
function indexAt(s: string, from: number, to: number): number {
  if (to <= from || to - from > 9) return -1;
  let v = 0;
  for (let k = from; k < to; k++) {
    const d = s.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

class SheetScanner {
  private ctx: ScanContext;
  private phase: 'head' | 'data' | 'tail' = 'head';
  private carry = '';
  private tagr = 0;
  private maxRow = -1;
  private rows: (string[] | undefined)[] = [];
  private dates = new Map<string, string>();
  private times = new Map<string, string>();
  done = false;

  constructor(ctx: ScanContext) {
    this.ctx = ctx;
  }

  push(text: string, final: boolean): void {
    let s = text;
    if (this.phase === 'data' && this.carry.length > 0) {
      // The row cut off at the end of the last chunk, completed up to its </row>. Joining only that piece
      // keeps each chunk a flat string (joining whole chunks costs V8 a copy of each before it can be read).
      const cut = text.indexOf('</row>');
      if (cut === -1 && !final) {
        this.carry += text;
        return;
      }
      const end = cut === -1 ? text.length : cut + 6;
      const piece = this.carry + text.slice(0, end);
      this.carry = '';
      const rest = piece.slice(this.scanRows(piece));
      s = rest.length > 0 ? rest + text.slice(end) : text.slice(end);
    } else if (this.carry.length > 0) {
      s = this.carry + text;
      this.carry = '';
    }
    if (this.phase === 'head') {
      const at = s.indexOf('sheetData');
      const gt = at === -1 ? -1 : s.indexOf('>', at);
      if (gt === -1) {
        this.carry = s;
        if (final) this.checkRoot(s);
      } else {
        if (s.charCodeAt(at - 1) !== 60) throw unsupported('a namespace prefix on <sheetData>');
        this.checkRoot(s.slice(0, at));
        const c = s.charCodeAt(at + 9);
        if (c !== 62 && c !== 47 && !isSpace(c)) throw unsupported('an element named like sheetData');
        // SheetJS needs a </sheetData>: an empty <sheetData/> holds no cells.
        this.phase = s.charCodeAt(gt - 1) === 47 ? 'tail' : 'data';
        s = s.slice(gt + 1);
      }
    }
    if (this.phase === 'data') {
      const stop = this.scanRows(s);
      s = s.slice(stop);
      if (this.phase === 'data') this.carry = s;
    }
    if (this.phase === 'tail') {
      // What SheetJS reads after <sheetData> that adds cells: hyperlinks (a stub cell per linked cell).
      if (/<(?:\w+:)?hyperlink /.test(s)) throw unsupported('hyperlinks');
      this.carry = s.slice(-16);
    }
    if (final) {
      if (this.phase === 'data') throw unsupported('<sheetData> is not closed');
      this.done = true;
    }
  }

  /** The text before <sheetData>: a transitional <worksheet> without a namespace prefix. */
  private checkRoot(head: string): void {
    if (head.indexOf(STRICT) !== -1) throw new XlsxFallback('strict', 'strict OOXML worksheet');
    if (/<\w+:worksheet\b/.test(head) || !/<worksheet\b/.test(head)) throw unsupported('the worksheet root is not <worksheet>');
  }

  /** Scans whole rows from the start of `s`; returns where it stopped (an incomplete row stays for the next chunk). */
  private scanRows(s: string): number {
    const n = s.length;
    // Rows that end at or before the last </row> are whole: no row below needs its own search for its end.
    const limit = s.lastIndexOf('</row>');
    let pos = 0;
    for (;;) {
      while (pos < n && isSpace(s.charCodeAt(pos))) pos++;
      if (pos >= n) return pos;
      const start = pos;
      if (s.startsWith('</sheetData>', pos)) {
        this.phase = 'tail';
        return pos + 12;
      }
      if (!s.startsWith('<row', pos) || n - pos < 5) {
        if (n - pos < 12) return start;
        throw unsupported(`unexpected content in <sheetData>: ${s.slice(pos, pos + 20)}`);
      }
      const c = s.charCodeAt(pos + 4);
      if (c !== 62 && c !== 47 && !isSpace(c)) throw unsupported(`unexpected element in <sheetData>: ${s.slice(pos, pos + 20)}`);
      const gt = s.indexOf('>', pos);
      if (gt === -1) return start;
      if (s.charCodeAt(gt - 1) === 47) {
        // SheetJS passes over an empty <row/> without counting it.
        pos = gt + 1;
        continue;
      }
      if (gt > limit) return start;
      // r="12" among the row's attributes (spans, ht, customHeight … are not read).
      let row = this.tagr + 1;
      let k = pos + 4;
      for (;;) {
        k = s.indexOf('r=', k);
        if (k === -1 || k > gt) break;
        if (isSpace(s.charCodeAt(k - 1))) {
          const quote = s.charCodeAt(k + 2);
          const close = quote === 34 || quote === 39 ? s.indexOf(quote === 34 ? '"' : "'", k + 3) : -1;
          const value = close === -1 || close > gt ? '' : s.slice(k + 3, close);
          if (!/^[1-9]\d{0,6}$/.test(value)) throw unsupported(`row number ${s.slice(k, k + 12)}`);
          row = Number(value);
          break;
        }
        k += 2;
      }
      this.tagr = row;
      pos = this.scanCells(s, gt + 1);
    }
  }

  /** The cells of one whole row, from after its <row> tag; returns the position after its </row>. */
  private scanCells(s: string, from: number): number {
    const { sst, kinds } = this.ctx;
    let p = from;
    let tagc = -1;
    for (;;) {
      let c = s.charCodeAt(p);
      while (isSpace(c)) c = s.charCodeAt(++p);
      if (c === 60 && s.charCodeAt(p + 1) === 47) {
        if (s.charCodeAt(p + 2) !== 114 || s.charCodeAt(p + 3) !== 111 || s.charCodeAt(p + 4) !== 119 || s.charCodeAt(p + 5) !== 62) throw unsupported(`unexpected content in a row: ${s.slice(p, p + 20)}`);
        return p + 6;
      }
      // SheetJS cuts a row into cells at `<c ` `<c/` `<c>`: anything else in a row is not read here.
      c = s.charCodeAt(p + 2);
      if (s.charCodeAt(p) !== 60 || s.charCodeAt(p + 1) !== 99 || (c !== 32 && c !== 62 && c !== 47)) throw unsupported(`unexpected content in a row: ${s.slice(p, p + 20)}`);
      const cellStart = p;
      let i = p + 2;
      let col = -1;
      let row = -1;
      let style = -1;
      let type: number = T_NONE;
      let selfClosing = false;
      // The cell's attributes: r, s and t read as they are scanned; cm, vm, ph passed over; anything else is not read here.
      for (;;) {
        while (isSpace((c = s.charCodeAt(i)))) i++;
        if (c === 62) {
          i++;
          break;
        }
        if (c === 47) {
          if (s.charCodeAt(i + 1) !== 62) throw unsupported('a malformed cell tag');
          i += 2;
          selfClosing = true;
          break;
        }
        const nameStart = i;
        // (c === c is false only for NaN: the end of the text.)
        while ((c = s.charCodeAt(i)) !== 61 && c === c && !isSpace(c) && c !== 62 && c !== 47 && c !== 60) i++;
        const nameLen = i - nameStart;
        while (isSpace(s.charCodeAt(i))) i++;
        if (s.charCodeAt(i) !== 61) throw unsupported('a malformed cell attribute');
        i++;
        while (isSpace(s.charCodeAt(i))) i++;
        const quote = s.charCodeAt(i);
        if (quote !== 34 && quote !== 39) throw unsupported('an unquoted cell attribute');
        const vStart = ++i;
        const a = s.charCodeAt(nameStart);
        if (nameLen === 1 && a === 114) {
          // r="B12": column from the letters, row from the digits (no leading zero, at most 3 letters and 7 digits).
          col = 0;
          while ((c = s.charCodeAt(i)) >= 65 && c <= 90) col = col * 26 + (c - 64), i++;
          const letters = i - vStart;
          row = 0;
          while ((c = s.charCodeAt(i)) >= 48 && c <= 57) row = row * 10 + (c - 48), i++;
          const digits = i - vStart - letters;
          if (c !== quote || letters === 0 || letters > 3 || digits === 0 || digits > 7 || s.charCodeAt(vStart + letters) === 48) throw unsupported(`cell reference ${s.slice(nameStart, i + 1)}`);
          col -= 1;
          row -= 1;
        } else if (nameLen === 1 && a === 115) {
          // s="3": the style. Text that is not a plain index (03, 1.0) finds no style in SheetJS either: General.
          style = 0;
          while ((c = s.charCodeAt(i)) >= 48 && c <= 57) style = style * 10 + (c - 48), i++;
          if (c !== quote || i === vStart || i - vStart > 7 || (i - vStart > 1 && s.charCodeAt(vStart) === 48)) {
            style = -1;
            while ((c = s.charCodeAt(i)) !== quote && c !== 60 && c === c) i++;
          }
        } else {
          while ((c = s.charCodeAt(i)) !== quote && c !== 60 && c === c) i++;
          if (nameLen === 1 && a === 116) {
            const t0 = s.charCodeAt(vStart);
            if (i - vStart === 1) type = t0 === 115 ? T_S : t0 === 110 ? T_N : t0 === 98 ? T_B : t0 === 101 ? T_E : t0 === 100 ? T_D : T_OTHER;
            else type = TYPES.get(s.slice(vStart, i)) ?? T_OTHER;
          } else if (!(nameLen === 2 && /^(cm|vm|ph)$/.test(s.slice(nameStart, nameStart + 2)))) {
            throw unsupported(`cell attribute ${s.slice(nameStart, nameStart + nameLen)}`);
          }
        }
        if (c !== quote) throw unsupported('a malformed cell attribute');
        i++;
      }
      // The cell's content: usually just <v>…</v> (read in place); anything more through SheetJS's own matching.
      let raw: string | undefined;
      let vs = -1;
      let ve = -1;
      let content = '';
      p = -1;
      if (selfClosing) p = i;
      else if (s.charCodeAt(i) === 60 && s.charCodeAt(i + 1) === 118 && s.charCodeAt(i + 2) === 62) {
        // <v>: the value runs to the next '<', which should be </v></c>.
        let k = i + 3;
        while ((c = s.charCodeAt(k)) !== 60 && c === c) k++;
        if (s.charCodeAt(k + 1) === 47 && s.charCodeAt(k + 2) === 118 && s.charCodeAt(k + 3) === 62 && s.charCodeAt(k + 4) === 60 && s.charCodeAt(k + 5) === 47 && s.charCodeAt(k + 6) === 99 && s.charCodeAt(k + 7) === 62) {
          vs = i + 3;
          ve = k;
          p = k + 8;
        }
      }
      if (p === -1) {
        p = this.content(s, i);
        content = s.slice(i, p - 4);
        const v = matchElement(content, 'v');
        if (v && v[1] !== '') raw = v[1];
      } else if (ve > vs && type !== T_S) raw = s.slice(vs, ve);
      if (row < 0) {
        // No r: the next column of the row SheetJS is in (and a stray r="…" in the cell would mislead it).
        if (R_ATTR.test(s.slice(cellStart, p))) throw unsupported('a cell without r whose content has r=');
        col = ++tagc;
        row = this.tagr - 1;
      } else tagc = col;
      let text: string;
      switch (type) {
        case T_NONE:
        case T_N: {
          if (raw === undefined) continue;
          const kind = style >= 0 ? (kinds[style] ?? 'number') : 'number';
          if (kind === 'number') text = isPlainInteger(raw) ? raw : String(parseFloat(unescapeXml(raw)));
          else {
            const memo = kind === 'date' ? this.dates : this.times;
            let t = memo.get(raw);
            if (t === undefined) memo.set(raw, (t = numberText(parseFloat(unescapeXml(raw)), kind, this.ctx.date1904)));
            text = t;
          }
          break;
        }
        case T_S: {
          // The index, read in place when the cell is plain <v>digits</v>.
          let v: number;
          if (vs >= 0) {
            if (ve === vs) continue;
            v = indexAt(s, vs, ve);
          } else if (raw === undefined) continue;
          else v = indexAt(raw, 0, raw.length);
          if (v < 0 || v >= sst.length) throw new XlsxFallback('missing-part', `shared string ${raw ?? s.slice(vs, ve)} of ${sst.length}`);
          text = sst[v] ?? '';
          break;
        }
        case T_STR: {
          if (raw === undefined) text = '';
          else {
            // SheetJS unescapes a formula's text twice, the first time on undecoded UTF-8 bytes.
            if (raw.indexOf('&#') !== -1 || /_x[\da-fA-F]{4}_/i.test(raw)) throw unsupported('a character reference in a formula result');
            text = unescapeXml(unescapeXml(raw), true);
          }
          break;
        }
        case T_INLINE: {
          const is = matchElement(content, 'is');
          text = is ? (stringItem(is[1]) ?? '') : '';
          break;
        }
        case T_B: {
          const v = raw === undefined ? undefined : unescapeXml(raw);
          text = v === '1' || v === 'true' ? 'TRUE' : 'FALSE';
          break;
        }
        case T_E: {
          const v = raw === undefined ? undefined : unescapeXml(raw);
          if (v !== undefined && !ERRORS.has(v) && v in {}) throw unsupported('an error cell named like an object property');
          text = v !== undefined && ERRORS.has(v) ? '#错误' : '';
          break;
        }
        case T_D:
          throw unsupported('date cells (t="d")');
        default:
          text = '';
      }
      let cells = this.rows[row];
      if (!cells) this.rows[row] = cells = [];
      cells[col] = text;
      if (row > this.maxRow) this.maxRow = row;
    }
  }

  /** A cell with more than <v>: returns the position after its </c>. */
  private content(s: string, from: number): number {
    const close = s.indexOf('</c>', from);
    if (close === -1) throw unsupported('an unclosed cell');
    const inner = s.slice(from, close);
    if (inner.indexOf('<!') !== -1 || /<\w+:/.test(inner) || inner.indexOf('<extLst') !== -1 || inner.indexOf('row>') !== -1) throw unsupported('CDATA, comments, prefixes or extensions in a cell');
    return close + 4;
  }

  grid(): SheetGrid['rows'] {
    const out: SheetGrid['rows'] = [];
    for (let r = 0; r <= this.maxRow; r++) {
      const cells = this.rows[r] ?? [];
      for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = '';
      while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
      out.push({ row: r + 1, cells });
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------------------

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** Input is pushed to the inflater in slices of this size, so a sheet's text arrives in bounded chunks. */
const PUSH_BYTES = 256 * 1024;

/**
 * Every sheet of an .xlsx file as text rows, exactly as the SheetJS path reads them. Throws XlsxFallback
 * (or fflate's or TextDecoder's error) for anything it does not read itself. `pushBytes` (tests) sets how
 * much compressed input is inflated at a time, and so where the sheet's text is cut into chunks.
 */
export function readXlsxFast(fflate: FflateModule, bytes: Uint8Array, pushBytes = PUSH_BYTES): SheetGrid[] {
  if (!isZip(bytes)) throw new XlsxFallback('not-zip', 'not a zip file (.xls, or an encrypted workbook)');
  const names = new Set<string>();
  const small = fflate.unzipSync(bytes, {
    filter: (f) => {
      names.add(f.name);
      return f.name === '[Content_Types].xml' || f.name.endsWith('.rels');
    },
  });
  if (names.has('META-INF/manifest.xml') || names.has('objectdata.xml') || names.has('Index/Document.iwa')) throw new XlsxFallback('not-xlsx', 'an OpenDocument or Numbers file');
  if (!names.has('[Content_Types].xml')) throw new XlsxFallback('not-xlsx', 'no [Content_Types].xml');
  const has = (path: string) => names.has(path);
  const ct = contentTypes(decodeText(small['[Content_Types].xml'], '[Content_Types].xml'), has);
  for (const part of [ct.workbook, ct.sst, ct.style]) if (part && !has(part)) throw new XlsxFallback('missing-part', part);
  const parts = fflate.unzipSync(bytes, { filter: (f) => f.name === ct.workbook || f.name === ct.sst || f.name === ct.style });
  const wb = workbookPart(decodeText(parts[ct.workbook], ct.workbook));

  const slash = ct.workbook.lastIndexOf('/');
  let relsFile = `${ct.workbook.slice(0, slash + 1)}_rels/${ct.workbook.slice(slash + 1)}.rels`.replace(/^\//, '');
  if (!has(relsFile)) relsFile = 'xl/_rels/workbook.xml.rels';
  if (!has(relsFile)) throw new XlsxFallback('missing-part', relsFile);
  const rels = relationships(decodeText(small[relsFile], relsFile));
  const paths = wb.sheets.map((sheet) => {
    const rel = rels.get(sheet.id);
    if (!rel) throw new XlsxFallback('missing-part', `relationship ${sheet.id} of sheet ${sheet.name}`);
    if (rel.type !== WORKSHEET_REL) throw unsupported(`sheet ${sheet.name} is not a worksheet (${rel.type})`);
    let path = `xl/${rel.target.replace(/[/]?xl\//, '')}`;
    if (!has(path)) path = rel.target;
    if (!has(path)) path = relsFile.replace(/_rels\/[\S\s]*$/, '') + rel.target;
    if (!has(path)) throw new XlsxFallback('missing-part', `sheet ${sheet.name}`);
    const sheetRels = path.replace(/^(.*)(\/)([^/]*)$/, '$1/_rels/$3.rels');
    if (has(sheetRels)) for (const r of relationships(decodeText(small[sheetRels], sheetRels)).values()) if (COMMENT_RELS.has(r.type)) throw unsupported('cell comments');
    return path;
  });

  const ctx: ScanContext = {
    sst: ct.sst ? sharedStrings(decodeText(parts[ct.sst], ct.sst)) : [],
    kinds: ct.style ? styleKinds(decodeText(parts[ct.style], ct.style)) : [],
    date1904: wb.date1904,
  };
  const scanners = new Map<string, SheetScanner>();
  for (const path of paths) if (!scanners.has(path)) scanners.set(path, new SheetScanner(ctx));

  const unzip = new fflate.Unzip((file) => {
    const scanner = scanners.get(file.name);
    if (!scanner || scanner.done) return;
    const decoder = new TextDecoder('utf-8', { fatal: true });
    file.ondata = (err, chunk, final) => {
      if (err) throw err;
      scanner.push(decoder.decode(chunk, { stream: !final }), final);
    };
    file.start();
  });
  unzip.register(fflate.UnzipInflate);
  for (let at = 0; at < bytes.length; at += pushBytes) unzip.push(bytes.subarray(at, Math.min(bytes.length, at + pushBytes)), at + pushBytes >= bytes.length);

  return wb.sheets.map((sheet, i) => {
    const scanner = scanners.get(paths[i]!)!;
    if (!scanner.done) throw unsupported(`sheet ${sheet.name} was not read to its end`);
    return { sheet: sheet.name, hidden: sheet.hidden, rows: scanner.grid() };
  });
}
