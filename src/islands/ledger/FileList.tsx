import { useState, type DragEvent } from 'react';
import { ENCODING_LABELS, FILE_KINDS, type Encoding, type LoadedFile } from '../../lib/ledger/index.ts';
import type { Closest } from '../../lib/ledger/worker.ts';

export interface FileEntry {
  key: number;
  name: string;
  bytes: Uint8Array | null;
  /** The user's override; undefined = detected. */
  encoding: Encoding | undefined;
  info: LoadedFile | null;
  closest: Closest;
  problem: string | null;
}


interface Props {
  entries: FileEntry[];
  onAdd: (files: File[]) => void;
  onEncoding: (key: number, encoding: Encoding | undefined) => void;
  onRemove: (key: number) => void;
  onSummarize: (entry: FileEntry) => void;
  onSample: (set: 'clean' | 'planted-errors') => void;
}

function unknownKind(closest: Closest): string {
  if (!closest) return '无法识别:表头与任何模板都不一致。请使用页面下方模板的表头(第 1 行)。';
  return `无法识别:像${FILE_KINDS[closest.kind].label},但缺少「${closest.missing.join('」「')}」列。请按模板补齐表头。`;
}

export function FileList({ entries, onAdd, onEncoding, onRemove, onSummarize, onSample }: Props) {
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
        <p>把台账、月度汇总、公示、报酬统计、名册等 CSV 文件拖到这里,或</p>
        <label className="ledger-pick">
          选择文件(可多选)
          <input
            type="file"
            accept=".csv,text/csv"
            multiple
            onChange={(e) => {
              onAdd([...(e.currentTarget.files ?? [])]);
              e.currentTarget.value = '';
            }}
          />
        </label>
        <p className="ledger-note">文件只在本机浏览器中读取和检查,不会上传。</p>
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
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.key} data-file={e.name}>
                <td>{e.name}</td>
                <td data-cell="kind">
                  {e.problem ? (
                    <span className="ledger-problem" role="alert">
                      {e.problem}
                    </span>
                  ) : e.info ? (
                    e.info.kind ? (
                      FILE_KINDS[e.info.kind].label
                    ) : (
                      <span className="ledger-problem">{unknownKind(e.closest)}</span>
                    )
                  ) : (
                    '读取中…'
                  )}
                </td>
                <td>
                  <select
                    aria-label={`${e.name} 的编码`}
                    value={e.encoding ?? ''}
                    disabled={!e.bytes}
                    onChange={(ev) => onEncoding(e.key, (ev.currentTarget.value || undefined) as Encoding | undefined)}
                  >
                    <option value="">自动{e.info?.encoding && !e.encoding ? `(${ENCODING_LABELS[e.info.encoding]})` : ''}</option>
                    {(Object.keys(ENCODING_LABELS) as Encoding[]).map((enc) => (
                      <option key={enc} value={enc}>
                        {ENCODING_LABELS[enc]}
                      </option>
                    ))}
                  </select>
                </td>
                <td data-cell="rows">{e.info ? e.info.rows : ''}</td>
                <td>
                  {e.info?.kind === 'ledger' && (
                    <button type="button" onClick={() => onSummarize(e)}>
                      生成月度汇总和工作量公示
                    </button>
                  )}
                  <button type="button" onClick={() => onRemove(e.key)} aria-label={`移除 ${e.name}`}>
                    移除
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
