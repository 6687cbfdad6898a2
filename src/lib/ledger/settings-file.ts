/**
 * The school's settings as a file: written by the page (设置 › 下载设置文件), read back by the page and
 * by `kehou check --settings`. The file is the settings object itself, as JSON. Reading never throws:
 * a bad file gets a Chinese message that names the file and the setting, and the caller keeps what it had.
 */
import { z } from 'zod';
import { LedgerSettingsSchema, type LedgerSettings } from './settings.ts';

export const SETTINGS_FILE_NAME = '台账自查设置.json';

const LABELS: Record<string, string> = {
  semesters: '学期',
  name: '名称',
  start: '开始',
  end: '结束',
  periods: '时段',
  parentsOffWork: '家长下班时间',
  lessonMinutes: '一课时分钟数',
  nonSchoolDays: '非上课日',
  extraSchoolDays: '上课日',
  fundFen: '经费(分)',
  columns: '列对应',
};

/** `['semesters', 1, 'start']` → `学期第 2 项的开始`. */
export function settingPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `第 ${part + 1} 项`;
    else out += `${out ? '的' : ''}${LABELS[String(part)] ?? String(part)}`;
  }
  return out;
}

/** The first problem of a settings object, in Chinese, or the settings ready for the check. */
export function checkSettings(value: unknown): { ok: true; settings: LedgerSettings } | { ok: false; message: string } {
  const parsed = LedgerSettingsSchema.safeParse(value, { error: z.locales.zhCN().localeError });
  if (parsed.success) return { ok: true, settings: parsed.data };
  const issue = parsed.error.issues[0]!;
  const where = settingPath(issue.path);
  return { ok: false, message: where ? `「${where}」(${issue.path.join('.')})${issue.message}` : issue.message };
}

export function settingsToJson(settings: LedgerSettings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

export function readSettingsFile(name: string, text: string): { ok: true; settings: LedgerSettings } | { ok: false; message: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: `设置文件「${name}」不是有效的 JSON,没有载入。请使用本页“下载设置文件”得到的文件。` };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, message: `设置文件「${name}」不是台账自查的设置(应为一个对象),没有载入。` };
  }
  const checked = checkSettings(raw);
  return checked.ok ? checked : { ok: false, message: `设置文件「${name}」中${checked.message},没有载入。` };
}
