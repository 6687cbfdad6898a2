import '../../lib/zod-setup.ts';
/**
 * 一校一方案 page: a step-by-step form beside a live 公文 preview, the checks with their clauses,
 * and the exports. All domain work is in src/lib/plan; this file holds state and wiring only.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { emptyPlan, reviewStatus } from '../../lib/plan/schema.ts';
import { shanghaiDate } from '../../lib/units/dates.ts';
import { SEVERITIES } from '../../lib/policy/severity.ts';
import { MESSAGES, REVIEW_STATUS_LABELS, UI } from '../../lib/plan/messages.ts';
import { withReview } from '../../lib/plan/file.ts';
import { ReviewBanner } from './ReviewStatus.tsx';
import type { Plan, Stage } from '../../lib/plan/schema.ts';
import { checkPlan } from '../../lib/plan/checks.ts';
import { buildPlan } from '../../lib/plan/document.ts';
import { presetPlan, presetWouldOverwrite } from '../../lib/plan/presets.ts';
import { planFileSizeProblem, readPlanJson } from '../../lib/plan/migrate.ts';
import { STEPS, fieldId, progress, stepOf } from '../../lib/plan/steps.ts';
import { StepForm } from './StepForm.tsx';
import { Preview } from './Preview.tsx';
import { Findings } from './Findings.tsx';
import { exportDocx, exportJson, exportMarkdown } from './exports.ts';
import { browserStore, loadStep, saveStep } from './storage.ts';
import { asideDrafts, discardAside, loadDraft, readAside, saveDraft } from '../../lib/plan/draft-store.ts';
import type { AsideKey } from '../../lib/plan/draft-store.ts';
import { DraftRescue } from './DraftRescue.tsx';
import { saveBlob } from '../download.ts';
import type { Form } from './form.ts';
import './plan.css';
import { errorMessage } from '../../lib/errors.ts';

/** Marks a pending focus on the step's heading rather than on a field. */
const STEP_HEADING = '#step';

type Notice = { kind: 'error' | 'info'; lines: string[] };

/** Whether autosave works: saved, failed (store full), paused (an unreadable draft could not be set aside), unavailable. */
type SaveState = 'saved' | 'failed' | 'paused' | 'unavailable';

const today = () => shanghaiDate();

function initial(): { plan: Plan; notice: Notice | null; save: SaveState; raw: string | null } {
  const draft = loadDraft(browserStore());
  switch (draft.kind) {
    case 'none':
      return { plan: emptyPlan(), notice: null, save: 'saved', raw: null };
    case 'unavailable':
      return { plan: emptyPlan(), notice: null, save: 'unavailable', raw: null };
    case 'ok':
      return { plan: draft.plan, notice: draft.notes.length ? { kind: 'info', lines: draft.notes } : null, save: 'saved', raw: null };
    case 'unreadable':
      return draft.aside
        ? { plan: emptyPlan(), notice: { kind: 'error', lines: [...draft.messages, MESSAGES.draftAside] }, save: 'saved', raw: null }
        : { plan: emptyPlan(), notice: { kind: 'error', lines: [...draft.messages, MESSAGES.draftNotAside] }, save: 'paused', raw: draft.raw };
  }
}

/** Focuses the control for a path, or the nearest enclosing group that exists. */
function focusField(path: string): void {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const el = document.getElementById(fieldId(parts.slice(0, n).join('.')));
    if (!el) continue;
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
    return;
  }
}

export default function PlanBuilder() {
  const [start] = useState(initial);
  const [plan, setPlan] = useState<Plan>(start.plan);
  const [notice, setNotice] = useState<Notice | null>(start.notice);
  const [save, setSave] = useState<SaveState>(start.save);
  const [aside, setAside] = useState(() => asideDrafts(browserStore()));
  const [step, setStep] = useState(() => Math.min(Math.max(loadStep(), 0), STEPS.length - 1));
  const [undo, setUndo] = useState<{ plan: Plan; label: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [pendingPreset, setPendingPreset] = useState<Stage | null>(null);
  const [ready, setReady] = useState(false);
  const pendingFocus = useRef<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  // The checks run once per change; the form, the step list and the document share their findings.
  const findings = useMemo(() => checkPlan(plan), [plan]);
  const doc = useMemo(() => buildPlan(plan, findings), [plan, findings]);
  const unanswered = useMemo(() => new Set(findings.filter((f) => f.rule === 'plan.unanswered').map((f) => f.path)), [findings]);
  const perStep = useMemo(() => progress(findings), [findings]);

  useEffect(() => setReady(true), []);
  // Autosave after every change, unless paused to protect an unreadable draft; the status line says what happened.
  useEffect(() => {
    if (save === 'paused' || save === 'unavailable') return;
    setSave(saveDraft(browserStore(), plan) ? 'saved' : 'failed');
  }, [plan, save]);
  useEffect(() => saveStep(step), [step]);
  // Keep the current step visible in the one-row step list, without scrolling the page.
  const stepList = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const list = stepList.current;
    const current = list?.querySelector<HTMLElement>('[aria-current="step"]')?.parentElement;
    if (list && current) list.scrollLeft = current.offsetLeft - (list.clientWidth - current.offsetWidth) / 2;
  }, [step, ready]);
  useEffect(() => {
    const pending = pendingFocus.current;
    pendingFocus.current = null;
    if (pending === STEP_HEADING) {
      const heading = document.getElementById('plan-step-title');
      heading?.focus({ preventScroll: true });
      heading?.scrollIntoView({ block: 'nearest' });
    } else if (pending) focusField(pending);
  });

  const form: Form = {
    plan,
    findings,
    unanswered,
    edit: (change) =>
      setPlan((p) => {
        const next = structuredClone(p);
        change(next);
        return next;
      }),
  };

  function openStep(i: number) {
    pendingFocus.current = STEP_HEADING;
    setStep(i);
  }

  function goTo(path: string) {
    pendingFocus.current = path;
    setStep(stepOf(path));
  }

  /** A preset over typed content asks first; over an empty plan it fills at once. Either way it can be undone. */
  function applyPreset(stage: Stage, confirmed = false) {
    if (!confirmed && presetWouldOverwrite(plan)) {
      setPendingPreset(stage);
      return;
    }
    setPendingPreset(null);
    setUndo({ plan, label: UI.undoPreset(stage) });
    setPlan(presetPlan(stage, plan));
    setNotice({ kind: 'info', lines: [MESSAGES.presetApplied(stage)] });
  }

  async function openFile(file: File) {
    const tooLarge = planFileSizeProblem(file.name, file.size);
    if (tooLarge) {
      setNotice({ kind: 'error', lines: [tooLarge, MESSAGES.fileKept] });
      return;
    }
    const result = readPlanJson(file.name, new Uint8Array(await file.arrayBuffer()));
    if (!result.ok) {
      setNotice({ kind: 'error', lines: [...result.messages, MESSAGES.fileKept] });
      return;
    }
    setUndo({ plan, label: UI.undoOpen(file.name) });
    setPlan(result.plan);
    setNotice({ kind: 'info', lines: [UI.opened(file.name), ...result.notes] });
  }

  function downloadRaw(text: string) {
    saveBlob(UI.rawDraftFile, new Blob([text], { type: 'application/json;charset=utf-8' }));
  }

  function restoreAside(key: AsideKey) {
    const read = readAside(browserStore(), key);
    if (!read) return setAside(asideDrafts(browserStore()));
    if (!read.ok) return setNotice({ kind: 'error', lines: [MESSAGES.asideStillUnreadable, ...read.messages] });
    setUndo({ plan, label: UI.undoRestore });
    setPlan(read.plan);
    setNotice({ kind: 'info', lines: [MESSAGES.asideRestored, ...read.notes] });
  }

  function discard(key: AsideKey) {
    discardAside(browserStore(), key);
    setAside(asideDrafts(browserStore()));
  }

  function submit() {
    const date = today();
    const next = withReview(plan, { status: 'submitted', date });
    setUndo({ plan, label: UI.undoSubmit });
    setPlan(next);
    void run(() => {
      exportJson(next);
      setNotice({ kind: 'info', lines: [MESSAGES.submitted(date)] });
    }, UI.failSave);
  }

  function backToDraft() {
    setUndo({ plan, label: UI.undoDraft });
    setPlan((p) => {
      const { review: _review, ...rest } = p;
      return rest;
    });
  }

  async function run(action: () => void | Promise<void>, failure: string) {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      setNotice({ kind: 'error', lines: [UI.failed(failure, errorMessage(error))] });
    } finally {
      setBusy(false);
    }
  }

  const current = STEPS[step]!;
  return (
    <div className="plan-builder not-content" data-state={ready ? 'ready' : 'loading'}>
      <div className="plan-toolbar" role="toolbar" aria-label={UI.toolbar}>
        <button type="button" disabled={busy} onClick={() => run(() => exportDocx(plan), UI.failDocx)}>
          {UI.downloadDocx}
        </button>
        <button type="button" onClick={() => run(() => exportMarkdown(plan), UI.failMarkdown)}>
          {UI.downloadMarkdown}
        </button>
        <button type="button" onClick={() => run(() => exportJson(plan), UI.failSave)}>
          {UI.saveJson}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {UI.openJson}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          className="sr-only"
          aria-label={UI.chooseJson}
          tabIndex={-1}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void run(() => openFile(file), UI.failRead);
          }}
        />
        <button type="button" onClick={() => window.print()}>
          {UI.print}
        </button>
        <span className="plan-saved" aria-live="polite" data-save={save}>
          {save === 'saved' && `${MESSAGES.saveOk} · `}
          {MESSAGES.reviewStatusLine(REVIEW_STATUS_LABELS[reviewStatus(plan)])}
        </span>
      </div>

      {save !== 'saved' && (
        <div className="plan-notice" data-kind="error" role="alert" data-testid="plan-save-problem">
          <p>{{ failed: MESSAGES.saveFailed, paused: MESSAGES.savePaused, unavailable: MESSAGES.saveUnavailable }[save]}</p>
          {save === 'paused' && start.raw !== null && (
            <div className="plan-notice-actions">
              <button type="button" onClick={() => downloadRaw(start.raw!)}>
                {MESSAGES.draftDownload}
              </button>
              <button
                type="button"
                onClick={() => {
                  setSave('saved');
                  setNotice({ kind: 'info', lines: [MESSAGES.draftResumed] });
                }}
              >
                {MESSAGES.draftResume}
              </button>
            </div>
          )}
        </div>
      )}

      <DraftRescue drafts={aside} onRestore={restoreAside} onDownload={downloadRaw} onDiscard={discard} />

      {notice && (
        <div className="plan-notice" data-kind={notice.kind} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.lines.map((l, i) => (
            <p key={i}>{l}</p>
          ))}
          <div className="plan-notice-actions">
            {undo && (
              <button
                type="button"
                onClick={() => {
                  setPlan(undo.plan);
                  setUndo(null);
                  setNotice({ kind: 'info', lines: [UI.undone(undo.label)] });
                }}
              >
                {UI.undo(undo.label)}
              </button>
            )}
            <button type="button" onClick={() => setNotice(null)}>
              {UI.dismiss}
            </button>
          </div>
        </div>
      )}

      <ReviewBanner plan={plan} />

      <div className="plan-columns">
        <div className="plan-form-column">
          <nav className="plan-steps" aria-label={UI.steps}>
            <ol ref={stepList}>
              {STEPS.map((s, i) => {
                const p = perStep[i]!;
                const done = SEVERITIES.every((sev) => p[sev] === 0);
                return (
                  <li key={s.id} data-step={s.id} data-done={done || undefined}>
                    <button type="button" aria-current={i === step ? 'step' : undefined} onClick={() => openStep(i)}>
                      <span className="plan-step-title">
                        {i + 1}. {s.title}
                      </span>
                      <span className="plan-step-state">
                        {UI.stepState(p)}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ol>
          </nav>

          <section className="plan-step" aria-labelledby="plan-step-title" data-step={current.id}>
            <h2 id="plan-step-title" tabIndex={-1}>
              {step + 1}. {current.title}
            </h2>
            {pendingPreset && (
              <div className="plan-confirm" role="alertdialog" aria-labelledby="plan-confirm-text" data-testid="plan-preset-confirm">
                <p id="plan-confirm-text">{MESSAGES.presetConfirm(pendingPreset)}</p>
                <div className="plan-notice-actions">
                  <button type="button" onClick={() => applyPreset(pendingPreset, true)}>
                    {MESSAGES.presetConfirmButton(pendingPreset)}
                  </button>
                  <button type="button" autoFocus onClick={() => setPendingPreset(null)}>
                    {MESSAGES.presetCancel}
                  </button>
                </div>
              </div>
            )}
            <StepForm step={current} form={form} actions={{ onPreset: applyPreset, onSubmit: submit, onBackToDraft: backToDraft }} />
            <div className="plan-step-nav">
              <button type="button" disabled={step === 0} onClick={() => openStep(step - 1)}>
                {UI.previous}
              </button>
              <button type="button" disabled={step === STEPS.length - 1} onClick={() => openStep(step + 1)}>
                {UI.next}
              </button>
            </div>
          </section>

          <Findings findings={findings} onGo={goTo} />
        </div>

        {/* Scrolls on its own beside the form, so it takes keyboard focus. */}
        <section className="plan-preview-column" aria-labelledby="plan-preview-title" tabIndex={0}>
          <h2 id="plan-preview-title">{UI.preview}</h2>
          <Preview doc={doc} />
        </section>
      </div>
    </div>
  );
}
