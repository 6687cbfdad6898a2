/**
 * The packet as files and as one .zip: Word for the cover, the 三重一大 form and the 安排表; Excel for
 * each table (SheetJS loaded only here, on export); and the same tables as CSV in the standard template,
 * which 台账自查 and `kehou check` read back. Pure: returns bytes; only the page saves them.
 */
import { zipSync } from 'fflate';
import { Packer } from 'docx';
import { toCsv } from '../ledger/summaries/export.ts';
import type { Packet } from './model.ts';
import { coverDocument, meetingRecordDocument, timetableDocument } from './docx.ts';
import { PACKET_TEXT as T } from './messages.ts';

export interface PacketFile {
  name: string;
  bytes: Uint8Array;
}

const encoder = new TextEncoder();

/** The standard-template CSV of each table (UTF-8 with BOM, formula-like cells neutralised). */
export function packetCsvFiles(p: Packet): PacketFile[] {
  return p.tables.map((t) => ({ name: `CSV/${t.fileBase}.csv`, bytes: encoder.encode(toCsv(t.header, t.rows)) }));
}

async function workbook(sheets: { name: string; header: readonly string[]; rows: readonly (readonly string[])[] }[]): Promise<Uint8Array> {
  const XLSX = await import('@e965/xlsx');
  const book = XLSX.utils.book_new();
  for (const s of sheets) {
    // Every cell stays text: 工号 00012 keeps its zeros and nothing is read as a formula.
    const sheet = XLSX.utils.aoa_to_sheet([s.header as string[], ...(s.rows as string[][])], { cellDates: false });
    for (const key of Object.keys(sheet)) if (!key.startsWith('!')) sheet[key].t = 's';
    XLSX.utils.book_append_sheet(book, sheet, s.name.slice(0, 31));
  }
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

async function docxBytes(document: Parameters<typeof Packer.toArrayBuffer>[0]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

export async function packetFiles(p: Packet): Promise<PacketFile[]> {
  const files: PacketFile[] = [
    { name: `0-${T.cover}.docx`, bytes: await docxBytes(coverDocument(p)) },
    { name: `1-${T.timetable}.docx`, bytes: await docxBytes(timetableDocument(p)) },
    { name: `2-${T.meetingRecord}.docx`, bytes: await docxBytes(meetingRecordDocument(p)) },
  ];
  if (p.timetables.length) files.push({ name: `1-${T.timetable}.xlsx`, bytes: await workbook(p.timetables.map((t) => ({ name: t.grade, header: t.header, rows: t.rows }))) });
  for (const [i, t] of p.tables.entries()) files.push({ name: `${3 + i}-${t.fileBase}.xlsx`, bytes: await workbook([{ name: t.title.replace(/[()()]/g, ''), header: t.header, rows: t.rows }]) });
  return [...files, ...packetCsvFiles(p)];
}

/** Everything in one .zip (names in UTF-8). */
export async function packetZip(p: Packet): Promise<Uint8Array> {
  const files = await packetFiles(p);
  return zipSync(Object.fromEntries(files.map((f) => [f.name, f.bytes])), { level: 6 });
}
