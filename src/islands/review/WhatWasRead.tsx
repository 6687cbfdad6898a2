import { FILE_KINDS } from '../../lib/ledger/index.ts';
import type { SchoolResult } from '../../lib/review/index.ts';

/** What the check of one school read (each file as what, how many rows) and which rules ran or were skipped. */
export function WhatWasRead({ result }: { result: SchoolResult }) {
  const skipped = result.rules?.skipped ?? [];
  return (
    <div className="review-read" data-testid="what-was-read">
      <p>读取的文件:</p>
      <ul>
        {result.files.map((f) => (
          <li key={f.name}>
            {f.name}:{f.kind ? FILE_KINDS[f.kind].label : '未识别'},{f.rows} 行
          </li>
        ))}
      </ul>
      {result.rules && (
        <p>
          运行了 {result.rules.ran.length} 条规则
          {skipped.map((s) => (
            <span key={s.missing.join()}>
              ;缺少{s.missing.map((k) => `“${FILE_KINDS[k].label}”`).join('、')},未运行 {s.rules.length} 条
            </span>
          ))}
          。
        </p>
      )}
    </div>
  );
}
