import { memo } from 'react';
import type { Draft, FieldErrors, ScoreDraft } from '../../lib/allocation/draft.ts';
import type { PersonWork } from '../../lib/allocation/model.ts';
import { Field } from './Field.tsx';

interface Props {
  scores: readonly ScoreDraft[];
  people: readonly PersonWork[];
  errors: FieldErrors;
  onChange: (update: (d: Draft) => Draft) => void;
}

function ScoresEditorView({ scores, people, errors, onChange }: Props) {
  const scored = new Set(scores.map((s) => s.staffId));
  const unscored = people.filter((p) => !scored.has(p.staffId));
  const inLedger = new Set(people.map((p) => p.staffId));
  const strangers = scores.filter((s) => !inLedger.has(s.staffId)).length;
  const set = (i: number, key: 'effect' | 'satisfaction', value: string) =>
    onChange((d) => ({ ...d, scores: d.scores.map((s, n) => (n === i ? { ...s, [key]: value } : s)) }));

  return (
    <div className="alloc-scores">
      <div className="alloc-actions">
        {unscored.length > 0 ? (
          <button
            type="button"
            onClick={() =>
              onChange((d) => ({ ...d, scores: [...d.scores, ...unscored.map((p) => ({ staffId: p.staffId, name: p.name, effect: '', satisfaction: '' }))] }))
            }
          >
            为台账中尚无评分的 {unscored.length} 人添加评分行
          </button>
        ) : null}
        {strangers > 0 ? (
          <button type="button" onClick={() => onChange((d) => ({ ...d, scores: d.scores.filter((s) => inLedger.has(s.staffId)) }))}>
            删除不在台账中的 {strangers} 条评分
          </button>
        ) : null}
        {scores.length > 0 ? (
          <button type="button" onClick={() => onChange((d) => ({ ...d, scores: [] }))}>
            清空评分(绩效部分改按折算课时分配)
          </button>
        ) : null}
      </div>
      {scores.length > 0 ? (
        <table className="alloc-table" data-testid="scores-table">
          <thead>
            <tr>
              <th scope="col">工号</th>
              <th scope="col">姓名</th>
              <th scope="col">效果评分(0–100)</th>
              <th scope="col">满意度(0–100)</th>
            </tr>
          </thead>
          <tbody>
            {scores.map((s, i) => (
              <tr key={`${s.staffId}-${i}`} className={inLedger.has(s.staffId) ? undefined : 'is-stranger'}>
                <td>{s.staffId}</td>
                <td>{s.name}</td>
                <td>
                  <Field id={`score-${i}-effect`} label={`${s.name || s.staffId} 效果评分`} hiddenLabel value={s.effect} error={errors[`scores.${i}.effect`]} onChange={(v) => set(i, 'effect', v)} size={5} />
                </td>
                <td>
                  <Field id={`score-${i}-satisfaction`} label={`${s.name || s.staffId} 满意度`} hiddenLabel value={s.satisfaction} error={errors[`scores.${i}.satisfaction`]} onChange={(v) => set(i, 'satisfaction', v)} size={5} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>尚未导入评分:绩效部分暂按折算课时分配(人人绩效系数为 1)。</p>
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
