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
  reviewedPlanJson,
  sessionToJson,
  summarizeSchool,
  timeLeftMs,
  REVIEW_TEXT,
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
import './review.css';

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
    () => schools.map((s) => ({ ...summarizeSchool(results[s] ?? null, s, plans[s] ?? null), ...(unchecked.has(s) && !running ? { failed: REVIEW_TEXT.notChecked } : {}) })),
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
        setProblem(REVIEW_TEXT.cancelledPartial(finished.size, jobs.length, unchecked));
      }
    } catch (error) {
      setProblem(`没能读取所选文件:${error instanceof Error ? error.message : String(error)}。已有的结果保持不变。`);
    } finally {
      pool.current = null;
      setProgress((p) => (p && p.done < p.total ? p : null));
    }
  }

  function cancel() {
    cancelled.current = true;
    pool.current?.cancel();
    pool.current = null;
    setProblem(REVIEW_TEXT.cancelled);
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
    download(`学段中心审核-会话-${today()}.json`, text, 'application/json');
  }

  async function openSession(file: File | undefined) {
    if (!file) return;
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
        <h2 id="review-input-title">1. 载入各校文件</h2>
        <p>
          每所学校一个文件夹(以校名命名,放台账、月度汇总、公示、报酬统计、名册等 CSV 或工作簿),或每校一个以校名命名的工作簿;可整体压缩成一个 .zip。各校的一校一方案 JSON
          放进该校文件夹,或另外载入(按方案中的学校名称对应)。文件<strong>不会上传</strong>,检查在本机浏览器中完成。
        </p>
        <div className={`review-drop${over ? ' is-over' : ''}`} onDragOver={(e) => (e.preventDefault(), setOver(true))} onDragLeave={() => setOver(false)} onDrop={drop} data-testid="drop-zone">
          <p>把全区的文件夹或 .zip 拖到这里,或:</p>
          <label>
            选择文件夹 <input type="file" multiple {...{ webkitdirectory: '' }} onChange={(e) => void load(pickedFiles(e.currentTarget.files))} data-testid="folder-input" disabled={running} />
          </label>
          <label>
            选择 .zip 或文件 <input type="file" multiple accept=".zip,.csv,.xlsx,.xls,.json" onChange={(e) => void load(pickedFiles(e.currentTarget.files))} data-testid="files-input" disabled={running} />
          </label>
          <label>
            方案文件(JSON) <input type="file" multiple accept=".json" onChange={(e) => void load(pickedFiles(e.currentTarget.files))} data-testid="plans-input" disabled={running} />
          </label>
        </div>
        <p className="review-hint">
          各校按本站默认设置检查(学期、时段、家长下班时间 17:30、一课时 40 分钟);学校文件夹中的“台账自查设置.json”(台账自查页面下载)优先。
        </p>
        {progress && (
          <div className="review-progress" data-testid="progress" aria-live="polite">
            <label>
              已检查 {progress.done} / {progress.total} 所学校
              {progress.threads ? `(${progress.threads} 个线程)` : ''}
              {left !== null && progress.done < progress.total ? `,预计还需 ${Math.ceil(left / 1000)} 秒` : ''}
              <progress max={progress.total} value={progress.done} />
            </label>
            {running && (
              <button type="button" onClick={cancel} data-testid="cancel">
                取消
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
            <summary>未使用的文件与说明({notes.length})</summary>
            <ul>
              {notes.map((n, i) => (
                <li key={i}>{noteText(n)}</li>
              ))}
            </ul>
          </details>
        )}
        <p className="review-session">
          <button type="button" onClick={saveSession} disabled={schools.length === 0}>
            保存会话
          </button>{' '}
          <label>
            打开会话 <input type="file" accept=".json" onChange={(e) => void openSession(e.currentTarget.files?.[0])} data-testid="session-input" />
          </label>
        </p>
      </section>

      {schools.length > 0 && (
        <>
          <div className="review-exports">
            <button type="button" onClick={() => void exportXlsx(summaries, Object.values(results)).catch(() => setProblem('没能生成 .xlsx 文件,请改用 CSV 导出。'))} data-testid="export-xlsx">
              导出 .xlsx(汇总 + 全部问题)
            </button>{' '}
            <button type="button" onClick={() => exportCsv('district', summaries, Object.values(results))}>
              导出各校汇总(CSV)
            </button>{' '}
            <button type="button" onClick={() => exportCsv('findings', summaries, Object.values(results))}>
              导出全部问题(CSV)
            </button>{' '}
            <button type="button" onClick={() => print('summary')}>
              打印汇总
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
                  <p role="alert">检查未完成:{chosen.failed}</p>
                ) : (
                  <>
                    <WhatWasRead result={chosen} />
                    <Findings report={{ files: chosen.files, findings: chosen.findings, rules: chosen.rules }} rows={{}} />
                  </>
                )
              ) : (
                <p>该校没有数据文件,只有方案。</p>
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
                打印抽查清单
              </button>
            </p>
          )}
        </>
      )}
    </div>
  );
}
