import { Fragment, useState, type HTMLAttributes, type ReactNode } from 'react';

/** One column of a table: its header and how a row fills its cell. */
export interface GridColumn<T> {
  /** Stable key of the column (React's key; headers may repeat or be nodes). */
  key: string;
  header: ReactNode;
  cell: (row: T, i: number) => ReactNode;
  /** The row's name: a `th scope="row"` instead of a `td` (e.g. 第一时段). */
  rowHeader?: boolean;
  /** A figure: right-aligned (class `num`). */
  num?: boolean;
  /** A long text cell (the plan's cards give it the whole width on a phone). */
  wide?: boolean;
  /** More classes for each cell, e.g. `is-gain` for a positive difference. */
  cellClass?: (row: T, i: number) => string | undefined;
  /** The header is read by screen readers only (an actions column). */
  hiddenHeader?: boolean;
  /** `data-testid` of each of the column's cells. */
  testId?: string;
  /** `data-` marks of a cell, e.g. the 服务类型 a timetable cell holds (its colour). */
  cellData?: (row: T, i: number) => { [data: `data-${string}`]: string | undefined };
}

/** A 删除 button on each row: its visible text, the accessible name that says which row, and what it does. */
export interface RowRemoval<T> {
  header: string;
  text: ReactNode;
  label: (row: T, i: number) => string;
  onRemove: (i: number) => void;
  /** Class of the button (the plan's `plan-remove`, the calculator's `alloc-link`). */
  buttonClass: string;
  /** Class of the cell that holds it. */
  cellClass?: string;
  /** Show the column's header (the calculator's 操作); otherwise it is for screen readers only. */
  showHeader?: boolean;
}

export interface GridTableProps<T> {
  rows: readonly T[];
  columns: readonly GridColumn<T>[];
  /** `alloc-table`, `plan-table plan-editable`. */
  className: string;
  caption?: ReactNode;
  testId?: string;
  rowKey?: (row: T, i: number) => string | number;
  /** Attributes of a row's `tr` (a class, a `data-` mark). */
  rowAttributes?: (row: T, i: number) => HTMLAttributes<HTMLTableRowElement> & { [data: `data-${string}`]: string | undefined };
  /** Rows drawn right after a row (an opened detail). */
  after?: (row: T, i: number) => ReactNode;
  /** The `tfoot` rows (totals). */
  foot?: ReactNode;
  remove?: RowRemoval<T>;
  /** What the body says when there are no rows (one cell across the table). */
  empty?: ReactNode;
  /** `data-` marks of the table (the plan document's `data-path`, `data-mark`). */
  tableData?: { [data: `data-${string}`]: string | undefined };
  /**
   * A long table (a school of 2,000) shows its first `size` rows, and a button below shows `size` more, so a
   * keystroke does not redraw them all; `more(next, total)` is the button's text.
   */
  paged?: { size: number; more: (next: number, total: number) => string };
  /**
   * Each cell carries its column's name in `data-label`, for tables whose rows become cards on a phone (the
   * plan's editable tables show it before the cell). Off elsewhere: a 2,000-person table need not carry it.
   */
  cardLabels?: boolean;
}

/**
 * The one table of the tools' pages, read-only or with inputs in its cells: a header row of `th scope="col"`,
 * figures right-aligned, and an optional 删除 button per row whose accessible name says which row it removes;
 * with `cardLabels`, each cell carries its column's name in `data-label` (on a phone the plan's rows become cards
 * that show it). Inputs inside cells bring their own labels (`CellInput`, `Field hiddenLabel`), so each is named
 * for a screen reader. What does not depend on the row is worked out once per column, not once per cell: the
 * comparison of a school of 2,000 redraws its 100 shown rows on every keystroke.
 */
export function GridTable<T>({ rows: all, columns, className, caption, testId, rowKey = (_, i) => i, rowAttributes, after, foot, remove, empty, tableData, paged, cardLabels = false }: GridTableProps<T>) {
  const [limit, setLimit] = useState(paged?.size ?? Infinity);
  const rows = all.length > limit ? all.slice(0, limit) : all;
  const cols = columns.map((c) => ({ c, label: cardLabels && typeof c.header === 'string' ? c.header : undefined, num: c.num ? 'num' : undefined }));
  const cells = (row: T, i: number) =>
    cols.map(({ c, label, num }) => {
      const extra = c.cellClass?.(row, i);
      const className = num && extra ? `${num} ${extra}` : num || extra || undefined;
      return c.rowHeader ? (
        <th scope="row" key={c.key} data-label={label} className={className}>
          {c.cell(row, i)}
        </th>
      ) : (
        <td key={c.key} data-label={label} data-wide={c.wide || undefined} className={className} data-testid={c.testId} {...c.cellData?.(row, i)}>
          {c.cell(row, i)}
        </td>
      );
    });
  const line = (row: T, i: number, key?: string | number) => (
    <tr key={key} {...rowAttributes?.(row, i)}>
      {cells(row, i)}
      {remove ? (
        <td className={remove.cellClass}>
          <button type="button" className={remove.buttonClass} aria-label={remove.label(row, i)} title={remove.label(row, i)} onClick={() => remove.onRemove(i)}>
            {remove.text}
          </button>
        </td>
      ) : null}
    </tr>
  );
  const table = (
    <table className={className} data-testid={testId} {...tableData}>
      {caption !== undefined ? <caption>{caption}</caption> : null}
      <thead>
        <tr>
          {columns.map((c) => (
            <th scope="col" key={c.key}>
              {c.hiddenHeader ? <span className="sr-only">{c.header}</span> : c.header}
            </th>
          ))}
          {remove ? (
            <th scope="col">{remove.showHeader ? remove.header : <span className="sr-only">{remove.header}</span>}</th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && empty !== undefined ? (
          <tr>
            <td colSpan={columns.length + (remove ? 1 : 0)}>{empty}</td>
          </tr>
        ) : null}
        {after
          ? rows.map((row, i) => (
              <Fragment key={rowKey(row, i)}>
                {line(row, i)}
                {after(row, i)}
              </Fragment>
            ))
          : rows.map((row, i) => line(row, i, rowKey(row, i)))}
      </tbody>
      {foot ? <tfoot>{foot}</tfoot> : null}
    </table>
  );
  if (!paged || all.length <= limit) return table;
  return (
    <>
      {table}
      <button type="button" onClick={() => setLimit(limit + paged.size)}>
        {paged.more(Math.min(paged.size, all.length - limit), all.length)}
      </button>
    </>
  );
}

/** A table of plain text rows (a packet table, a 公示): one column per header, figures from column `numbersFrom`. */
export function TextTable({ header, rows, numbersFrom, ...rest }: { header: readonly string[]; rows: readonly (readonly string[])[]; numbersFrom?: number } & Omit<GridTableProps<readonly string[]>, 'rows' | 'columns'>) {
  const columns: GridColumn<readonly string[]>[] = header.map((h, j) => ({ key: `${j}-${h}`, header: h, cell: (r) => r[j], num: numbersFrom !== undefined && j >= numbersFrom }));
  return <GridTable rows={rows} columns={columns} {...rest} />;
}
