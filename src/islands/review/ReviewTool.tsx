import '../../lib/zod-setup.ts';
import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import {
  districtFigures,
  groupSchools,
  newSeed,
  noteText,
  planBatch,
  readPlanForReview,
  readSession,
  sessionSizeProblem,
  reviewedPlanJson,
  sessionToJson,
  summarizeSchool,
  timeLeftMs,
  reviewText,
  type Grouped,
  type ReviewedPlan,
  type ReviewNote,
  type Sample,
  type SchoolResult,
} from '../../lib/review/index.ts';
import { Findings } from '../ledger/Findings.tsx';
import { download } from '../download.ts';
import { droppedFiles, itemsFromFiles, pickedFiles, readText, type InputItem } from './input.ts';
import { checkSchools, type PoolRun } from './pool.ts';
import { SchoolsTable } from './SchoolsTable.tsx';
import { DistrictChart } from './DistrictChart.tsx';
import { PlanPanel } from './PlanPanel.tsx';
import { SamplePanel } from './SamplePanel.tsx';
import { WhatWasRead } from './WhatWasRead.tsx';
import { exportCsv, exportXlsx } from './exports.ts';
import '../ledger/ledger.css';
import { REVIEW_UI } from '../../lib/review/ui-text.ts';
import './review.css';
import { errorMessage } from '../../lib/errors.ts';

const UI = REVIEW_UI.tool;

interface Progress {
  done: number;
  total: number;
  started: number;
  now: number;
  threads: number;
}

const today = () => new Date().toLocaleDateString('sv-SE');
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export default function ReviewTool() {
  const [ready, setReady] = useState(false);
  const [results, setResults] = useState<Record<string, SchoolResult>>({});
  const [plans, setPlans] = useState<Record<string, ReviewedPlan>>({});
  const [planOnly, setPlanOnly] = useState<string[]>([]);
  const [notes, setNotes] = useState<ReviewNote[]>([]);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [seed, setSeed] = useState(() => newSeed());
  const [sample, setSample] = useState<Sample | null>(null);
  const [over, setOver] = useState(false);
  const pool = useRef<PoolRun | null>(null);
  const cancelled = useRef(false);
  // Schools loaded whose check has not come back: waiting while the pool runs, not checked after a cancel.
  const [unchecked, setUnchecked] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => setReady(true), []);
  useEffect(() => {
    const reset = () => delete document.body.dataset.reviewPrint;
    window.addEventListener('afterprint', reset);
    return () => window.removeEventListener('afterprint', reset);
  }, []);

  const schools = useMemo(() => [...new Set([...Object.keys(results), ...Object.keys(plans), ...planOnly])].sort(byCodePoint), [results, plans, planOnly]);
  const running = progress !== null && progress.done < progress.total && pool.current !== null;
  // A school left unchecked by a cancel says so in the table and the exports (检查未完成), never as 0 错误.
  const summaries = useMemo(
    () => schools.map((s) => ({ ...summarizeSchool(results[s] ?? null, s, plans[s] ?? null), ...(unchecked.has(s) && !running ? { failed: reviewText('notChecked', {}) } : {}) })),
    [schools, results, plans, unchecked, running],
  );
  const district = useMemo(() => districtFigures(summaries), [summaries]);

  async function load(files: { file: File; path: string }[]) {
    if (files.length === 0) return;
    setProblem(null);
    try {
      const { items, notes: zipNotes } = await itemsFromFiles(files);
      const grouped = groupSchools(items);
      // Schools already in the table take plans given afterwards.
      const known: Grouped<InputItem> = {
        ...grouped,
        schools: [...grouped.schools, ...schools.filter((s) => !grouped.schools.some((g) => g.school === s)).map((school) => ({ school, data: [], plans: [], settings: [] }))],
      };
      const texts = new Map<InputItem, string>();
      const json = [...known.loosePlans, ...known.schools.flatMap((s) => [...s.plans, ...s.settings])];
      for (const j of json) texts.set(j.item, await readText(j.item));
      const batch = planBatch(known, (item) => texts.get(item) ?? '');
      setNotes((n) => [...n, ...zipNotes, ...batch.notes.filter((x) => x.code !== 'school.noData' || !schools.includes(x.params.school))]);
      setPlans((p) => ({ ...p, ...Object.fromEntries(batch.plans) }));
      setPlanOnly((p) => [...new Set([...p, ...batch.schools])]);
      if (batch.jobs.length === 0) return;
      setSample(null);
      const jobs = batch.jobs.map((j) => ({ school: j.school, settings: j.settings, files: j.data.map((d) => ({ name: d.name, data: d.item.file ?? d.item.bytes! })) }));
      const started = performance.now();
      setProgress({ done: 0, total: jobs.length, started, now: started, threads: 0 });
      setUnchecked((u) => new Set([...u, ...jobs.map((j) => j.school)]));
      // Results are shown in batches (at most every 300 ms): redrawing a 300-row table per school would cost more than the checks.
      let pending: SchoolResult[] = [];
      let timer: ReturnType<typeof setTimeout> | null = null;
      const flush = () => {
        timer = null;
        const batchDone = pending;
        pending = [];
        if (batchDone.length === 0) return;
        setResults((r) => ({ ...r, ...Object.fromEntries(batchDone.map((x) => [x.school, x])) }));
        setUnchecked((u) => new Set([...u].filter((s) => !batchDone.some((x) => x.school === s))));
        setProgress((p) => p && { ...p, done: p.done + batchDone.length, now: performance.now() });
      };
      const finished = new Set<string>();
      const run = checkSchools(jobs, (result) => {
        finished.add(result.school);
        pending.push(result);
        timer ??= setTimeout(flush, 300);
      });
      cancelled.current = false;
      pool.current = run;
      setProgress((p) => p && { ...p, threads: run.threads });
      await run.done;
      if (timer) clearTimeout(timer);
      flush();
      if (cancelled.current) {
        const unchecked = jobs.map((j) => j.school).filter((s) => !finished.has(s));
        setProblem(reviewText('cancelledPartial', { checked: finished.size, total: jobs.length, unchecked }));
      }
    } catch (error) {
      setProblem(UI.unreadable(errorMessage(error)));
    } finally {
      pool.current = null;
      setProgress((p) => (p && p.done < p.total ? p : null));
    }
  }

  function cancel() {
    cancelled.current = true;
    pool.current?.cancel();
    pool.current = null;
    setProblem(reviewText('cancelled', {}));
  }

  const drop = async (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    await load(await droppedFiles(event.dataTransfer));
  };

  function saveSession() {
    const text = sessionToJson({
      savedAt: new Date().toISOString(),
      sample: { seed, schools: sample?.schools.length ?? 0, perSchool: sample?.perSchool ?? 0 },
      results: Object.values(results),
      plans: Object.entries(plans).map(([school, p]) => ({ school, file: p.file, json: reviewedPlanJson(p) })),
    });
    download(UI.sessionFile(today()), text, 'application/json');
  }

  async function openSession(file: File | undefined) {
    if (!file) return;
    const tooLarge = sessionSizeProblem(file.name, file.size);
    if (tooLarge) return setProblem(tooLarge);
    const read = readSession(file.name, await file.text());
    if (!read.ok) return setProblem(read.message);
    const reopened: Record<string, ReviewedPlan> = {};
    for (const p of read.session.plans) {
      const r = readPlanForReview(p.file, p.json);
      if (r.ok) reopened[p.school] = r.plan;
    }
    setResults(Object.fromEntries(read.session.results.map((r) => [r.school, r])));
    setUnchecked(new Set());
    setPlans(reopened);
    setPlanOnly([]);
    setSeed(read.session.sample.seed);
    setSample(null);
    setProblem(null);
  }

  const print = (what: 'summary' | 'sample') => {
    document.body.dataset.reviewPrint = what;
    window.print();
  };

  const chosen = selected ? results[selected] : undefined;
  const left = progress ? timeLeftMs(progress.now - progress.started, progress.done, progress.total) : null;

  return (
    <div className="review-tool" data-state={ready ? 'ready' : 'loading'} data-checked={Object.keys(results).length} data-running={running ? 'yes' : 'no'}>
      <section className="review-input" aria-labelledby="review-input-title">
        <h2 id="review-input-title">{UI.inputTitle}</h2>
        <p>
          {UI.inputIntro[0]}
          <strong>{UI.inputIntro[1]}</strong>
          {UI.inputIntro[2]}
        </p>
        <div className={`review-drop${over ? ' is-over' : ''}`} onDragOver={(e) => (e.preventDefault(), setOver(true))} onDragLeave={() => setOver(false)} onDrop={drop} data-testid="drop-zone">
          <p>{UI.drop}</p>
          <label>
            {UI.pickFolder} <input type="file" multiple {...{ webkitdirectory: '' }} onChange={(e) => void load(pickedFiles(e.currentTarget.files))} data-testid="folder-input" disabled={running} />
          </label>
          <label>
            {UI.pickFiles} <input type="file" multiple accept=".zip,.csv,.xlsx,.xls,.json" onChange={(e) => void load(pickedFiles(e.currentTarget.files))} data-testid="files-input" disabled={running} />
          </label>
          <label>
            {UI.pickPlans} <input type="file" multiple accept=".json" onChange={(e) => void load(pickedFiles(e.currentTarget.files))} data-testid="plans-input" disabled={running} />
          </label>
        </div>
        <p className="review-hint">{UI.defaults}</p>
        {progress && (
          <div className="review-progress" data-testid="progress" aria-live="polite">
            <label>
              {UI.progress(progress.done, progress.total, progress.threads, left !== null && progress.done < progress.total ? Math.ceil(left / 1000) : null)}
              <progress max={progress.total} value={progress.done} />
            </label>
            {running && (
              <button type="button" onClick={cancel} data-testid="cancel">
                {UI.cancel}
              </button>
            )}
          </div>
        )}
        {problem && (
          <p role="alert" className="ledger-problem">
            {problem}
          </p>
        )}
        {notes.length > 0 && (
          <details className="review-notes" open data-testid="notes">
            <summary>{UI.notes(notes.length)}</summary>
            <ul>
              {notes.map((n, i) => (
                <li key={i}>{noteText(n)}</li>
              ))}
            </ul>
          </details>
        )}
        <p className="review-session">
          <button type="button" onClick={saveSession} disabled={schools.length === 0}>
            {UI.saveSession}
          </button>{' '}
          <label>
            {UI.openSession} <input type="file" accept=".json" onChange={(e) => void openSession(e.currentTarget.files?.[0])} data-testid="session-input" />
          </label>
        </p>
      </section>

      {schools.length > 0 && (
        <>
          <div className="review-exports">
            <button type="button" onClick={() => void exportXlsx(summaries, Object.values(results)).catch(() => setProblem(UI.xlsxFailed))} data-testid="export-xlsx">
              {UI.exportXlsx}
            </button>{' '}
            <button type="button" onClick={() => exportCsv('district', summaries, Object.values(results))}>
              {UI.exportDistrict}
            </button>{' '}
            <button type="button" onClick={() => exportCsv('findings', summaries, Object.values(results))}>
              {UI.exportFindings}
            </button>{' '}
            <button type="button" onClick={() => print('summary')}>
              {UI.printSummary}
            </button>
          </div>
          <DistrictChart summaries={summaries} district={district} />
          <SchoolsTable summaries={summaries} selected={selected} onSelect={setSelected} unchecked={unchecked} running={running} />
          {selected && (
            <section className="review-school" aria-labelledby="review-school-title" data-testid="school-detail">
              <h2 id="review-school-title">{selected}</h2>
              <PlanPanel key={selected} school={selected} plan={plans[selected] ?? null} onChange={(p) => setPlans((all) => ({ ...all, [selected]: p }))} today={today} />
              {chosen ? (
                chosen.failed ? (
                  <p role="alert">{UI.failed(chosen.failed)}</p>
                ) : (
                  <>
                    <WhatWasRead result={chosen} />
                    <Findings report={{ files: chosen.files, findings: chosen.findings, rules: chosen.rules }} rows={{}} />
                  </>
                )
              ) : (
                <p>{UI.planOnly}</p>
              )}
            </section>
          )}
          <SamplePanel
            schools={schools.map((s) => ({ school: s, figures: results[s]?.figures ?? null }))}
            seed={seed}
            onSeed={setSeed}
            sample={sample}
            onSample={(s) => {
              setSample(s);
              if (s) document.body.dataset.reviewPrint = 'sample';
            }}
          />
          {sample && (
            <p>
              <button type="button" onClick={() => print('sample')}>
                {UI.printSample}
              </button>
            </p>
          )}
        </>
      )}
    </div>
  );
}
