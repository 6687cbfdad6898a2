import '../../lib/zod-setup.ts';
import { useDeferredValue, useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { aggregateSessions, allocate, findingsAt, totalHundredths, workToSessions, type AllocationResult } from '../../lib/allocation/model.ts';
import { defaultCoefficientsDraft, draftToScenario, errorsToShow, fundIsBlank, scenarioToDraft, scoreToDraft, type Draft } from '../../lib/allocation/draft.ts';
import { defaultScenario, parseScenarioJson, SCENARIO_FILE, scenarioToJson, semesterOfWork, standardFundFen } from '../../lib/allocation/scenario.ts';
import { jsonSizeProblem } from '../../lib/files/json-file.ts';
import { readScores, semesterDisclosureCsv, payReportCsv, scoresCsv } from '../../lib/allocation/io.ts';
import { readLedgersInWorker } from './ledger-reader.ts';
import { describeParts, semesterSheets } from '../../lib/allocation/io.ts';
import { XLSX_MIME, xlsxBytes } from '../../lib/files/xlsx-write.ts';
import { formatYuan } from '../../lib/allocation/money.ts';
import { loadSavedDraft, saveDraft, saveSessions, type StorageProblem } from '../../lib/allocation/storage.ts';
import { STANDARD_RATE_FEN_PER_HOUR } from '../../lib/allocation/defaults.ts';
import { schemeBasisLabel } from '../../lib/allocation/messages.ts';
import { FILE_NAMES, PACKET_PANEL, PAGE_TEXT, PAGE_UI as U, SECTIONS, STORAGE_TEXT } from '../../lib/allocation/ui-text.ts';
import { draftToScheme, schemeToDraft, type SchemeDraft } from '../../lib/allocation/scheme-draft.ts';
import { PRESETS, ruralTieredScheme, sevenFactorScheme, type PresetId } from '../../lib/allocation/presets.ts';
import { compareSchemes } from '../../lib/allocation/compare.ts';
import { buildPacket } from '../../lib/packet/model.ts';
import { PacketMetaSchema, type PacketMeta } from '../../lib/packet/schema.ts';
import { readPlanJson } from '../../lib/plan/migrate.ts';
import type { Plan } from '../../lib/plan/schema.ts';
import { SchemeEditor } from './SchemeEditor.tsx';
import { CompareView } from './CompareView.tsx';
import { PacketPanel } from './PacketPanel.tsx';
import { clauseHref, citation } from '../../lib/policy/clauses.ts';
import { formatHundredths } from '../../lib/ledger/summaries/summarize.ts';
import { download, downloadBytes } from '../download.ts';
import { Field, FindingList, Messages } from './Field.tsx';
import { CoefficientsForm } from './CoefficientsForm.tsx';
import { ScoresEditor } from './ScoresEditor.tsx';
import { SessionsInput } from './SessionsInput.tsx';
import { ResultsTable } from './ResultsTable.tsx';
import { GainChart, SpreadChart } from './Charts.tsx';
import { DisclosurePrint } from './DisclosurePrint.tsx';

const SAMPLE_LEDGER = '/samples/clean/ledger.csv';

type Area = 'ledger' | 'scores' | 'scenario' | 'storage' | 'plan';
/** Where a replacing action was taken, and its 撤销 shown. */
type UndoArea = 'scenario' | 'coefficients' | 'schemeA' | 'schemeB';

const PRESET_NAMES = PRESETS.map((p) => ({ id: p.id, name: p.build().name }));
const DEFAULT_A = schemeToDraft(sevenFactorScheme());
const DEFAULT_B = schemeToDraft(ruralTieredScheme());
const DEFAULT_META = PacketMetaSchema.parse({});
const storageNote = (problem: StorageProblem) => ({ kind: problem === 'unreadable' ? ('info' as const) : ('error' as const), messages: [STORAGE_TEXT[problem]] });

async function fileBytes(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

export default function AllocationTool() {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [notes, setNotes] = useState<Partial<Record<Area, { kind: 'error' | 'info'; messages: string[] }>>>({});
  const [busy, setBusy] = useState(false);
  const lastGood = useRef<AllocationResult | null>(null);
  const [visited, setVisited] = useState<ReadonlySet<string>>(() => new Set());
  const visit = (id: string) => setVisited((v) => (v.has(id) ? v : new Set(v).add(id)));
  /**
   * The page before the last replacing action (a scenario file, 恢复默认系数, a preset), so that it can be
   * undone exactly, as the ledger page does for its imports and resets; `current` is the draft now, for
   * actions that finish after an await.
   */
  const [undo, setUndo] = useState<{ area: UndoArea; done: string; before: Draft } | null>(null);
  const current = useRef<Draft | null>(null);
  current.current = draft;
  /** The 台账 files loaded so far (read again together when one is added). */
  const ledgerFiles = useRef<{ name: string; bytes: Uint8Array }[]>([]);

  useEffect(() => {
    const { draft: saved, problem } = loadSavedDraft(localStorage);
    setDraft(saved);
    if (problem) setNotes({ storage: storageNote(problem) });
  }, []);

  useEffect(() => {
    if (!draft) return;
    const problem = saveDraft(localStorage, draft);
    if (problem) setNotes((n) => ({ ...n, storage: storageNote(problem) }));
  }, [draft]);

  const savedSessions = draft?.sessions;
  useEffect(() => {
    if (!savedSessions) return;
    const problem = saveSessions(localStorage, savedSessions);
    if (problem) setNotes((n) => ({ ...n, storage: storageNote(problem) }));
  }, [savedSessions]);

  const update = (f: (d: Draft) => Draft) => setDraft((d) => (d ? f(d) : d));
  const note = (area: Area, kind: 'error' | 'info', messages: string[]) => setNotes((n) => ({ ...n, [area]: { kind, messages } }));
  const replace = (area: UndoArea, done: string, f: (d: Draft) => Draft) => {
    const before = current.current;
    if (!before) return;
    setUndo({ area, done, before });
    setDraft(f(before));
  };
  const undoButton = (area: UndoArea) =>
    undo?.area === area ? (
      <button
        type="button"
        onClick={() => {
          setDraft(undo.before);
          setUndo(null);
          if (area === 'scenario') setNotes(({ scenario: _, ...n }) => n);
        }}
      >
        {PAGE_TEXT.undo}
      </button>
    ) : null;
  /** The undo of a replacing action that has no messages of its own (恢复默认系数, a preset). */
  const undoLine = (area: UndoArea) =>
    undo?.area === area ? <Messages messages={[undo.done]} kind="info" testId={`${area}-undo`} action={undoButton(area)} /> : null;

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

  const schemeA = draft?.schemeA ?? DEFAULT_A;
  const schemeB = draft?.schemeB ?? DEFAULT_B;
  const coefficients = parsed?.ok ? parsed.scenario.coefficients : null;
  const parsedA = useMemo(() => (coefficients ? draftToScheme(schemeA, coefficients) : null), [schemeA, coefficients]);
  const parsedB = useMemo(() => (coefficients ? draftToScheme(schemeB, coefficients) : null), [schemeB, coefficients]);
  const deferredA = useDeferredValue(parsedA);
  const deferredB = useDeferredValue(parsedB);
  const comparison = useMemo(() => {
    if (!deferredParsed?.ok || !deferredA?.ok || !deferredB?.ok || deferredPeople.length === 0) return null;
    const s = deferredParsed.scenario;
    return compareSchemes(deferredA.scheme, deferredB.scheme, { fundFen: s.fundFen, people: deferredPeople, scores: s.scores });
  }, [deferredParsed, deferredA, deferredB, deferredPeople]);

  const meta = draft?.packet ?? DEFAULT_META;
  const [plan, setPlan] = useState<Plan | null>(null);
  const [packetChoice, setPacketChoice] = useState<'a' | 'b'>('a');
  const deferredMeta = useDeferredValue(meta);
  const packet = useMemo(() => {
    if (!comparison?.ok || !deferredParsed?.ok) return null;
    const side = packetChoice === 'a' ? comparison.comparison.a : comparison.comparison.b;
    return buildPacket({
      plan,
      semester: deferredParsed.scenario.semester,
      schemeName: side.scheme.name,
      schemeBasis: schemeBasisLabel(side.scheme.basis),
      fundFen: deferredParsed.scenario.fundFen,
      work: deferredPeople,
      result: side.result,
      meta: deferredMeta,
    });
  }, [comparison, deferredParsed, packetChoice, plan, deferredPeople, deferredMeta]);

  if (!draft || !parsed) return <div className="alloc-tool" data-state="loading">{U.loading}</div>;

  const fieldErrors = parsed.ok ? {} : errorsToShow(parsed.errors, draft, visited);
  const issues = computed && !computed.outcome.ok ? computed.outcome.errors : [];
  const result = computed?.outcome.ok ? computed.outcome.result : null;
  if (result) lastGood.current = result;
  const shown = result ?? (people.length ? lastGood.current : null);
  const hasPeople = people.length > 0;
  const standardFen = standardFundFen(people);

  /**
   * 台账 are read together (a semester is 4–5 monthly files or sheets): a new file joins those already loaded
   * (one of the same name replaces it), all are read again, and the fund hint is computed from all of them.
   */
  const onLedgers = async (files: { name: string; bytes: Uint8Array }[], replace = false) => {
    setBusy(true);
    try {
      const names = new Set(files.map((f) => f.name));
      const all = replace ? files : [...ledgerFiles.current.filter((f) => !names.has(f.name)), ...files];
      const read = await readLedgersInWorker(all);
      if (!read.ok) return note('ledger', 'error', read.messages);
      ledgerFiles.current = all;
      const { work } = read;
      const hours = totalHundredths(work);
      // The semester follows the 台账 unless the user typed one of their own.
      const semester = semesterOfWork(work);
      update((d) => ({
        ...d,
        sessions: workToSessions(work),
        source: PAGE_TEXT.sources(all.map((f) => f.name)),
        fund: fundIsBlank(d.fund) ? formatYuan(standardFundFen(work)) : d.fund,
        semester: semester && (d.semester.trim() === '' || d.semester === defaultScenario().semester) ? semester : d.semester,
      }));
      note('ledger', 'info', [
        PAGE_TEXT.ledgerLoaded(all.map((f) => f.name), read.rows, work.length, formatHundredths(hours)),
        ...(read.parts.length > 1 || read.parts.some((p) => p.sheet) ? describeParts(read.parts) : []),
      ]);
    } finally {
      setBusy(false);
    }
  };

  const pickLedgers = async (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = [...(e.target.files ?? [])];
    e.target.value = '';
    if (chosen.length) await onLedgers(await Promise.all(chosen.map(async (f) => ({ name: f.name, bytes: await fileBytes(f) }))));
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
    note('scores', 'info', [PAGE_TEXT.scoresLoaded(file.name, read.value.length)]);
  };

  const onScenario = async (file: File) => {
    const tooLarge = jsonSizeProblem(SCENARIO_FILE, file.name, file.size);
    const read = tooLarge ? { ok: false as const, messages: [tooLarge] } : parseScenarioJson(file.name, await fileBytes(file));
    if (!read.ok) return note('scenario', 'error', [...read.messages, PAGE_TEXT.scenarioKept]);
    const done = PAGE_TEXT.scenarioLoaded(file.name);
    replace('scenario', done, (d) => ({
      ...scenarioToDraft(read.value),
      schemeA: read.value.scheme ? schemeToDraft(read.value.scheme) : d.schemeA,
      schemeB: read.value.compareWith ? schemeToDraft(read.value.compareWith) : d.schemeB,
      packet: d.packet,
    }));
    note('scenario', 'info', [done]);
  };

  const saveScenario = () => {
    if (!parsed.ok) return note('scenario', 'error', [PAGE_TEXT.scenarioHasErrors]);
    const scenario = { ...parsed.scenario, scheme: parsedA?.ok ? parsedA.scheme : undefined, compareWith: parsedB?.ok ? parsedB.scheme : undefined };
    download(FILE_NAMES.scenario(parsed.scenario.semester), scenarioToJson(scenario), 'application/json');
  };

  const semester = parsed.ok ? parsed.scenario.semester : draft.semester.trim();

  const onPlan = async (file: File) => {
    const read = readPlanJson(file.name, await file.text());
    if (!read.ok) return note('plan', 'error', read.messages);
    setPlan(read.plan);
    note('plan', 'info', [PACKET_PANEL.planLoaded(file.name, read.plan.school.name.trim(), read.plan.timetable.length), ...read.notes]);
  };
  const setScheme = (side: 'schemeA' | 'schemeB') => (f: (d: SchemeDraft) => SchemeDraft) => update((d) => ({ ...d, [side]: f(d[side] ?? (side === 'schemeA' ? DEFAULT_A : DEFAULT_B)) }));
  const preset = (side: 'schemeA' | 'schemeB') => (id: PresetId) => {
    const scheme = id === 'seven-factor' && parsed.ok ? sevenFactorScheme(parsed.scenario.coefficients, parsed.scenario.shares) : PRESETS.find((p) => p.id === id)!.build();
    replace(side, PAGE_TEXT.presetApplied(side === 'schemeA' ? 'A' : 'B', scheme.name), (d) => ({ ...d, [side]: schemeToDraft(scheme) }));
  };
  const errorsA = parsedA && !parsedA.ok ? parsedA.errors : {};
  const errorsB = parsedB && !parsedB.ok ? parsedB.errors : {};

  return (
    <div className="alloc-tool" data-state={busy ? 'busy' : 'ready'}>
      <Messages messages={notes.storage?.messages ?? []} kind={notes.storage?.kind ?? 'info'} />

      <section aria-labelledby="alloc-inputs">
        <h2 id="alloc-inputs">{SECTIONS.inputs}</h2>
        <div className="alloc-row">
          <Field id="semester" label={U.semester} value={draft.semester} error={fieldErrors.semester} onChange={(v) => { visit('semester'); update((d) => ({ ...d, semester: v })); }} onBlur={() => visit('semester')} inputMode="text" size={22} />
          <Field
            id="fund"
            label={U.fund}
            value={draft.fund}
            error={fieldErrors.fund}
            onChange={(v) => {
              visit('fund');
              update((d) => ({ ...d, fund: v }));
            }}
            onBlur={() => visit('fund')}
            size={14}
            hint={hasPeople ? PAGE_TEXT.standardFundHint(formatYuan(STANDARD_RATE_FEN_PER_HOUR), formatYuan(standardFen)) : undefined}
          />
        </div>
        <div className="alloc-actions">
          <label className="alloc-file">
            {U.pickLedgers}
            <input
              type="file"
              multiple
              accept=".csv,text/csv,.xlsx,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel"
              data-testid="ledger-input"
              onChange={pickLedgers}
            />
          </label>
          <button type="button" onClick={async () => onLedgers([{ name: U.sampleLedgerName, bytes: new Uint8Array(await (await fetch(SAMPLE_LEDGER)).arrayBuffer()) }], true)}>
            {U.sampleLedger}
          </button>
          {hasPeople ? (
            <button type="button" onClick={() => update((d) => ({ ...d, fund: formatYuan(standardFen) }))}>
              {U.fillStandardFund}
            </button>
          ) : null}
          {hasPeople ? (
            <button
              type="button"
              onClick={() => {
                ledgerFiles.current = [];
                update((d) => ({ ...d, sessions: [], source: '' }));
              }}
            >
              {U.clearSessions}
            </button>
          ) : null}
        </div>
        {busy ? <p role="status">{U.readingLedger}</p> : null}
        <Messages messages={notes.ledger?.messages ?? []} kind={notes.ledger?.kind ?? 'info'} testId="ledger-messages" />
        <FindingList issues={findingsAt(issues, 'ledger')} testId="ledger-issues" />
        {draft.source ? <p>{U.source(draft.source)}</p> : null}
        <SessionsInput draft={draft} people={people} onChange={update} />
      </section>

      <section aria-labelledby="alloc-coefficients">
        <h2 id="alloc-coefficients">{SECTIONS.coefficients}</h2>
        <p>
          {U.coefficientsHelp}
          <button type="button" className="alloc-link" onClick={() => replace('coefficients', PAGE_TEXT.coefficientsReset, (d) => ({ ...d, ...defaultCoefficientsDraft() }))}>
            {U.resetCoefficients}
          </button>
        </p>
        {undoLine('coefficients')}
        <CoefficientsForm draft={draft} errors={fieldErrors} onChange={update} />
      </section>

      <section aria-labelledby="alloc-scores">
        <h2 id="alloc-scores">{SECTIONS.scores}</h2>
        <div className="alloc-actions">
          <label className="alloc-file">
            {U.pickScores}
            <input type="file" accept=".csv,text/csv" data-testid="scores-input" onChange={pick(onScores)} />
          </label>
          {draft.scores.length > 0 && parsed.ok ? (
            <button type="button" onClick={() => download(FILE_NAMES.scores, scoresCsv(parsed.scenario.scores))}>
              {U.exportScores}
            </button>
          ) : null}
        </div>
        <Messages messages={notes.scores?.messages ?? []} kind={notes.scores?.kind ?? 'info'} testId="scores-messages" />
        <FindingList issues={findingsAt(issues, 'scores')} testId="scores-issues" />
        <ScoresEditor scores={draft.scores} people={people} errors={fieldErrors} onChange={update} />
      </section>

      <section aria-labelledby="alloc-results">
        <h2 id="alloc-results">{SECTIONS.results}</h2>
        {Object.keys(fieldErrors).length > 0 ? <p className="alloc-error" role="status">{PAGE_TEXT.inputErrors(Object.keys(fieldErrors).length, shown !== null)}</p> : null}
        {!hasPeople ? <p>{U.needPeople}</p> : null}
        {result ? (
          <>
            <FindingList issues={result.warnings} testId="warnings" />
            <p className="alloc-meta" data-testid="recompute">
              {PAGE_TEXT.recompute(result.people.length, formatYuan(result.fundFen), formatYuan(result.paidFen), computed!.ms.toFixed(1))}
              {result.unscored ? PAGE_TEXT.unscored : ''}
            </p>
          </>
        ) : null}
        {shown ? (
          <>
            <ResultsTable result={shown} />
            <h3>{U.gainsHeading}</h3>
            <GainChart result={shown} />
            <h3>{U.spreadHeading}</h3>
            <SpreadChart result={shown} />
          </>
        ) : null}
      </section>

      <section aria-labelledby="alloc-schemes">
        <h2 id="alloc-schemes">{SECTIONS.schemes}</h2>
        <p>
          {U.schemesHelp.join(' ')}
        </p>
        <div className="alloc-compare-grid">
          <div>
            <h3>{U.schemeA}</h3>
            <SchemeEditor side="a" draft={schemeA} errors={errorsA} onChange={setScheme('schemeA')} presets={PRESET_NAMES} onPreset={preset('schemeA')} />
            {undoLine('schemeA')}
          </div>
          <div>
            <h3>{U.schemeB}</h3>
            <SchemeEditor side="b" draft={schemeB} errors={errorsB} onChange={setScheme('schemeB')} presets={PRESET_NAMES} onPreset={preset('schemeB')} />
            {undoLine('schemeB')}
          </div>
        </div>
        <h3>{U.compareHeading}</h3>
        {/* Before the user has typed anything, a blank fund or semester is not an error: say what is needed instead. */}
        {!coefficients ? (
          Object.keys(fieldErrors).some((k) => k !== 'fund' && k !== 'semester') ? <p className="alloc-error">{PAGE_TEXT.coefficientsInvalid}</p> : <p>{PAGE_TEXT.waitingForInput}</p>
        ) : null}
        {parsedA && !parsedA.ok ? <p className="alloc-error">{PAGE_TEXT.schemeInvalid('A')}</p> : null}
        {parsedB && !parsedB.ok ? <p className="alloc-error">{PAGE_TEXT.schemeInvalid('B')}</p> : null}
        {!hasPeople ? <p>{U.needPeople}</p> : null}
        {comparison && !comparison.ok ? (
          <FindingList issues={comparison.errors} testId={`scheme-errors-${comparison.side}`} />
        ) : null}
        {comparison?.ok ? <CompareView comparison={comparison.comparison} /> : null}
      </section>

      <section aria-labelledby="alloc-files">
        <h2 id="alloc-files">{SECTIONS.files}</h2>
        <div className="alloc-actions">
          <button type="button" onClick={saveScenario}>
            {U.saveScenario}
          </button>
          <label className="alloc-file">
            {U.loadScenario}
            <input type="file" accept=".json,application/json" data-testid="scenario-input" onChange={pick(onScenario)} />
          </label>
          {result ? (
            <>
              <button type="button" onClick={() => download(FILE_NAMES.disclosureCsv(semester), semesterDisclosureCsv(semester, result))}>
                {U.exportDisclosureCsv}
              </button>
              <button type="button" onClick={() => download(FILE_NAMES.payReportCsv(semester), payReportCsv(semester, result))}>
                {U.exportPayReportCsv}
              </button>
              <button
                type="button"
                onClick={async () => downloadBytes(FILE_NAMES.workbook(semester), await xlsxBytes(semesterSheets(semester, result)), XLSX_MIME)}
              >
                {U.exportWorkbook}
              </button>
              <button type="button" onClick={() => window.print()}>
                {U.printDisclosure}
              </button>
            </>
          ) : null}
        </div>
        <Messages messages={notes.scenario?.messages ?? []} kind={notes.scenario?.kind ?? 'info'} testId="scenario-messages" action={undoButton('scenario')} />
        <p>
          {U.exportsNote.before}
          <a href="/tools/ledger/">{U.exportsNote.ledgerLink}</a>
          {U.exportsNote.after}
          <a href={clauseHref('1.2.2')}>{citation('1.2.2')}</a>
          {U.exportsNote.and}
          <a href={clauseHref('1.2.3')}>{citation('1.2.3')}</a>
          {U.exportsNote.end}
        </p>
        {result ? <DisclosurePrint semester={semester} result={result} /> : null}
      </section>

      <section aria-labelledby="alloc-packet">
        <h2 id="alloc-packet">{SECTIONS.packet}</h2>
        <p>
          {U.packetNote.before}
          <a href={clauseHref('1.2.3')}>{citation('1.2.3')}</a>
          {U.packetNote.middle}
          <a href={clauseHref('1.2.2')}>{citation('1.2.2')}</a>
          {U.packetNote.after}
          {' '}
          {U.packetNote.last}
        </p>
        <PacketPanel
          waiting={!hasPeople || (!parsed.ok && Object.keys(fieldErrors).length === 0)}
          packet={packet}
          meta={meta}
          onMeta={(m) => update((d) => ({ ...d, packet: m }))}
          onPlanFile={onPlan}
          planNote={notes.plan}
          choice={packetChoice}
          onChoice={setPacketChoice}
          schemeNames={{ a: schemeA.name, b: schemeB.name }}
        />
      </section>
    </div>
  );
}
