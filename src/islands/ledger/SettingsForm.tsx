import { useState } from 'react';
import { defaultSettings, type LedgerSettings } from '../../lib/ledger/index.ts';
import { HOLIDAY_DATA_LAST_YEAR } from '../../lib/calendar/index.ts';
import { readSettingsFile, settingsToJson, SETTINGS_FILE, SETTINGS_FILE_NAME } from '../../lib/ledger/settings-file.ts';
import { jsonSizeProblem } from '../../lib/files/json-file.ts';
import { download } from '../download.ts';
import { acceptsSetting, calendarExceptions, nonSchoolDaysText, parseNonSchoolDays, settingLimits, type NonSchoolDay } from '../../lib/ledger/settings.ts';
import { NON_SCHOOL_DAYS_TEXT } from '../../lib/ledger/messages.ts';
import { parseYuan } from '../../lib/units/money.ts';

const LESSON_MINUTES = settingLimits('lessonMinutes');
const EXTERNAL_SHARE = settingLimits('externalShareMax');

interface Props {
  settings: LedgerSettings;
  onChange: (settings: LedgerSettings) => void;
}

const splitDates = (text: string) => text.split(/[\s,,、;;]+/).filter(Boolean);

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
      <textarea rows={4} value={text} placeholder="每行一个日期,例如 2024-11-15" onChange={(e) => setText(e.currentTarget.value)} onBlur={() => onCommit(splitDates(text))} />
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
      {NON_SCHOOL_DAYS_TEXT.label}
      <textarea rows={4} value={text} placeholder={NON_SCHOOL_DAYS_TEXT.placeholder} onChange={(e) => setText(e.currentTarget.value)} onBlur={() => onCommit(parseNonSchoolDays(text))} />
    </label>
  );
}

/** Per semester, the weekdays without service and the weekend days with it, as the check will count them. */
function CalendarExceptions({ settings }: { settings: LedgerSettings }) {
  return (
    <details className="ledger-calendar">
      <summary>查看各学期按此设置计算的非上课日和调休上课日</summary>
      <ul>
        {calendarExceptions(settings).map((s) => (
          <li key={s.name}>
            {s.name}({s.schoolDays} 个上课日):工作日不上课 {s.weekdaysOff.join('、') || '无'};周末上课 {s.weekendsOn.join('、') || '无'}
          </li>
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
      <h2 id="ledger-settings-title">2. 学校设置</h2>
      <details>
        <summary>
          {settings.semesters.length} 个学期 · {settings.periods.map((p) => `${p.start}–${p.end}`).join('、')} · 家长下班 {settings.parentsOffWork} · 一课时{' '}
          {settings.lessonMinutes} 分钟(点击修改)
        </summary>
        <p>设置只保存在本机浏览器中。法定节假日和调休上班日已按国务院安排内置;下面只需填写本校另外的非上课日或上课日。</p>
        <fieldset>
          <legend>学期</legend>
          {settings.semesters.map((s, i) => (
            <div key={i} className="ledger-settings-row">
              <label>
                名称
                <input value={s.name} onChange={(e) => setSemester(i, { name: e.currentTarget.value })} />
              </label>
              <label>
                开始
                <input type="date" value={s.start} onChange={(e) => setSemester(i, { start: e.currentTarget.value })} />
              </label>
              <label>
                结束
                <input type="date" value={s.end} onChange={(e) => setSemester(i, { end: e.currentTarget.value })} />
              </label>
              <button type="button" onClick={() => set('semesters', settings.semesters.filter((_, k) => k !== i))} disabled={settings.semesters.length === 1}>
                删除
              </button>
            </div>
          ))}
          <button type="button" onClick={() => set('semesters', [...settings.semesters, { name: '新学期', start: '', end: '' }])}>
            添加学期
          </button>
        </fieldset>
        <fieldset>
          <legend>时段</legend>
          {settings.periods.map((p, i) => (
            <div key={p.name} className="ledger-settings-row">
              <span>{p.name}</span>
              <label>
                开始
                <input type="time" value={p.start} onChange={(e) => setPeriod(i, { start: e.currentTarget.value })} />
              </label>
              <label>
                结束
                <input type="time" value={p.end} onChange={(e) => setPeriod(i, { end: e.currentTarget.value })} />
              </label>
            </div>
          ))}
        </fieldset>
        <div className="ledger-settings-row">
          <label>
            家长下班时间
            <input type="time" value={settings.parentsOffWork} onChange={(e) => set('parentsOffWork', e.currentTarget.value)} />
          </label>
          <label>
            一课时分钟数
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
            本学期课后服务经费(元,可不填)
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
        <DateList label="本校另外的上课日" value={settings.extraSchoolDays} onCommit={(d) => set('extraSchoolDays', d)} />
        <p>
          内置节假日数据只到 {HOLIDAY_DATA_LAST_YEAR} 年;之后的年份请在下面补充国务院公布的放假日期和调休上班日(调休上班日在学期内按上课日计)。
          上面没有列出的学年,学期起止按上海已公布的校历,没有公布的按常规推定,检查时会提示核对。
        </p>
        <DateList label={`法定节假日(${HOLIDAY_DATA_LAST_YEAR} 年以后)`} value={settings.holidays} onCommit={(d) => set('holidays', d)} />
        <DateList label={`调休上班日(${HOLIDAY_DATA_LAST_YEAR} 年以后)`} value={settings.workdays} onCommit={(d) => set('workdays', d)} />
        <div className="ledger-settings-row">
          <label>
            <input type="checkbox" checked={settings.dutyRoster} onChange={(e) => set('dutyRoster', e.currentTarget.checked)} />
            台账记录行政人员值班(每个服务日应有一行职责为“值班管理”的记录)
          </label>
          <label>
            校外人员课时占比超过(%)时提示
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
          <button type="button" onClick={() => replace(defaultSettings(), '已恢复默认设置。')}>
            恢复默认设置
          </button>
          <button type="button" onClick={() => download(SETTINGS_FILE_NAME, settingsToJson(settings), 'application/json;charset=utf-8')}>
            下载设置文件
          </button>
          <label className="ledger-settings-file">
            载入设置文件
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
                  replace(read.settings, `已载入设置文件「${file.name}」。`);
                } else {
                  setFileProblem(read.message);
                }
              }}
            />
          </label>
        </div>
        <p className="ledger-hint">设置文件可在其他电脑上载入,也可交给命令行:kehou check 文件… --settings {SETTINGS_FILE_NAME}</p>
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
              撤销
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
