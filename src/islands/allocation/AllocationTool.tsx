import '../../lib/zod-setup.ts';
import { useDeferredValue, useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { aggregateSessions, allocate, workToSessions, type AllocationResult, type AllocationFinding } from '../../lib/allocation/model.ts';
import { defaultCoefficientsDraft, draftToScenario, emptyDraft, restoreDraft, scenarioToDraft, scoreToDraft, type Draft } from '../../lib/allocation/draft.ts';
import { parseScenarioJson, scenarioToJson, standardFundFen } from '../../lib/allocation/scenario.ts';
import { readScores, semesterDisclosureCsv, payReportCsv, scoresCsv } from '../../lib/allocation/io.ts';
import { readLedgerInWorker } from './ledger-reader.ts';
import { formatYuan, parseYuan } from '../../lib/allocation/money.ts';
import { packSessions, unpackSessions } from '../../lib/allocation/storage.ts';
import { clauseHref, citation } from '../../lib/policy/clauses.ts';
import { formatHundredths } from '../../lib/ledger/summarize.ts';
import { download } from '../download.ts';
import { Field, FindingList, Messages } from './Field.tsx';
import { CoefficientsForm } from './CoefficientsForm.tsx';
import { ScoresEditor } from './ScoresEditor.tsx';
import { SessionsInput } from './SessionsInput.tsx';
import { ResultsTable } from './ResultsTable.tsx';
import { GainChart, SpreadChart } from './Charts.tsx';
import { DisclosurePrint } from './DisclosurePrint.tsx';

const STORAGE_KEY = 'kehou.allocation.draft.v1';
const SESSIONS_KEY = 'kehou.allocation.sessions.v1';
const SAMPLE_LEDGER = '/samples/clean/ledger.csv';

type Area = 'ledger' | 'scores' | 'scenario' | 'storage';

async function fileBytes(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

/** Blank or zero: the ledger's standard fund may be filled in without overwriting anything typed. */
function fundIsBlank(text: string): boolean {
  const r = parseYuan(text);
  return text.trim() === '' || (r.ok && r.fen === 0);
}

function findingsAt(issues: readonly AllocationFinding[], field: string): AllocationFinding[] {
  return issues.filter((i) => i.field === field || i.field.startsWith(`${field}.`));
}

export default function AllocationTool() {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [notes, setNotes] = useState<Partial<Record<Area, { kind: 'error' | 'info'; messages: string[] }>>>({});
  const [busy, setBusy] = useState(false);
  const lastGood = useRef<AllocationResult | null>(null);

  useEffect(() => {
    const read = (key: string) => {
      try {
        return localStorage.getItem(key);
      } catch {
        return null;
      }
    };
    const saved = read(STORAGE_KEY);
    const restored = restoreDraft(saved);
    const sessions = unpackSessions(read(SESSIONS_KEY));
    setDraft({ ...(restored ?? emptyDraft()), sessions: sessions ?? restored?.sessions ?? [] });
    if (saved && !restored) setNotes({ storage: { kind: 'info', messages: ['浏览器中保存的上次测算无法读取(可能来自旧版本),已从默认方案开始。'] } });
  }, []);

  useEffect(() => {
    if (!draft) return;
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...draft, sessions: [] }));
    } catch {
      setNotes((n) => ({ ...n, storage: { kind: 'error', messages: ['浏览器存储不可用,本次修改未能自动保存。请用“保存方案”把方案下载为 JSON 文件。'] } }));
    }
  }, [draft]);

  const savedSessions = draft?.sessions;
  useEffect(() => {
    if (!savedSessions) return;
    try {
      localStorage.setItem(SESSIONS_KEY, packSessions(savedSessions));
    } catch {
      localStorage.removeItem(SESSIONS_KEY);
      setNotes((n) => ({
        ...n,
        storage: { kind: 'error', messages: ['台账太大,浏览器无法自动保存服务记录(系数、经费和评分已保存)。刷新页面后请重新载入台账,或用“保存方案”下载方案文件。'] },
      }));
    }
  }, [savedSessions]);

  const update = (f: (d: Draft) => Draft) => setDraft((d) => (d ? f(d) : d));
  const note = (area: Area, kind: 'error' | 'info', messages: string[]) => setNotes((n) => ({ ...n, [area]: { kind, messages } }));

  const sessions = draft?.sessions;
  const people = useMemo(() => aggregateSessions(sessions ?? []), [sessions]);
  const parsed = useMemo(() => (draft ? draftToScenario(draft) : null), [draft]);
  // Typing stays immediate (the form and its messages); the allocation and the large tables and
  // charts follow in a deferred render, so a school of 2,000 people does not make the input lag.
  const deferredParsed = useDeferredValue(parsed);
  const deferredPeople = useDeferredValue(people);
  const computed = useMemo(() => {
    if (!deferredParsed?.ok) return null;
    const started = performance.now();
    const s = deferredParsed.scenario;
    const outcome = allocate({ fundFen: s.fundFen, coefficients: s.coefficients, shares: s.shares, people: deferredPeople, scores: s.scores });
    return { outcome, ms: performance.now() - started };
  }, [deferredParsed, deferredPeople]);

  if (!draft || !parsed) return <div className="alloc-tool" data-state="loading">正在载入……</div>;

  const fieldErrors = parsed.ok ? {} : parsed.errors;
  const issues = computed && !computed.outcome.ok ? computed.outcome.errors : [];
  const result = computed?.outcome.ok ? computed.outcome.result : null;
  if (result) lastGood.current = result;
  const shown = result ?? (people.length ? lastGood.current : null);
  const hasPeople = people.length > 0;
  const standardFen = standardFundFen(people);

  const onLedger = async (file: File | Response, name: string) => {
    setBusy(true);
    try {
      const bytes = file instanceof Response ? new Uint8Array(await file.arrayBuffer()) : await fileBytes(file);
      const read = await readLedgerInWorker(name, bytes);
      if (!read.ok) return note('ledger', 'error', read.messages);
      const { work } = read;
      const hours = work.reduce((a, p) => a + p.hundredths, 0);
      update((d) => ({ ...d, sessions: workToSessions(work), source: name, fund: fundIsBlank(d.fund) ? formatYuan(standardFundFen(work)) : d.fund }));
      note('ledger', 'info', [`已载入「${name}」:${read.rows} 行,${work.length} 人,总课时 ${formatHundredths(hours)}。`]);
    } finally {
      setBusy(false);
    }
  };

  const pick = (handler: (file: File) => Promise<void>) => async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) await handler(file);
  };

  const onScores = async (file: File) => {
    const read = readScores(file.name, await fileBytes(file));
    if (!read.ok) return note('scores', 'error', read.messages);
    update((d) => ({ ...d, scores: read.value.map(scoreToDraft) }));
    note('scores', 'info', [`已载入「${file.name}」:${read.value.length} 人的评分。`]);
  };

  const onScenario = async (file: File) => {
    const read = parseScenarioJson(file.name, await file.text());
    if (!read.ok) return note('scenario', 'error', read.messages);
    setDraft(scenarioToDraft(read.value));
    note('scenario', 'info', [`已载入方案「${file.name}」。`]);
  };

  const saveScenario = () => {
    if (!parsed.ok) return note('scenario', 'error', ['方案中有标红的输入,修正后才能保存为文件(自动保存不受影响)。']);
    download(`经费分配方案-${parsed.scenario.semester}.json`, scenarioToJson(parsed.scenario), 'application/json');
  };

  const semester = parsed.ok ? parsed.scenario.semester : draft.semester.trim();

  return (
    <div className="alloc-tool" data-state={busy ? 'busy' : 'ready'}>
      <Messages messages={notes.storage?.messages ?? []} kind={notes.storage?.kind ?? 'info'} />

      <section aria-labelledby="alloc-inputs">
        <h2 id="alloc-inputs">1. 台账与经费</h2>
        <div className="alloc-row">
          <Field id="semester" label="学期" value={draft.semester} error={fieldErrors.semester} onChange={(v) => update((d) => ({ ...d, semester: v }))} inputMode="text" size={22} />
          <Field
            id="fund"
            label="本学期课后服务专项经费(元)"
            value={draft.fund}
            error={fieldErrors.fund}
            onChange={(v) => update((d) => ({ ...d, fund: v }))}
            size={14}
            hint={hasPeople ? `参考:总课时 × 85 元 = ${formatYuan(standardFen)} 元` : undefined}
          />
        </div>
        <div className="alloc-actions">
          <label className="alloc-file">
            载入台账 CSV
            <input type="file" accept=".csv,text/csv" data-testid="ledger-input" onChange={pick((f) => onLedger(f, f.name))} />
          </label>
          <button type="button" onClick={async () => onLedger(await fetch(SAMPLE_LEDGER), '样例台账.csv')}>
            用样例台账试一试
          </button>
          {hasPeople ? (
            <button type="button" onClick={() => update((d) => ({ ...d, fund: formatYuan(standardFen) }))}>
              填入参考经费
            </button>
          ) : null}
          {hasPeople ? (
            <button type="button" onClick={() => update((d) => ({ ...d, sessions: [], source: '' }))}>
              清除服务记录
            </button>
          ) : null}
        </div>
        {busy ? <p role="status">正在读取台账……(10 万行约需一两秒)</p> : null}
        <Messages messages={notes.ledger?.messages ?? []} kind={notes.ledger?.kind ?? 'info'} testId="ledger-messages" />
        <FindingList issues={findingsAt(issues, 'ledger')} testId="ledger-issues" />
        {draft.source ? <p>服务记录来自:{draft.source}</p> : null}
        <SessionsInput draft={draft} people={people} onChange={update} />
      </section>

      <section aria-labelledby="alloc-coefficients">
        <h2 id="alloc-coefficients">2. 系数与占比</h2>
        <p>
          系数为 0–10 的数,最多 3 位小数;所有系数同乘一个数,结果不变。
          <button type="button" className="alloc-link" onClick={() => update((d) => ({ ...d, ...defaultCoefficientsDraft() }))}>
            恢复默认系数
          </button>
        </p>
        <CoefficientsForm draft={draft} errors={fieldErrors} onChange={update} />
      </section>

      <section aria-labelledby="alloc-scores">
        <h2 id="alloc-scores">3. 效果与满意度评分</h2>
        <div className="alloc-actions">
          <label className="alloc-file">
            载入评分 CSV(工号, 姓名, 效果评分, 满意度)
            <input type="file" accept=".csv,text/csv" data-testid="scores-input" onChange={pick(onScores)} />
          </label>
          {draft.scores.length > 0 && parsed.ok ? (
            <button type="button" onClick={() => download('评分.csv', scoresCsv(parsed.scenario.scores))}>
              导出评分 CSV
            </button>
          ) : null}
        </div>
        <Messages messages={notes.scores?.messages ?? []} kind={notes.scores?.kind ?? 'info'} testId="scores-messages" />
        <FindingList issues={findingsAt(issues, 'scores')} testId="scores-issues" />
        <ScoresEditor scores={draft.scores} people={people} errors={fieldErrors} onChange={update} />
      </section>

      <section aria-labelledby="alloc-results">
        <h2 id="alloc-results">4. 测算结果</h2>
        {!parsed.ok ? <p className="alloc-error" role="status">有 {Object.keys(fieldErrors).length} 处输入需要修正(见标红处){shown ? ';下表为上一次有效输入的结果' : ''}。</p> : null}
        {!hasPeople ? <p>请先载入台账或录入服务记录。</p> : null}
        {result ? (
          <>
            <FindingList issues={result.warnings} testId="warnings" />
            <p className="alloc-meta" data-testid="recompute">
              {result.people.length} 人,经费 {formatYuan(result.fundFen)} 元,合计发放 {formatYuan(result.people.reduce((a, p) => a + p.amountFen, 0))} 元;计算用时 {computed!.ms.toFixed(1)} 毫秒。
              {result.unscored ? ' 未导入评分:绩效部分按折算课时分配。' : ''}
            </p>
          </>
        ) : null}
        {shown ? (
          <>
            <ResultsTable result={shown} />
            <h3>谁多得、谁少得(与简单划一相比)</h3>
            <GainChart result={shown} />
            <h3>金额的分布</h3>
            <SpreadChart result={shown} />
          </>
        ) : null}
      </section>

      <section aria-labelledby="alloc-files">
        <h2 id="alloc-files">5. 方案、公示与报送</h2>
        <div className="alloc-actions">
          <button type="button" onClick={saveScenario}>
            保存方案(JSON)
          </button>
          <label className="alloc-file">
            载入方案
            <input type="file" accept=".json,application/json" data-testid="scenario-input" onChange={pick(onScenario)} />
          </label>
          {result ? (
            <>
              <button type="button" onClick={() => download(`学期公示-${semester}.csv`, semesterDisclosureCsv(semester, result))}>
                导出学期公示 CSV
              </button>
              <button type="button" onClick={() => download(`报酬统计-${semester}.csv`, payReportCsv(semester, result))}>
                导出报酬统计 CSV
              </button>
              <button type="button" onClick={() => window.print()}>
                打印公示
              </button>
            </>
          ) : null}
        </div>
        <Messages messages={notes.scenario?.messages ?? []} kind={notes.scenario?.kind ?? 'info'} testId="scenario-messages" />
        <p>
          导出的文件符合标准模板(UTF-8 带 BOM,金额以元计、两位小数),可在<a href="/tools/ledger/">台账自查</a>中与台账一起核对。依据:
          <a href={clauseHref('1.2.2')}>{citation('1.2.2')}</a>、<a href={clauseHref('1.2.3')}>{citation('1.2.3')}</a>。
        </p>
        {result ? <DisclosurePrint semester={semester} result={result} /> : null}
      </section>
    </div>
  );
}
