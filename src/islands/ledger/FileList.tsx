import { useState, type DragEvent } from 'react';
import { ENCODING_LABELS, FILE_KINDS, type Encoding, type FileKind } from '../../lib/ledger/index.ts';
import type { Closest, DescribedTable } from '../../lib/ledger/worker.ts';
import { ColumnMapping } from './ColumnMapping.tsx';

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

/** What the 说明 cell says about a table: where its header is, what was left out, how columns were read. */
function readNotes(t: DescribedTable): string[] {
  const f = t.file;
  const notes: string[] = [];
  if (f.headerRow && f.headerRow > 1) notes.push(`表头在第 ${f.headerRow} 行`);
  for (const s of f.skipped ?? []) notes.push(`${s.reason === 'total' ? '合计行' : '说明行'} ${s.rows.length} 行未计入`);
  if (f.columns?.length) notes.push(`列对应:${f.columns.map((c) => `${c.header} ← ${c.from}`).join(';')}`);
  if (f.ignored?.length) notes.push(`未检查的列:${f.ignored.join('、')}`);
  return notes;
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
  if (refused) return `无法识别:${refused.message}`;
  if (!closest) return '无法识别:前 30 行中没有与任何模板相符的表头。请使用页面下方模板的表头。';
  return `无法识别:像${FILE_KINDS[closest.kind].label},但缺少「${closest.missing.join('」「')}」列。请在下面指明对应的列,或按模板补齐表头。`;
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
      <h2 id="ledger-files-title">1. 选择文件</h2>
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
        <p>把台账、月度汇总、公示、报酬统计、名册等 Excel 工作簿(.xlsx、.xls)或 CSV 文件拖到这里,或</p>
        <label className="ledger-pick">
          选择文件(可多选)
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
        <p className="ledger-note">文件只在本机浏览器中读取和检查,不会上传。</p>
        <p className="ledger-note" data-testid="accepted-files">
          可以载入:Excel 工作簿(.xlsx,以及旧版 .xls),每个工作表都会按表头识别(一个工作簿可以包含台账、月度汇总、公示、报酬统计、名册等多个工作表);CSV
          文件(UTF-8 或 GBK 编码)。表头上方可以有标题行和填写说明,表头可以用学校习惯的列名(如“教师工号”“课时”“地点”),合计、小计行不计入。
        </p>
        <p>
          没有现成文件?
          <button type="button" className="ledger-link" onClick={() => onSample('clean')}>
            载入规范样例
          </button>
          <button type="button" className="ledger-link" onClick={() => onSample('planted-errors')}>
            载入含错误的样例
          </button>
        </p>
      </div>
      {entries.length > 0 && (
        <table className="ledger-file-table">
          <thead>
            <tr>
              <th scope="col">文件</th>
              <th scope="col">识别为</th>
              <th scope="col">编码</th>
              <th scope="col">数据行数</th>
              <th scope="col">说明</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {entries.flatMap((e) => {
              const tables: (DescribedTable | null)[] = e.tables && e.tables.length > 0 ? e.tables : [null];
              return tables.map((t, i) => (
                <tr key={`${e.key}-${i}`} data-file={e.name} data-sheet={t?.file.sheet}>
                  <td>
                    {e.name}
                    {t?.file.sheet && <span className="ledger-sheet">工作表「{t.file.sheet}」</span>}
                  </td>
                  <td data-cell="kind">
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
                          {t.closest && <ColumnMapping label={`${e.name}${t.file.sheet ? ` 工作表「${t.file.sheet}」` : ''}`} closest={t.closest} headers={t.headers} onMap={onMap} />}
                        </>
                      )
                    ) : (
                      '读取中…'
                    )}
                  </td>
                  <td>
                    {t?.file.sheet ? (
                      'Excel 工作簿'
                    ) : (
                      <select
                        aria-label={`${e.name} 的编码`}
                        value={e.encoding ?? ''}
                        disabled={!e.bytes}
                        onChange={(ev) => onEncoding(e.key, (ev.currentTarget.value || undefined) as Encoding | undefined)}
                      >
                        <option value="">自动{t?.file.encoding && !e.encoding ? `(${ENCODING_LABELS[t.file.encoding]})` : ''}</option>
                        {(Object.keys(ENCODING_LABELS) as Encoding[]).map((enc) => (
                          <option key={enc} value={enc}>
                            {ENCODING_LABELS[enc]}
                          </option>
                        ))}
                      </select>
                    )}
                  </td>
                  <td data-cell="rows">{t ? t.file.rows : ''}</td>
                  <td data-cell="notes">
                    {t && readNotes(t).map((n) => <span key={n} className="ledger-read-note">{n}</span>)}
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
                          生成月度汇总和工作量公示
                        </button>
                        <button type="button" onClick={() => onSummarize(e, 'xlsx')}>
                          生成汇总(Excel)
                        </button>
                      </>
                    )}
                    {i === 0 && (
                      <button type="button" onClick={() => onRemove(e.key)} aria-label={`移除 ${e.name}`}>
                        移除
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
