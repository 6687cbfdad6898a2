import { useState, type DragEvent } from 'react';
import { ENCODING_LABELS, FILE_KINDS, type Encoding, type FileKind } from '../../lib/ledger/index.ts';
import type { Closest, DescribedTable } from '../../lib/ledger/browser/worker.ts';
import { ColumnMapping } from './ColumnMapping.tsx';
import { LEDGER_UI } from '../../lib/ledger/ui-text.ts';
import { readNotes } from '../../lib/ledger/summaries/read-report.ts';

const UI = LEDGER_UI.files;

export interface FileEntry {
  key: number;
  name: string;
  bytes: Uint8Array | null;
  /** The user's override; undefined = detected. */
  encoding: Encoding | undefined;
  /** One per table: a CSV file has one, a workbook one per sheet read. Null while reading. */
  tables: DescribedTable[] | null;
  problem: string | null;
}


interface Props {
  entries: FileEntry[];
  /** The column-mapping step: the school's own header names for a kind, saved in its settings. */
  onMap: (kind: FileKind, names: Record<string, string>) => void;
  onAdd: (files: File[]) => void;
  onEncoding: (key: number, encoding: Encoding | undefined) => void;
  onRemove: (key: number) => void;
  onSummarize: (entry: FileEntry, format: 'csv' | 'xlsx') => void;
  onSample: (set: 'clean' | 'planted-errors') => void;
}

function unknownKind(closest: Closest, findings: DescribedTable['findings']): string {
  const refused = findings.find((f) => f.rule === 'file.mostly-ignored');
  if (refused) return UI.unknownRefused(refused.message);
  if (!closest) return UI.unknownNone;
  return UI.unknownClosest(closest.kind, closest.missing);
}

export function FileList({ entries, onMap, onAdd, onEncoding, onRemove, onSummarize, onSample }: Props) {
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    onAdd([...event.dataTransfer.files]);
  };
  return (
    <section className="ledger-files" aria-labelledby="ledger-files-title">
      <h2 id="ledger-files-title">{UI.title}</h2>
      <div
        className={`ledger-drop${over ? ' is-over' : ''}`}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <p>{UI.drop}</p>
        <label className="ledger-pick">
          {UI.pick}
          <input
            type="file"
            accept=".csv,text/csv,.xlsx,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel"
            multiple
            onChange={(e) => {
              onAdd([...(e.currentTarget.files ?? [])]);
              e.currentTarget.value = '';
            }}
          />
        </label>
        <p className="ledger-note">{UI.local}</p>
        <p className="ledger-note" data-testid="accepted-files">
          {UI.accepted}
        </p>
        <p>
          {UI.noFiles}
          <button type="button" className="ledger-link" onClick={() => onSample('clean')}>
            {UI.sampleClean}
          </button>
          <button type="button" className="ledger-link" onClick={() => onSample('planted-errors')}>
            {UI.samplePlanted}
          </button>
        </p>
      </div>
      {entries.length > 0 && (
        <table className="ledger-file-table">
          <thead>
            <tr>
              <th scope="col">{UI.columns.file}</th>
              <th scope="col">{UI.columns.kind}</th>
              <th scope="col">{UI.columns.encoding}</th>
              <th scope="col">{UI.columns.rows}</th>
              <th scope="col">{UI.columns.notes}</th>
              <th scope="col">{UI.columns.actions}</th>
            </tr>
          </thead>
          <tbody>
            {entries.flatMap((e) => {
              const tables: (DescribedTable | null)[] = e.tables && e.tables.length > 0 ? e.tables : [null];
              return tables.map((t, i) => (
                <tr key={`${e.key}-${i}`} data-file={e.name} data-sheet={t?.file.sheet}>
                  <td>
                    {e.name}
                    {t?.file.sheet && <span className="ledger-sheet">{UI.sheet(t.file.sheet)}</span>}
                  </td>
                  <td data-cell="kind" data-label={UI.cellLabels.kind}>
                    {e.problem ? (
                      <span className="ledger-problem" role="alert">
                        {e.problem}
                      </span>
                    ) : t ? (
                      t.file.kind ? (
                        FILE_KINDS[t.file.kind].label
                      ) : (
                        <>
                          <span className="ledger-problem">{unknownKind(t.closest, t.findings)}</span>
                          {t.closest && <ColumnMapping label={UI.mappingLabel(e.name, t.file.sheet)} closest={t.closest} headers={t.headers} onMap={onMap} />}
                        </>
                      )
                    ) : (
                      UI.reading
                    )}
                  </td>
                  <td>
                    {t?.file.sheet ? (
                      UI.workbook
                    ) : (
                      <select
                        aria-label={UI.encodingOf(e.name)}
                        value={e.encoding ?? ''}
                        disabled={!e.bytes}
                        onChange={(ev) => onEncoding(e.key, (ev.currentTarget.value || undefined) as Encoding | undefined)}
                      >
                        <option value="">{UI.autoEncoding(t?.file.encoding && !e.encoding ? ENCODING_LABELS[t.file.encoding] : null)}</option>
                        {(Object.keys(ENCODING_LABELS) as Encoding[]).map((enc) => (
                          <option key={enc} value={enc}>
                            {ENCODING_LABELS[enc]}
                          </option>
                        ))}
                      </select>
                    )}
                  </td>
                  <td data-cell="rows" data-label={UI.cellLabels.rows}>{t ? t.file.rows : ''}</td>
                  <td data-cell="notes">
                    {t && readNotes(t.file).map((n) => <span key={n} className="ledger-read-note">{n}</span>)}
                    {t?.file.kind &&
                      t.findings
                        .filter((f) => f.severity === 'error')
                        .map((f) => (
                          <span key={f.rule} className="ledger-problem" role="alert">
                            {f.message}
                          </span>
                        ))}
                  </td>
                  <td>
                    {t?.file.kind === 'ledger' && (
                      <>
                        <button type="button" onClick={() => onSummarize(e, 'csv')}>
                          {UI.summarize}
                        </button>
                        <button type="button" onClick={() => onSummarize(e, 'xlsx')}>
                          {UI.summarizeXlsx}
                        </button>
                      </>
                    )}
                    {i === 0 && (
                      <button type="button" onClick={() => onRemove(e.key)} aria-label={UI.removeFile(e.name)}>
                        {UI.remove}
                      </button>
                    )}
                  </td>
                </tr>
              ));
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
