import { useState } from 'react';
import { defaultSettings, type LedgerSettings } from '../../lib/ledger/index.ts';
import { HOLIDAY_DATA_LAST_YEAR } from '../../lib/calendar/index.ts';
import { readSettingsFile, settingsToJson, SETTINGS_FILE, SETTINGS_FILE_NAME } from '../../lib/ledger/settings-file.ts';
import { jsonSizeProblem } from '../../lib/files/json-file.ts';
import { download } from '../download.ts';
import { acceptsSetting, calendarExceptions, nonSchoolDaysText, parseNonSchoolDays, settingLimits, splitDateList, type NonSchoolDay } from '../../lib/ledger/settings.ts';
import { parseYuan } from '../../lib/units/money.ts';
import { LEDGER_UI } from '../../lib/ledger/ui-text.ts';

const UI = LEDGER_UI.settings;

const LESSON_MINUTES = settingLimits('lessonMinutes');
const EXTERNAL_SHARE = settingLimits('externalShareMax');

interface Props {
  settings: LedgerSettings;
  onChange: (settings: LedgerSettings) => void;
}

/** A list of dates edited as text, committed when the field loses focus. */
function DateList({ label, value, onCommit }: { label: string; value: string[]; onCommit: (dates: string[]) => void }) {
  const [text, setText] = useState(value.join('\n'));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value.join('\n'));
  }
  return (
    <label className="ledger-date-list">
      {label}
      <textarea rows={4} value={text} placeholder={UI.datesPlaceholder} onChange={(e) => setText(e.currentTarget.value)} onBlur={() => onCommit(splitDateList(text))} />
    </label>
  );
}

/** The school's closed days, a date and an optional reason a line, committed when the field loses focus. */
function NonSchoolDayList({ value, onCommit }: { value: NonSchoolDay[]; onCommit: (days: NonSchoolDay[]) => void }) {
  const [text, setText] = useState(nonSchoolDaysText(value));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(nonSchoolDaysText(value));
  }
  return (
    <label className="ledger-date-list">
      {UI.nonSchoolDays}
      <textarea rows={4} value={text} placeholder={UI.nonSchoolDaysPlaceholder} onChange={(e) => setText(e.currentTarget.value)} onBlur={() => onCommit(parseNonSchoolDays(text))} />
    </label>
  );
}

/** Per semester, the weekdays without service and the weekend days with it, as the check will count them. */
function CalendarExceptions({ settings }: { settings: LedgerSettings }) {
  return (
    <details className="ledger-calendar">
      <summary>{UI.calendar}</summary>
      <ul>
        {calendarExceptions(settings).map((s) => (
          <li key={s.name}>{UI.calendarLine(s.name, s.schoolDays, s.weekdaysOff, s.weekendsOn)}</li>
        ))}
      </ul>
    </details>
  );
}

export function SettingsForm({ settings, onChange }: Props) {
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  // The settings before the last import or reset, so that either can be undone.
  const [undo, setUndo] = useState<{ done: string; before: LedgerSettings } | null>(null);
  const replace = (next: LedgerSettings, done: string) => {
    setUndo({ done, before: settings });
    onChange(next);
  };
  const set = <K extends keyof LedgerSettings>(key: K, value: LedgerSettings[K]) => onChange({ ...settings, [key]: value });
  const setSemester = (i: number, change: Partial<LedgerSettings['semesters'][number]>) =>
    set('semesters', settings.semesters.map((s, k) => (k === i ? { ...s, ...change } : s)));
  const setPeriod = (i: number, change: Partial<LedgerSettings['periods'][number]>) =>
    set('periods', settings.periods.map((p, k) => (k === i ? { ...p, ...change } : p)));

  return (
    <section className="ledger-settings" aria-labelledby="ledger-settings-title">
      <h2 id="ledger-settings-title">{UI.title}</h2>
      <details>
        <summary>{UI.summary(settings)}</summary>
        <p>{UI.local}</p>
        <fieldset>
          <legend>{UI.semesters}</legend>
          {settings.semesters.map((s, i) => (
            <div key={i} className="ledger-settings-row">
              <label>
                {UI.name}
                <input value={s.name} onChange={(e) => setSemester(i, { name: e.currentTarget.value })} />
              </label>
              <label>
                {UI.start}
                <input type="date" value={s.start} onChange={(e) => setSemester(i, { start: e.currentTarget.value })} />
              </label>
              <label>
                {UI.end}
                <input type="date" value={s.end} onChange={(e) => setSemester(i, { end: e.currentTarget.value })} />
              </label>
              <button type="button" onClick={() => set('semesters', settings.semesters.filter((_, k) => k !== i))} disabled={settings.semesters.length === 1}>
                {UI.remove}
              </button>
            </div>
          ))}
          <button type="button" onClick={() => set('semesters', [...settings.semesters, { name: UI.newSemester, start: '', end: '' }])}>
            {UI.addSemester}
          </button>
        </fieldset>
        <fieldset>
          <legend>{UI.periods}</legend>
          {settings.periods.map((p, i) => (
            <div key={p.name} className="ledger-settings-row">
              <span>{p.name}</span>
              <label>
                {UI.start}
                <input type="time" value={p.start} onChange={(e) => setPeriod(i, { start: e.currentTarget.value })} />
              </label>
              <label>
                {UI.end}
                <input type="time" value={p.end} onChange={(e) => setPeriod(i, { end: e.currentTarget.value })} />
              </label>
            </div>
          ))}
        </fieldset>
        <div className="ledger-settings-row">
          <label>
            {UI.parentsOffWork}
            <input type="time" value={settings.parentsOffWork} onChange={(e) => set('parentsOffWork', e.currentTarget.value)} />
          </label>
          <label>
            {UI.lessonMinutes}
            <input
              type="number"
              min={LESSON_MINUTES.min}
              max={LESSON_MINUTES.max}
              value={settings.lessonMinutes}
              onChange={(e) => {
                const n = e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value);
                if (acceptsSetting('lessonMinutes', n)) set('lessonMinutes', n);
              }}
            />
          </label>
          <label>
            {UI.fund}
            <input
              type="number"
              min={0}
              step={0.01}
              value={settings.fundFen === undefined ? '' : settings.fundFen / 100}
              onChange={(e) => {
                const fund = parseYuan(e.currentTarget.value);
                onChange({ ...settings, fundFen: fund.ok ? fund.fen : undefined });
              }}
            />
          </label>
        </div>
        <NonSchoolDayList value={settings.nonSchoolDays} onCommit={(d) => set('nonSchoolDays', d)} />
        <DateList label={UI.extraSchoolDays} value={settings.extraSchoolDays} onCommit={(d) => set('extraSchoolDays', d)} />
        <p>{UI.holidayData(HOLIDAY_DATA_LAST_YEAR)}</p>
        <DateList label={UI.holidays(HOLIDAY_DATA_LAST_YEAR)} value={settings.holidays} onCommit={(d) => set('holidays', d)} />
        <DateList label={UI.workdays(HOLIDAY_DATA_LAST_YEAR)} value={settings.workdays} onCommit={(d) => set('workdays', d)} />
        <div className="ledger-settings-row">
          <label>
            <input type="checkbox" checked={settings.dutyRoster} onChange={(e) => set('dutyRoster', e.currentTarget.checked)} />
            {UI.dutyRoster}
          </label>
          <label>
            {UI.externalShare}
            <input
              type="number"
              min={EXTERNAL_SHARE.min}
              max={EXTERNAL_SHARE.max}
              value={settings.externalShareMax}
              onChange={(e) => {
                const n = e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value);
                if (acceptsSetting('externalShareMax', n)) set('externalShareMax', n);
              }}
            />
          </label>
        </div>
        <CalendarExceptions settings={settings} />
        <div className="ledger-settings-row">
          <button type="button" onClick={() => replace(defaultSettings(), UI.wasReset)}>
            {UI.reset}
          </button>
          <button type="button" onClick={() => download(SETTINGS_FILE_NAME, settingsToJson(settings), 'application/json;charset=utf-8')}>
            {UI.download}
          </button>
          <label className="ledger-settings-file">
            {UI.load}
            <input
              type="file"
              accept=".json,application/json"
              onChange={async (e) => {
                const input = e.currentTarget;
                const file = input.files?.[0];
                input.value = '';
                if (!file) return;
                const tooLarge = jsonSizeProblem(SETTINGS_FILE, file.name, file.size);
                if (tooLarge) return setFileProblem(tooLarge);
                const read = readSettingsFile(file.name, new Uint8Array(await file.arrayBuffer()));
                if (read.ok) {
                  setFileProblem(null);
                  replace(read.settings, [UI.loaded(file.name), ...read.notes].join(' '));
                } else {
                  setFileProblem(read.message);
                }
              }}
            />
          </label>
        </div>
        <p className="ledger-hint">{UI.cliHint(SETTINGS_FILE_NAME)}</p>
        {undo && (
          <p className="ledger-hint" role="status">
            {undo.done}
            <button
              type="button"
              onClick={() => {
                onChange(undo.before);
                setUndo(null);
              }}
            >
              {UI.undo}
            </button>
          </p>
        )}
        {fileProblem && (
          <p role="alert" className="ledger-problem">
            {fileProblem}
          </p>
        )}
      </details>
    </section>
  );
}
