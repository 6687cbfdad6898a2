import '../../lib/zod-setup.ts';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { type CheckReport, type ColumnNames, type LedgerSettings, type Encoding, type FileKind } from '../../lib/ledger/index.ts';
import { checkSettings } from '../../lib/ledger/settings-file.ts';
import { ask, stopWorker } from './worker-client.ts';
import { WorkerStopped } from '../worker-client.ts';
import { FileList, type FileEntry } from './FileList.tsx';
import { SettingsForm } from './SettingsForm.tsx';
import { forgetUnreadableSettings, loadSettings, saveSettings } from './settings-storage.ts';
import { clearLastCheck, loadLastCheck, saveLastCheck } from './last-check.ts';
import { ReadReport } from './ReadReport.tsx';
import type { OffendingRows } from '../../lib/ledger/browser/worker.ts';
import { download, downloadBytes } from '../download.ts';
import { XLSX_MIME, xlsxBytes } from '../../lib/files/xlsx-write.ts';
import { headersOf } from '../../lib/ledger/format/kinds.ts';
import { FILE_NAMES } from '../../lib/ledger/format/file-names.ts';
import { LEDGER_UI } from '../../lib/ledger/ui-text.ts';
import { countBySeverity } from '../../lib/ledger/summaries/findings-view.ts';
import { estimate, type ProgressTrack } from '../../lib/ledger/engine/progress.ts';
import './ledger.css';
import { errorMessage } from '../../lib/errors.ts';

const UI = LEDGER_UI.checker;

// The findings (with every rule's text) load when files are picked, not with the page.
const loadFindings = () => import('./Findings.tsx');
const Findings = lazy(() => loadFindings().then((m) => ({ default: m.Findings })));

type Progress = { stage: string; done: number; total: number; since: number; rule?: string; track?: ProgressTrack };
type Result = { report: CheckReport; rows: OffendingRows; rulesRun: { here: number; helper: number } };

export default function LedgerChecker() {
  const [ready, setReady] = useState(false);
  const [entries, setEntries] = useState<FileEntry[]>([]);
  const [stored] = useState(() => loadSettings());
  const [settings, setSettings] = useState<LedgerSettings>(stored.settings);
  const [storageNotice, setStorageNotice] = useState<string | null>(stored.notice);
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [restored, setRestored] = useState(false);
  const [restoredNote, setRestoredNote] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [justChecked, setJustChecked] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const keyRef = useRef(0);
  const [engine, setEngine] = useState<'idle' | 'loading' | 'ready'>('idle');

  function warm() {
    if (engine !== 'idle') return;
    setEngine('loading');
    // Files are coming: fetch the findings view now, so checking itself fetches nothing.
    void loadFindings();
    ask('warm', {}).then(
      () => setEngine('ready'),
      () => setEngine('idle'),
    );
  }

  useEffect(() => {
    let live = true;
    void loadLastCheck<FileEntry, Result>().then((last) => {
      if (!live) return;
      if (last && last.entries.length > 0) {
        keyRef.current = Math.max(...last.entries.map((e) => e.key));
        setEntries(last.entries);
        setResult(last.result);
        setRestoredNote(true);
      }
      setRestored(true);
      setReady(true);
    });
    return () => {
      live = false;
    };
  }, []);
  // Keep the files and findings for this session, once every file has been read.
  useEffect(() => {
    if (!restored || entries.some((e) => e.bytes === null || (!e.tables && !e.problem))) return;
    if (entries.length === 0 && !result) void clearLastCheck();
    else void saveLastCheck({ entries, result });
  }, [restored, entries, result]);
  useEffect(() => setSaveProblem(saveSettings(settings)), [settings]);

  // The school's header names as of the latest mapping step (read by describe() without waiting for a render).
  const columnsRef = useRef<ColumnNames>(settings.columns as ColumnNames);
  columnsRef.current = settings.columns as ColumnNames;

  async function describe(key: number, name: string, bytes: Uint8Array, encoding?: Encoding) {
    try {
      const reply = await ask('describe', { file: { name, bytes, encoding }, columns: columnsRef.current });
      update(key, { tables: reply.tables, problem: null });
    } catch (error) {
      update(key, { tables: null, problem: UI.unreadableFile(name, errorMessage(error)) });
    }
  }

  /** The column-mapping step: the names join the school's settings and every file is read again with them. */
  function mapColumns(kind: FileKind, names: Record<string, string>) {
    const columns = { ...settings.columns, [kind]: { ...(settings.columns[kind] ?? {}), ...names } };
    columnsRef.current = columns as ColumnNames;
    setSettings({ ...settings, columns });
    setResult(null);
    for (const e of entries) if (e.bytes) void describe(e.key, e.name, e.bytes, e.encoding);
  }

  function update(key: number, change: Partial<FileEntry>) {
    setEntries((list) => list.map((e) => (e.key === key ? { ...e, ...change } : e)));
  }

  async function addFiles(files: readonly File[]) {
    warm();
    setResult(null);
    for (const file of files) {
      const key = ++keyRef.current;
      setEntries((list) => [...list, { key, name: file.name, bytes: null, encoding: undefined, tables: null, problem: null }]);
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        update(key, { bytes });
        await describe(key, file.name, bytes);
      } catch {
        update(key, { problem: UI.unopenedFile(file.name) });
      }
    }
  }

  function setEncoding(key: number, encoding: Encoding | undefined) {
    setResult(null);
    const entry = entries.find((e) => e.key === key);
    if (!entry?.bytes) return;
    update(key, { encoding, tables: null, problem: null });
    void describe(key, entry.name, entry.bytes, encoding);
  }

  function remove(key: number) {
    setResult(null);
    setEntries((list) => list.filter((e) => e.key !== key));
  }

  async function loadSample(set: 'clean' | 'planted-errors') {
    setProblem(null);
    try {
      const names = Object.values(FILE_NAMES);
      const files = await Promise.all(
        names.map(async (n) => {
          const response = await fetch(`/samples/${set}/${n}`);
          if (!response.ok) throw new Error(n);
          return new File([await response.arrayBuffer()], n);
        }),
      );
      setEntries([]);
      await addFiles(files);
    } catch {
      setProblem(UI.sampleFailed);
    }
  }

  async function run() {
    const usable = entries.filter((e): e is FileEntry & { bytes: Uint8Array } => e.bytes !== null && e.problem === null);
    if (usable.length === 0) return setProblem(UI.noFiles);
    const checked = checkSettings(settings);
    if (!checked.ok) return setProblem(UI.badSettings(checked.message));
    setProblem(null);
    setRunning(true);
    setResult(null);
    setRestoredNote(false);
    setJustChecked(false);
    setAnnouncement('');
    const startedAt = Date.now();
    setProgress({ stage: 'decode', done: 0, total: 1, since: startedAt });
    try {
      const reply = await ask(
        'check',
        { files: usable.map((e) => ({ name: e.name, bytes: e.bytes, encoding: e.encoding })), settings: checked.settings },
        (p) => {
          const at = Date.now();
          setProgress((was) => ({
            stage: p.stage,
            done: p.done,
            total: p.total,
            rule: p.rule,
            since: was && was.stage === p.stage && was.done === p.done ? was.since : at,
            track: p.work ? { startedAt, at, work: p.work } : undefined,
          }));
        },
      );
      setJustChecked(true);
      setResult({ report: reply.report, rows: reply.rows, rulesRun: reply.rulesRun });
      setAnnouncement(announce(reply.report));
    } catch (error) {
      if (error instanceof WorkerStopped) setProblem(UI.cancelled);
      else setProblem(UI.failed(errorMessage(error)));
    } finally {
      setRunning(false);
      setProgress(null);
    }
  }

  async function summarize(entry: FileEntry, format: 'csv' | 'xlsx') {
    if (!entry.bytes) return;
    try {
      const reply = await ask('summarize', { file: { name: entry.name, bytes: entry.bytes, encoding: entry.encoding }, columns: columnsRef.current });
      const base = entry.name.replace(/\.(csv|xlsx|xls)$/i, '');
      if (format === 'xlsx') {
        const bytes = await xlsxBytes([
          { name: UI.summarySheets.monthly, header: headersOf('monthlySummary'), rows: reply.tables.monthly },
          { name: UI.summarySheets.disclosure, header: headersOf('monthlyDisclosure'), rows: reply.tables.disclosure },
        ]);
        return downloadBytes(UI.summaryFiles.xlsx(base), bytes, XLSX_MIME);
      }
      download(UI.summaryFiles.monthly(base), reply.monthly);
      download(UI.summaryFiles.disclosure(base), reply.disclosure);
    } catch (error) {
      setProblem(UI.summaryFailed(errorMessage(error)));
    }
  }

  return (
    <div className="ledger-checker" data-state={ready ? 'ready' : 'loading'} data-engine={engine} data-rules-by-helper={result?.rulesRun.helper}>
      <FileList entries={entries} onMap={mapColumns} onAdd={addFiles} onEncoding={setEncoding} onRemove={remove} onSummarize={summarize} onSample={loadSample} />
      {storageNotice && (
        <div role="alert" className="ledger-problem">
          {storageNotice}
          {stored.aside !== null && (
            <button type="button" onClick={() => download(UI.asideFile, stored.aside!, 'application/json;charset=utf-8')}>
              {UI.downloadAside}
            </button>
          )}
          <button
            type="button"
            onClick={() => {
              forgetUnreadableSettings();
              setStorageNotice(null);
            }}
          >
            {UI.forgetAside}
          </button>
        </div>
      )}
      {saveProblem && (
        <p role="alert" className="ledger-problem">
          {saveProblem}
        </p>
      )}
      <SettingsForm settings={settings} onChange={setSettings} />
      <div className="ledger-run">
        <button type="button" onClick={run} disabled={running || entries.length === 0}>
          {UI.run}
        </button>
        {progress && <CheckProgress progress={progress} />}
        {running && (
          <button
            type="button"
            onClick={() => {
              stopWorker();
              setEngine('idle');
            }}
          >
            {UI.cancel}
          </button>
        )}
      </div>
      <p className="sr-only" role="status" data-testid="announcement">
        {announcement}
      </p>
      {restoredNote && (
        <p className="ledger-restored" data-testid="restored">
          {UI.restored(result !== null)}
          <button type="button" className="ledger-link" onClick={() => { setEntries([]); setResult(null); setRestoredNote(false); }}>
            {UI.startOver}
          </button>
        </p>
      )}
      {problem && (
        <p role="alert" className="ledger-problem">
          {problem}
        </p>
      )}
      {result && <ReadReport report={result.report} />}
      {result && (
        <Suspense fallback={<p role="status">{UI.showingResults}</p>}>
          <Findings report={result.report} rows={result.rows} focusHeading={justChecked} />
        </Suspense>
      )}
    </div>
  );
}

/** The stage and rule running, and a bar over the whole check that moves within a long rule (an estimate, said so). */
function CheckProgress({ progress }: { progress: Progress }) {
  // The clock that moves the estimated bar between the engine's reports (and shows a long rule is alive): it ticks
  // here, so only the progress line is drawn again four times a second, not the file list and the settings form.
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, []);
  const estimated = progress.track ? estimate(progress.track, Math.max(now, progress.track.at)) : null;
  // The total is re-estimated once the rows are counted: the bar never moves back for that.
  const furthest = useRef(0);
  const guess = estimated && { ...estimated, fraction: (furthest.current = Math.max(furthest.current, estimated.fraction)) };
  const seconds = Math.floor((now - progress.since) / 1000);
  const slow = seconds >= 2 ? (guess?.overdue ? UI.progress.slower(seconds) : UI.stageSeconds(seconds)) : null;
  return (
    <div className="ledger-progress" data-testid="check-progress" data-stage={progress.stage} data-done={progress.done} data-rule={progress.rule} data-fraction={guess ? guess.fraction.toFixed(4) : undefined}>
      <span>
        {UI.stages[progress.stage] ?? progress.stage}
        {progress.stage === 'rules' ? ` ${progress.done}/${progress.total}` : ''}
        {progress.rule ? ` · ${UI.progress.rule(progress.rule)}` : ''}
      </span>
      <progress aria-label={UI.progress.barLabel} title={UI.progress.note} max={1000} value={guess ? Math.round(guess.fraction * 1000) : undefined} />
      {guess && <span data-testid="check-estimate">{UI.progress.estimate(guess.fraction, guess.remainingMs)}</span>}
      {slow && <span>{slow}</span>}
    </div>
  );
}

function announce(report: CheckReport): string {
  return UI.announce(countBySeverity(report.findings), report.files.length);
}
