/**
 * The packet's Word files: cover sheet with its checklist, the “三重一大”事项记录表 form, and the
 * 课后服务安排表. Fonts and sizes as the plan's 公文 export (plan/toDocx.ts).
 */
import { AlignmentType, BorderStyle, Document, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { FONTS, SIZES, xmlSafe } from '../plan/toDocx.ts';
import { citation } from '../policy/clauses.ts';
import type { Packet } from './model.ts';
import { PACKET_TEXT as T } from './messages.ts';

const font = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });
const run = (text: string, options: { bold?: boolean; size?: number; font?: string; color?: string } = {}) =>
  new TextRun({ text: xmlSafe(text), bold: options.bold, size: options.size ?? SIZES.table, font: font(options.font ?? FONTS.body), color: options.color });
const para = (text: string, options: { bold?: boolean; size?: number; font?: string; center?: boolean; color?: string } = {}) =>
  new Paragraph({ children: [run(text, options)], alignment: options.center ? AlignmentType.CENTER : undefined, spacing: { after: 120 } });
const title = (text: string) => para(text, { size: SIZES.title, font: FONTS.title, center: true });

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };

function table(header: readonly string[] | null, rows: readonly (readonly string[])[]): Table {
  const cell = (text: string, bold = false) =>
    new TableCell({ borders, children: text.split('\n').map((line) => para(line, { bold })) });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [...(header ? [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) })] : []), ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))],
  });
}

const doc = (children: (Paragraph | Table)[]) => new Document({ creator: 'kehou', sections: [{ children }] });

export function coverDocument(p: Packet): Document {
  return doc([
    title(p.title),
    para(p.schemeLine, { center: true }),
    para(T.cover, { bold: true, font: FONTS.heading1 }),
    table(
      [...T.checklistHeader],
      p.checklist.map((c) => [c.label, c.done ? T.done : T.missing, c.value, citation(c.clause)]),
    ),
    ...(p.missing.length ? [para(T.stillMissing(p.missing), { color: 'C00000' })] : []),
    ...p.notes.map((n) => para(n, { color: 'C00000' })),
    para(T.basis),
    para(T.signature),
  ]);
}

export function meetingRecordDocument(p: Packet): Document {
  return doc([title(T.meetingRecord), para(p.school || T.schoolPlaceholder, { center: true }), table(null, p.meetingRecord.map((f) => [f.label, f.value])), para(T.basis)]);
}

export function timetableDocument(p: Packet): Document {
  const body: (Paragraph | Table)[] = [title(`${p.school}${T.timetable}`)];
  if (p.timetables.length === 0) body.push(para(p.notes.find((n) => n === T.noPlan || n === T.noTimetable) ?? T.noTimetable, { color: 'C00000' }));
  for (const t of p.timetables) body.push(para(`${t.grade}${T.timetable}`, { bold: true, font: FONTS.heading1 }), table(t.header, t.rows));
  return doc(body);
}
