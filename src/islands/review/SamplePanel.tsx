import { useState } from 'react';
import { drawSample, newSeed, sampleChecklist, type Sample, type SchoolFigures } from '../../lib/review/index.ts';
import { download } from '../download.ts';

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
      <h2 id="review-sample-title">抽查</h2>
      <p>
        依据通知 二(二)“确保每学年抽查和检查覆盖所有学校”与 三(五)“建立定期抽查和监督机制”。随机种子记录在清单上:同一种子、同一批学校总是抽到同样的学校、日期和人员,便于复核。
      </p>
      <div className="review-sample-form">
        <label>
          随机种子 <input value={seed} onChange={(e) => onSeed(e.currentTarget.value)} data-testid="sample-seed" inputMode="text" />
        </label>{' '}
        <button type="button" onClick={() => onSeed(newSeed())}>
          换一个种子
        </button>{' '}
        <label>
          抽取学校数 <input type="number" min={0} max={schools.length} value={count} onChange={(e) => setCount(Number(e.currentTarget.value))} data-testid="sample-schools" />
        </label>{' '}
        <label>
          每校抽取日期、人员各 <input type="number" min={0} max={50} value={perSchool} onChange={(e) => setPerSchool(Number(e.currentTarget.value))} />
        </label>{' '}
        <button type="button" onClick={draw} data-testid="sample-draw">
          抽取
        </button>
      </div>
      {sample && (
        <div className="review-checklist" data-testid="sample-checklist">
          <p>
            <strong>随机种子 {sample.seed}</strong>:从 {sample.from} 所学校中抽取 {sample.schools.length} 所{' '}
            <button type="button" onClick={() => window.print()}>
              打印清单
            </button>{' '}
            <button type="button" onClick={() => download(`抽查清单-种子${sample.seed}.txt`, `\uFEFF${sampleChecklist(sample)}\n`, 'text/plain;charset=utf-8')}>
              下载清单(文本)
            </button>
          </p>
          {sample.schools.map((s) => (
            <section key={s.school} data-school={s.school}>
              <h3>{s.school}</h3>
              <ul>
                {s.days.map((d) => (
                  <li key={d}>
                    <label>
                      <input type="checkbox" /> {d}:核对当日台账、考勤与现场记录
                    </label>
                  </li>
                ))}
                {s.people.map((p) => (
                  <li key={p.staffId}>
                    <label>
                      <input type="checkbox" /> {p.name}(工号 {p.staffId}
                      {p.external ? ',校外人员' : ''}):核对课时、报酬与{p.external ? '名册审查材料' : '签到记录'}
                    </label>
                  </li>
                ))}
                {s.days.length + s.people.length === 0 && <li>该校台账中没有可抽取的日期和人员。</li>}
              </ul>
            </section>
          ))}
        </div>
      )}
    </section>
  );
}
