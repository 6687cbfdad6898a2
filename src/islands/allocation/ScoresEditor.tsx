import { memo } from 'react';
import { blankScores, scoreCoverage, type Draft, type FieldErrors, type ScoreDraft } from '../../lib/allocation/draft.ts';
import type { PersonWork } from '../../lib/allocation/model.ts';
import { SCORES_UI as U } from '../../lib/allocation/ui-text.ts';
import { GridTable } from '../shared/GridTable.tsx';
import { Field } from './Field.tsx';

interface Props {
  scores: readonly ScoreDraft[];
  people: readonly PersonWork[];
  errors: FieldErrors;
  onChange: (update: (d: Draft) => Draft) => void;
}

function ScoresEditorView({ scores, people, errors, onChange }: Props) {
  const { unscored, strangers, inLedger } = scoreCoverage(scores, people);
  const set = (i: number, key: 'effect' | 'satisfaction', value: string) =>
    onChange((d) => ({ ...d, scores: d.scores.map((s, n) => (n === i ? { ...s, [key]: value } : s)) }));
  const who = (s: ScoreDraft) => s.name || s.staffId;

  return (
    <div className="alloc-scores">
      <div className="alloc-actions">
        {unscored.length > 0 ? (
          <button type="button" onClick={() => onChange((d) => ({ ...d, scores: [...d.scores, ...blankScores(unscored)] }))}>
            {U.addUnscored(unscored.length)}
          </button>
        ) : null}
        {strangers > 0 ? (
          <button type="button" onClick={() => onChange((d) => ({ ...d, scores: d.scores.filter((s) => inLedger.has(s.staffId)) }))}>
            {U.removeStrangers(strangers)}
          </button>
        ) : null}
        {scores.length > 0 ? (
          <button type="button" onClick={() => onChange((d) => ({ ...d, scores: [] }))}>
            {U.clear}
          </button>
        ) : null}
      </div>
      {scores.length > 0 ? (
        <GridTable
          className="alloc-table"
          testId="scores-table"
          rows={scores}
          rowKey={(s, i) => `${s.staffId}-${i}`}
          rowAttributes={(s) => ({ className: inLedger.has(s.staffId) ? undefined : 'is-stranger' })}
          columns={[
            { key: 'staffId', header: U.staffId, cell: (s) => s.staffId },
            { key: 'name', header: U.name, cell: (s) => s.name },
            {
              key: 'effect',
              header: U.effect,
              cell: (s, i) => <Field id={`score-${i}-effect`} label={U.effectOf(who(s))} hiddenLabel value={s.effect} error={errors[`scores.${i}.effect`]} onChange={(v) => set(i, 'effect', v)} size={5} />,
            },
            {
              key: 'satisfaction',
              header: U.satisfaction,
              cell: (s, i) => (
                <Field id={`score-${i}-satisfaction`} label={U.satisfactionOf(who(s))} hiddenLabel value={s.satisfaction} error={errors[`scores.${i}.satisfaction`]} onChange={(v) => set(i, 'satisfaction', v)} size={5} />
              ),
            },
          ]}
        />
      ) : (
        <p>{U.none}</p>
      )}
    </div>
  );
}

const scoreErrors = (errors: FieldErrors) => Object.keys(errors).filter((k) => k.startsWith('scores.'));

/** Re-renders only when the scores, the people or a score's message change, not on every keystroke elsewhere. */
export const ScoresEditor = memo(ScoresEditorView, (a, b) => {
  if (a.scores !== b.scores || a.people !== b.people) return false;
  const ka = scoreErrors(a.errors);
  const kb = scoreErrors(b.errors);
  return ka.length === kb.length && ka.every((k) => a.errors[k] === b.errors[k]);
});
