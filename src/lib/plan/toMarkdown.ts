/** The plan document as Markdown: headings by level, GFM tables, user text escaped so it stays text. */
import type { Block, PlanDocument, Run } from './document.ts';
import { DOCUMENT_TEXT } from './messages.ts';

/**
 * Backslash-escapes what Markdown (or inline HTML) could read as markup: emphasis, code, links,
 * tags, entities and table pipes anywhere; heading, list and quote markers at the start of a line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
    .replace(/^(\s*)([#>+=-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

function runs(rs: readonly Run[]): string {
  return rs
    .map((r) => {
      const t = escapeMarkdown(r.text).replace(/\r?\n/g, ' ');
      return r.mark === 'fail' ? `**${t}**` : t;
    })
    .join('');
}

function notes(block: Block): string[] {
  return 'notes' in block && block.notes ? block.notes.map((n) => `> ⚠ ${escapeMarkdown(n)}`) : [];
}

export function planToMarkdown(doc: PlanDocument): string {
  const out: string[] = [`# ${escapeMarkdown(doc.title)}`];
  for (const b of doc.blocks) {
    if (b.kind === 'heading') out.push(`${'#'.repeat(b.level + 1)} ${b.number}${escapeMarkdown(b.text)}`);
    else if (b.kind === 'paragraph') out.push(runs(b.runs));
    else {
      const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
      out.push(
        [
          `**${escapeMarkdown(b.caption)}**`,
          '',
          row(b.header.map(escapeMarkdown)),
          row(b.header.map(() => '---')),
          ...(b.rows.length ? b.rows.map((r) => row(r.map(runs))) : [row(b.header.map((_, i) => (i === 0 ? DOCUMENT_TEXT.none : '')))]),
        ].join('\n'),
      );
    }
    out.push(...notes(b));
  }
  return out.join('\n\n') + '\n';
}
