import type { SchoolResult } from '../../lib/review/index.ts';
import { REVIEW_UI } from '../../lib/review/ui-text.ts';

const UI = REVIEW_UI.read;

/** What the check of one school read (each file as what, how many rows) and which rules ran or were skipped. */
export function WhatWasRead({ result }: { result: SchoolResult }) {
  const skipped = result.rules?.skipped ?? [];
  return (
    <div className="review-read" data-testid="what-was-read">
      <p>{UI.files}</p>
      <ul>
        {result.files.map((f) => (
          <li key={f.name}>{UI.file(f.name, f.kind, f.rows)}</li>
        ))}
      </ul>
      {result.rules && (
        <p>
          {UI.ran(result.rules.ran.length)}
          {skipped.map((s) => (
            <span key={s.missing.join()}>{UI.skipped(s.missing, s.rules.length)}</span>
          ))}
          {UI.end}
        </p>
      )}
    </div>
  );
}
