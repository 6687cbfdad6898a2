/**
 * Every JSON file the tools write and read back (台账自查 settings, 经费分配 scenarios, 一校一方案 plans):
 * each carries a format name and a version at its top (`"format": "kehou-ledger-settings", "version": 1`),
 * so that `{}` or another tool's file is refused by name instead of silently read as defaults. Reading
 * never throws: it checks the size before parsing, the format, the version (upgrading older ones step by
 * step), then the schema, and says in Chinese which file and which field is wrong.
 */
import type { z } from 'zod';
import { ZH } from './zod-zh.ts';
import { describePath, type PathLabels } from './path.ts';
import { fileText } from './messages.ts';

/** One kind of JSON file. `schema` reads the whole object (its `format`/`version` keys may be left out of it). */
export interface JsonFileFormat<T> {
  format: string;
  version: number;
  /** What the user calls the file: 台账自查设置文件. */
  label: string;
  schema: z.ZodType<T>;
  /** Field labels for messages (path.ts). */
  labels?: PathLabels;
  /** Default 1 MB: far above any real file, far below what hangs a tab. */
  maxBytes?: number;
  /** `migrations[n]` turns version n's data into version n + 1's. */
  migrations?: Readonly<Record<number, (data: Record<string, unknown>) => Record<string, unknown>>>;
  /** Files written before formats had names: recognised by their shape, read as version 1. */
  legacy?: (data: Record<string, unknown>) => boolean;
}

export type JsonFileResult<T> = { ok: true; value: T; notes: string[] } | { ok: false; messages: string[] };

export const DEFAULT_JSON_MAX_BYTES = 1024 * 1024;

/** The format names kehou writes, so that a file of another tool is named as what it is. */
export const KNOWN_FORMATS: Readonly<Record<string, string>> = {
  'kehou-ledger-settings': '台账自查设置文件',
  'kehou-allocation-scenario': '经费分配方案文件',
  'kehou-plan': '一校一方案文件',
};

const limitOf = (format: JsonFileFormat<unknown>) => format.maxBytes ?? DEFAULT_JSON_MAX_BYTES;

/** Checked before a file is read at all (the page knows `File.size`, the CLI `stat`): null = fine. */
export function jsonSizeProblem(format: JsonFileFormat<unknown>, file: string, size: number): string | null {
  return size > limitOf(format) ? fileText('jsonTooLarge', { file, label: format.label, size, limit: limitOf(format) }) : null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One place the schema refuses: `where` in the page's words, `path` as written in the file, zod's Chinese message. */
export interface JsonIssue {
  where: string;
  path: string;
  message: string;
}

/** The schema's verdict on parsed data: the value, or up to 10 issues, one per place. */
export function checkJson<T>(format: JsonFileFormat<T>, data: unknown): { ok: true; value: T } | { ok: false; issues: JsonIssue[] } {
  const parsed = format.schema.safeParse(data, ZH);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = new Map<string, JsonIssue>();
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    if (!issues.has(path)) issues.set(path, { where: describePath(issue.path, format.labels ?? {}), path, message: issue.message });
    if (issues.size >= 10) break;
  }
  return { ok: false, issues: [...issues.values()] };
}

export function readJsonFile<T>(format: JsonFileFormat<T>, file: string, input: string | Uint8Array): JsonFileResult<T> {
  const fail = (message: string): JsonFileResult<T> => ({ ok: false, messages: [message] });
  // Characters ≤ bytes, so a text longer than the limit is certainly over it in bytes.
  const tooLarge = jsonSizeProblem(format, file, input.length);
  if (tooLarge) return fail(tooLarge);
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return fail(fileText('jsonNotText', { file, label: format.label }));
    }
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail(fileText('jsonNotJson', { file, label: format.label }));
  }
  if (!isObject(data)) return fail(fileText('jsonNotObject', { file, label: format.label }));

  let version: unknown = data.version;
  if (data.format === undefined) {
    if (!format.legacy?.(data)) return fail(fileText('jsonUnnamed', { file, label: format.label }));
    version = 1;
  } else if (data.format !== format.format) {
    const other = typeof data.format === 'string' ? KNOWN_FORMATS[data.format] : undefined;
    return fail(other ? fileText('jsonForeign', { file, label: format.label, other }) : fileText('jsonUnnamed', { file, label: format.label }));
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail(fileText('jsonVersionUnknown', { file, label: format.label, version: String(version) }));
  if (version > format.version) return fail(fileText('jsonNewer', { file, label: format.label, version, current: format.version }));

  let current: Record<string, unknown> = data;
  for (let v = version; v < format.version; v++) {
    const step = format.migrations?.[v];
    if (!step) return fail(fileText('jsonVersionUnknown', { file, label: format.label, version: String(v) }));
    try {
      current = step(current);
    } catch {
      return fail(fileText('jsonVersionUnknown', { file, label: format.label, version: String(v) }));
    }
  }
  const checked = checkJson(format, { ...current, format: format.format, version: format.version });
  if (!checked.ok) return { ok: false, messages: checked.issues.map((i) => fileText('jsonInvalid', { file, where: i.where, path: i.path, message: i.message })) };
  const notes: string[] = [];
  if (version < format.version) notes.push(fileText('jsonMigrated', { label: format.label, from: version, to: format.version }));
  // An older version's keys are its migrations' business; a current file's unknown keys are the user's slip.
  const unknown = version === format.version ? unknownKeys(format, current) : [];
  if (unknown.length > 0) notes.push(fileText('jsonUnknownKeys', { file, label: format.label, keys: unknown }));
  return { ok: true, value: checked.value, notes };
}

/**
 * Top-level keys the schema does not know (a misspelt `externalShareMx` would otherwise be dropped without a word and
 * its default used): said as a note, the file still read. Only for object schemas; `format`/`version` are the file's own.
 */
export function unknownKeys(format: JsonFileFormat<unknown>, data: Record<string, unknown>): string[] {
  const shape = (format.schema as { shape?: unknown }).shape;
  if (!isObject(shape)) return [];
  return Object.keys(data).filter((key) => key !== 'format' && key !== 'version' && !(key in shape));
}

/** The file's text: the format name and version first, then the value's own fields. */
export function writeJsonFile<T>(format: JsonFileFormat<T>, value: T): string {
  return `${JSON.stringify({ format: format.format, version: format.version, ...(value as object) }, null, 2)}\n`;
}
