/**
 * The school's settings as a file: written by the page (设置 › 下载设置文件), read back by the page and
 * by `kehou check --settings`, through the one JSON-file reader (files/json-file.ts): the file names its
 * format and version, so `{}` or another tool's file is refused. Reading never throws: a bad file gets a
 * Chinese message that names the file and the setting, and the caller keeps what it had.
 */
import { describePath } from '../files/path.ts';
import { readJsonFile, checkJson, writeJsonFile, type JsonFileFormat } from '../files/json-file.ts';
import { LedgerSettingsSchema, type LedgerSettings } from './settings.ts';
import { SETTINGS_FILE_WORDS } from './messages.ts';

export const SETTINGS_FILE_NAME = SETTINGS_FILE_WORDS.fileName;

const LABELS = SETTINGS_FILE_WORDS.fields;

export const SETTINGS_FILE: JsonFileFormat<LedgerSettings> = {
  format: 'kehou-ledger-settings',
  version: 1,
  label: SETTINGS_FILE_WORDS.label,
  schema: LedgerSettingsSchema,
  labels: LABELS,
  maxBytes: 1024 * 1024,
  // Written by the page before files named their format: the settings object itself, every key present.
  legacy: (data) => ['semesters', 'periods', 'parentsOffWork', 'lessonMinutes'].every((k) => k in data),
};

/** `['semesters', 1, 'start']` → `学期 › 第 2 项 › 开始`. */
export const settingPath = (path: readonly PropertyKey[]): string => describePath(path, LABELS, '');

/** The first problem of a settings object, in Chinese, or the settings ready for the check. */
export function checkSettings(value: unknown): { ok: true; settings: LedgerSettings } | { ok: false; message: string } {
  const checked = checkJson(SETTINGS_FILE, value);
  if (checked.ok) return { ok: true, settings: checked.value };
  const issue = checked.issues[0]!;
  return { ok: false, message: SETTINGS_FILE_WORDS.invalid(issue) };
}

export function settingsToJson(settings: LedgerSettings): string {
  return writeJsonFile(SETTINGS_FILE, settings);
}

/** `notes`: what the reader says beside a good read (an older version upgraded, keys it does not know). */
export function readSettingsFile(
  name: string,
  input: string | Uint8Array,
): { ok: true; settings: LedgerSettings; notes: string[] } | { ok: false; message: string } {
  const read = readJsonFile(SETTINGS_FILE, name, input);
  return read.ok ? { ok: true, settings: read.value, notes: read.notes } : { ok: false, message: read.messages.join('\n') };
}
