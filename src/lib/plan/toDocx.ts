/**
 * The plan document as a Word file in 公文 layout (GB/T 9704-2012): A4, margins 37/35/28/26 mm,
 * 22 lines a page, title 2号 方正小标宋简体, body 3号 仿宋_GB2312, headings 黑体 / 楷体_GB2312 / bold
 * 仿宋, page numbers `— 1 —` in 4号 宋体 (odd pages right, even pages left). Fonts are named, not
 * embedded: Chinese text takes the east-Asian slot and Word substitutes when a font is missing.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
} from 'docx';
import type { IRunOptions } from 'docx';
import type { Block, PlanDocument, Run } from './document.ts';
import { DOCUMENT_TEXT } from './messages.ts';

export const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
} as const;

/** Word sizes are half-points: 2号 = 22 pt, 3号 = 16 pt, 4号 = 14 pt. */
export const SIZES = { title: 44, body: 32, pageNumber: 28, table: 24 } as const;

const PAGE = { width: 11906, height: 16838 };
const MARGIN_MM = { top: 37, bottom: 35, left: 28, right: 26 };
/** (297 − 37 − 35) mm over 22 lines ≈ 28.95 pt a line, in twentieths of a point. */
const LINE = Math.round(((297 - MARGIN_MM.top - MARGIN_MM.bottom) / 25.4) * 72 * 20 / 22);
/** Two 3号 characters: 2 × 16 pt. */
const INDENT = 2 * 16 * 20;
const TEXT_WIDTH = PAGE.width - convertMillimetersToTwip(MARGIN_MM.left) - convertMillimetersToTwip(MARGIN_MM.right);

/** Drops what XML 1.0 cannot hold (control characters, lone surrogates), so the file says what the model says. */
export function xmlSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
}

const font = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });

function textRuns(runs: readonly Run[], base: IRunOptions): TextRun[] {
  return runs.flatMap((r) =>
    r.text.split('\n').map((line, i) =>
      new TextRun({
        ...base,
        text: xmlSafe(line),
        ...(i ? { break: 1 } : {}),
        ...(r.mark ? { highlight: r.mark === 'todo' ? 'yellow' : 'red' } : {}),
      }),
    ),
  );
}

const bodyRun: IRunOptions = { font: font(FONTS.body), size: SIZES.body };
const spacing = { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

function note(text: string): Paragraph {
  return new Paragraph({
    spacing,
    indent: { firstLine: INDENT },
    children: [new TextRun({ ...bodyRun, text: xmlSafe(DOCUMENT_TEXT.mustFix(text)), highlight: 'red' })],
  });
}

function heading(b: Extract<Block, { kind: 'heading' }>): Paragraph {
  const base: IRunOptions =
    b.level === 1
      ? { font: font(FONTS.heading1), size: SIZES.body }
      : b.level === 2
        ? { font: font(FONTS.heading2), size: SIZES.body }
        : { font: font(FONTS.body), size: SIZES.body, bold: true };
  return new Paragraph({ spacing, indent: { firstLine: INDENT }, children: [new TextRun({ ...base, text: xmlSafe(b.number + b.text) })] });
}

function table(b: Extract<Block, { kind: 'table' }>): (Paragraph | Table)[] {
  const cellRun: IRunOptions = { font: font(FONTS.body), size: SIZES.table };
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const cell = (runs: readonly Run[], bold = false) =>
    new TableCell({
      borders: { top: border, bottom: border, left: border, right: border },
      children: [new Paragraph({ children: textRuns(runs, { ...cellRun, bold }) })],
    });
  const header = new TableRow({ tableHeader: true, children: b.header.map((h) => cell([{ text: h }], true)) });
  const rows = b.rows.length ? b.rows : [b.header.map((_, i): Run[] => [{ text: i === 0 ? DOCUMENT_TEXT.none : '' }])];
  return [
    new Paragraph({
      keepNext: true,
      alignment: AlignmentType.CENTER,
      spacing,
      children: [new TextRun({ font: font(FONTS.heading1), size: SIZES.table, text: xmlSafe(b.caption) })],
    }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: columnWidths(b.header, rows),
      rows: [header, ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))],
    }),
  ];
}

/** Columns share the text width by their longest entry (within 4–30 characters), so 职责 gets room and 姓名 does not. */
function columnWidths(header: readonly string[], rows: readonly (readonly (readonly Run[])[])[]): number[] {
  const weights = header.map((h, i) => {
    const longest = Math.max(h.length, ...rows.map((r) => Math.max(0, ...(r[i] ?? []).flatMap((run) => run.text.split('\n').map((l) => l.length)))));
    return Math.min(30, Math.max(4, longest));
  });
  const total = weights.reduce((a, w) => a + w, 0);
  return weights.map((w) => Math.floor((TEXT_WIDTH * w) / total));
}

function footer(alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment,
        children: [new TextRun({ font: font(FONTS.pageNumber), size: SIZES.pageNumber, children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

export function planToDocx(doc: PlanDocument): Document {
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: LINE * 1.2, lineRule: LineRuleType.AT_LEAST, after: LINE },
      children: [new TextRun({ font: font(FONTS.title), size: SIZES.title, text: xmlSafe(doc.title), ...(doc.titleMark ? { highlight: 'yellow' } : {}) })],
    }),
  ];
  for (const b of doc.blocks) {
    if (b.kind === 'heading') children.push(heading(b));
    else if (b.kind === 'paragraph')
      children.push(new Paragraph({ spacing, alignment: AlignmentType.BOTH, indent: { firstLine: INDENT }, children: textRuns(b.runs, bodyRun) }));
    else children.push(...table(b));
    if (b.kind !== 'heading' && b.notes) children.push(...b.notes.map(note));
  }
  return new Document({
    creator: 'kehou',
    title: xmlSafe(doc.title),
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: font(FONTS.body), size: SIZES.body } } } },
    sections: [
      {
        properties: {
          page: {
            size: PAGE,
            margin: {
              top: convertMillimetersToTwip(MARGIN_MM.top),
              bottom: convertMillimetersToTwip(MARGIN_MM.bottom),
              left: convertMillimetersToTwip(MARGIN_MM.left),
              right: convertMillimetersToTwip(MARGIN_MM.right),
              footer: convertMillimetersToTwip(MARGIN_MM.bottom - 7),
            },
          },
        },
        footers: { default: footer(AlignmentType.RIGHT), even: footer(AlignmentType.LEFT) },
        children,
      },
    ],
  });
}
