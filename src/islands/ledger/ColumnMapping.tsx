import { useId, useState } from 'react';
import { guessColumn, type FileKind } from '../../lib/ledger/index.ts';
import { LEDGER_UI } from '../../lib/ledger/ui-text.ts';

const UI = LEDGER_UI.mapping;

interface Props {
  /** The file (and sheet) the step is for, as the page names it. */
  label: string;
  closest: { kind: FileKind; missing: string[] };
  /** The file's own header cells. */
  headers: string[];
  onMap: (kind: FileKind, names: Record<string, string>) => void;
}

/**
 * The column-mapping step: each column the closest kind lacks, with a drop-down of the file's headers
 * (guessed where a header shares most of its characters). Applied, the names go into the school's settings,
 * so the same files read the same way next time, on the page and with `kehou check --settings`.
 */
export function ColumnMapping({ label, closest, headers, onMap }: Props) {
  const id = useId();
  const [choice, setChoice] = useState<Record<string, string>>(() => {
    const out: Record<string, string> = {};
    for (const header of closest.missing) {
      const guess = guessColumn(header, headers.filter((h) => !Object.values(out).includes(h)));
      if (guess) out[header] = guess;
    }
    return out;
  });
  const complete = closest.missing.every((h) => choice[h]);
  return (
    <fieldset className="ledger-mapping" data-testid="column-mapping">
      <legend>{UI.legend(label, closest.kind)}</legend>
      {closest.missing.map((header) => (
        <p key={header}>
          <label htmlFor={`${id}-${header}`}>{UI.column(header)}</label>{' '}
          <select id={`${id}-${header}`} value={choice[header] ?? ''} onChange={(e) => setChoice({ ...choice, [header]: e.currentTarget.value })}>
            <option value="">{UI.choose}</option>
            {headers.map((h) => (
              <option key={h} value={h}>
                {h}
              </option>
            ))}
          </select>
        </p>
      ))}
      <button type="button" disabled={!complete} onClick={() => onMap(closest.kind, choice)}>
        {UI.apply}
      </button>
    </fieldset>
  );
}
