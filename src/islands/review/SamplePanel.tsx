import { useState } from 'react';
import { drawSample, newSeed, sampleChecklist, type Sample, type SchoolFigures } from '../../lib/review/index.ts';
import { download } from '../download.ts';
import { REVIEW_UI } from '../../lib/review/ui-text.ts';

const UI = REVIEW_UI.sample;

interface Props {
  schools: { school: string; figures: SchoolFigures | null }[];
  seed: string;
  onSeed: (seed: string) => void;
  sample: Sample | null;
  onSample: (sample: Sample | null) => void;
}

/** 抽查 (通知 二(二)、三(五)): schools, then days and people within each; the seed is shown and can be typed. */
export function SamplePanel({ schools, seed, onSeed, sample, onSample }: Props) {
  const [count, setCount] = useState(Math.min(5, schools.length));
  const [perSchool, setPerSchool] = useState(3);
  const draw = () => onSample(drawSample(schools, { seed: seed.trim() || '0', schools: count, perSchool }));
  return (
    <section className="review-sample" aria-labelledby="review-sample-title" data-testid="sample">
      <h2 id="review-sample-title">{UI.title}</h2>
      <p>{UI.basis}</p>
      <div className="review-sample-form">
        <label>
          {UI.seed} <input value={seed} onChange={(e) => onSeed(e.currentTarget.value)} data-testid="sample-seed" inputMode="text" />
        </label>{' '}
        <button type="button" onClick={() => onSeed(newSeed())}>
          {UI.newSeed}
        </button>{' '}
        <label>
          {UI.schools} <input type="number" min={0} max={schools.length} value={count} onChange={(e) => setCount(Number(e.currentTarget.value))} data-testid="sample-schools" />
        </label>{' '}
        <label>
          {UI.perSchool} <input type="number" min={0} max={50} value={perSchool} onChange={(e) => setPerSchool(Number(e.currentTarget.value))} />
        </label>{' '}
        <button type="button" onClick={draw} data-testid="sample-draw">
          {UI.draw}
        </button>
      </div>
      {sample && (
        <div className="review-checklist" data-testid="sample-checklist">
          <p>
            <strong>{UI.heading(sample.seed)}</strong>
            {UI.drawn(sample.from, sample.schools.length)}{' '}
            <button type="button" onClick={() => window.print()}>
              {UI.print}
            </button>{' '}
            <button type="button" onClick={() => download(UI.fileName(sample.seed), `\uFEFF${sampleChecklist(sample)}\n`, 'text/plain;charset=utf-8')}>
              {UI.download}
            </button>
          </p>
          {sample.schools.map((s) => (
            <section key={s.school} data-school={s.school}>
              <h3>{s.school}</h3>
              <ul>
                {s.days.map((d) => (
                  <li key={d}>
                    <label>
                      <input type="checkbox" /> {UI.day(d)}
                    </label>
                  </li>
                ))}
                {s.people.map((p) => (
                  <li key={p.staffId}>
                    <label>
                      <input type="checkbox" /> {UI.person(p.name, p.staffId, p.external)}
                    </label>
                  </li>
                ))}
                {s.days.length + s.people.length === 0 && <li>{UI.nothing}</li>}
              </ul>
            </section>
          ))}
        </div>
      )}
    </section>
  );
}
