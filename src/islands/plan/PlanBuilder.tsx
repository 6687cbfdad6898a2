/**
 * 一校一方案 page: a step-by-step form beside a live 公文 preview, the checks with their clauses,
 * and the exports. All domain work is in src/lib/plan; this file holds state and wiring only.
 */
import '../../lib/zod-setup.ts';
import { useEffect, useMemo, useRef, useState } from 'react';
import { emptyPlan, reviewStatus } from '../../lib/plan/schema.ts';
import { SEVERITIES, SEVERITY_LABELS } from '../../lib/policy/severity.ts';
import { MESSAGES, REVIEW_STATUS_LABELS } from '../../lib/plan/messages.ts';
import { withReview } from '../../lib/plan/file.ts';
import { ReviewBanner } from './ReviewStatus.tsx';
import type { Plan, Stage } from '../../lib/plan/schema.ts';
import { checkPlan } from '../../lib/plan/checks.ts';
import { buildPlan } from '../../lib/plan/document.ts';
import { presetPlan, presetWouldOverwrite } from '../../lib/plan/presets.ts';
import { readPlanJson } from '../../lib/plan/migrate.ts';
import { STEPS, fieldId, progress, stepOf } from '../../lib/plan/steps.ts';
import { StepForm } from './StepForm.tsx';
import { Preview } from './Preview.tsx';
import { Findings } from './Findings.tsx';
import { exportDocx, exportJson, exportMarkdown } from './exports.ts';
import { loadDraft, loadStep, saveDraft, saveStep } from './storage.ts';
import type { Form } from './form.ts';
import './plan.css';

/** Marks a pending focus on the step's heading rather than on a field. */
const STEP_HEADING = '#step';

type Notice = { kind: 'error' | 'info'; lines: string[] };

/** Today in the school's time zone as YYYY-MM-DD. */
function today(): string {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

function initial(): { plan: Plan; notice: Notice | null } {
  const draft = loadDraft();
  if (!draft) return { plan: emptyPlan(), notice: null };
  if (draft.ok) return { plan: draft.plan, notice: draft.notes.length ? { kind: 'info', lines: draft.notes } : null };
  return { plan: emptyPlan(), notice: { kind: 'error', lines: [...draft.messages, '未能读取的草稿已另存在浏览器中,没有被覆盖。'] } };
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
  useEffect(() => {
    if (!saveDraft(plan)) setNotice({ kind: 'error', lines: ['浏览器无法自动保存草稿(存储已满或被禁用)。请用「保存方案(JSON)」把方案存到本机。'] });
  }, [plan]);
  useEffect(() => saveStep(step), [step]);
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
    setUndo({ plan, label: `${stage}预设` });
    setPlan(presetPlan(stage, plan));
    setNotice({ kind: 'info', lines: [MESSAGES.presetApplied(stage)] });
  }

  async function openFile(file: File) {
    const result = readPlanJson(file.name, await file.text());
    if (!result.ok) {
      setNotice({ kind: 'error', lines: result.messages });
      return;
    }
    setUndo({ plan, label: `打开「${file.name}」` });
    setPlan(result.plan);
    setNotice({ kind: 'info', lines: [`已打开「${file.name}」。`, ...result.notes] });
  }

  function submit() {
    const date = today();
    const next = withReview(plan, { status: 'submitted', date });
    setUndo({ plan, label: '标记为已提交' });
    setPlan(next);
    void run(() => {
      exportJson(next);
      setNotice({ kind: 'info', lines: [MESSAGES.submitted(date)] });
    }, '无法保存方案');
  }

  function backToDraft() {
    setUndo({ plan, label: '改回草稿' });
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
      setNotice({ kind: 'error', lines: [`${failure}:${error instanceof Error ? error.message : String(error)}。请重试;方案内容不受影响。`] });
    } finally {
      setBusy(false);
    }
  }

  const current = STEPS[step]!;
  return (
    <div className="plan-builder not-content" data-state={ready ? 'ready' : 'loading'}>
      <div className="plan-toolbar" role="toolbar" aria-label="方案文件">
        <button type="button" disabled={busy} onClick={() => run(() => exportDocx(plan), '无法生成 Word 文件')}>
          下载 Word(.docx)
        </button>
        <button type="button" onClick={() => run(() => exportMarkdown(plan), '无法生成 Markdown 文件')}>
          下载 Markdown
        </button>
        <button type="button" onClick={() => run(() => exportJson(plan), '无法保存方案')}>
          保存方案(JSON)
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          打开方案(JSON)
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          className="sr-only"
          aria-label="选择方案 JSON 文件"
          tabIndex={-1}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void run(() => openFile(file), '无法读取文件');
          }}
        />
        <button type="button" onClick={() => window.print()}>
          打印 / 存为 PDF
        </button>
        <span className="plan-saved" aria-live="polite">
          草稿自动保存在本浏览器 · {MESSAGES.reviewStatusLine(REVIEW_STATUS_LABELS[reviewStatus(plan)])}
        </span>
      </div>

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
                  setNotice({ kind: 'info', lines: [`已撤销${undo.label}。`] });
                }}
              >
                撤销{undo.label}
              </button>
            )}
            <button type="button" onClick={() => setNotice(null)}>
              知道了
            </button>
          </div>
        </div>
      )}

      <ReviewBanner plan={plan} />

      <div className="plan-columns">
        <div className="plan-form-column">
          <nav className="plan-steps" aria-label="填写步骤">
            <ol>
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
                        {done ? '✓ 完成' : SEVERITIES.filter((sev) => p[sev] > 0).map((sev) => `${p[sev]} ${SEVERITY_LABELS[sev]}`).join(' · ')}
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
                上一步
              </button>
              <button type="button" disabled={step === STEPS.length - 1} onClick={() => openStep(step + 1)}>
                下一步
              </button>
            </div>
          </section>

          <Findings findings={findings} onGo={goTo} />
        </div>

        {/* Scrolls on its own beside the form, so it takes keyboard focus. */}
        <section className="plan-preview-column" aria-labelledby="plan-preview-title" tabIndex={0}>
          <h2 id="plan-preview-title">预览</h2>
          <Preview doc={doc} />
        </section>
      </div>
    </div>
  );
}
