/** The plan as the document it will be, in 公文 style; the print stylesheet shows only this. */
import type { Block, PlanDocument, Run } from '../../lib/plan/document.ts';
import { UI } from '../../lib/plan/messages.ts';
import { GridTable } from '../shared/GridTable.tsx';

function Runs({ runs }: { runs: readonly Run[] }) {
  return (
    <>
      {runs.map((r, i) =>
        r.mark ? (
          <mark key={i} className={`plan-mark-${r.mark}`}>
            {r.text}
          </mark>
        ) : (
          <span key={i}>{r.text}</span>
        ),
      )}
    </>
  );
}

function Notes({ notes }: { notes?: string[] }) {
  return notes?.map((n, i) => (
    <p key={i} className="plan-doc-note">
      ⚠ {n}
    </p>
  ));
}

const HEADING = { 1: 'h4', 2: 'h5', 3: 'h6' } as const;

function BlockView({ block }: { block: Block }) {
  if (block.kind === 'heading') {
    const Tag = HEADING[block.level];
    return (
      <Tag className={`plan-doc-h${block.level}`}>
        {block.number}
        {block.text}
      </Tag>
    );
  }
  if (block.kind === 'paragraph')
    return (
      <>
        <p className="plan-doc-p" data-mark={block.mark} data-path={block.path}>
          <Runs runs={block.runs} />
        </p>
        <Notes notes={block.notes} />
      </>
    );
  return (
    <>
      <GridTable
        className="plan-doc-table"
        tableData={{ 'data-mark': block.mark, 'data-path': block.path }}
        caption={block.caption}
        rows={block.rows}
        columns={block.header.map((h, j) => ({ key: `${j}-${h}`, header: h, cell: (row: Run[][]) => <Runs runs={row[j]!} /> }))}
        empty={UI.none}
      />
      <Notes notes={block.notes} />
    </>
  );
}

export function Preview({ doc }: { doc: PlanDocument }) {
  return (
    <article className="plan-doc" aria-labelledby="plan-doc-title" data-testid="plan-preview">
      <h3 id="plan-doc-title" className="plan-doc-title">
        {doc.titleMark ? <mark className={`plan-mark-${doc.titleMark}`}>{doc.title}</mark> : doc.title}
      </h3>
      {doc.blocks.map((b, i) => (
        <BlockView key={i} block={b} />
      ))}
    </article>
  );
}
