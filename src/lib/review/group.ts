/**
 * A district's files → schools. Each school is a top folder (its name is the school's) or a workbook at
 * the top (named after the school). Inside a school: CSV and workbooks are its data, passed to the ledger
 * check by bytes as they are; `台账自查设置.json` its settings; any other JSON a plan. Plans at the top are
 * matched to schools once read (plans.ts). Whatever is not used is said in a note, never dropped silently.
 */
import { isClutter, unzip, type FileEntry, type ZipLimits } from './unzip.ts';
import type { ReviewNote } from './messages.ts';
import { SETTINGS_FILE_NAME } from '../ledger/settings-file.ts';

const DATA = /\.(csv|xlsx|xls)$/i;
const WORKBOOK = /\.(xlsx|xls)$/i;
const JSON_FILE = /\.json$/i;
const ZIP = /\.zip$/i;

export interface Named<T> {
  /** The path inside the school's folder (the file name for a workbook at the top). */
  name: string;
  item: T;
}

export interface SchoolFiles<T> {
  school: string;
  data: Named<T>[];
  plans: Named<T>[];
  settings: Named<T>[];
}

export interface Grouped<T> {
  schools: SchoolFiles<T>[];
  /** Plan files at the top, not in any school's folder: matched by the school named inside. */
  loosePlans: Named<T>[];
  notes: ReviewNote[];
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const stem = (name: string) => name.replace(/\.[^.]*$/, '');
const normalise = (path: string) => path.replace(/\\/g, '/').replace(/^\/+/, '').replace(/\/{2,}/g, '/');

/**
 * The folder the user picked (or the zip's one root folder) is not a school: it is stripped as long as
 * every path shares it and no data file would end up outside a school's folder.
 */
function stripCommonRoot(paths: string[][]): number {
  let depth = 0;
  for (;;) {
    const first = paths[0]?.[depth];
    if (first === undefined || !paths.every((p) => p.length > depth + 1 && p[depth] === first)) return depth;
    if (paths.some((p) => p.length === depth + 2 && /\.csv$/i.test(p[depth + 1]!))) return depth;
    depth++;
  }
}

export function groupSchools<T extends { path: string }>(items: readonly T[]): Grouped<T> {
  const notes: ReviewNote[] = [];
  const kept = items.map((item) => ({ item, parts: normalise(item.path).split('/') })).filter(({ item }) => !isClutter(normalise(item.path)));
  const depth = stripCommonRoot(kept.map((k) => k.parts));
  const schools = new Map<string, SchoolFiles<T>>();
  const school = (name: string) => {
    let s = schools.get(name);
    if (!s) schools.set(name, (s = { school: name, data: [], plans: [], settings: [] }));
    return s;
  };
  const loosePlans: Named<T>[] = [];
  for (const { item, parts } of kept) {
    const rest = parts.slice(depth);
    const fileName = rest[rest.length - 1]!;
    const where = normalise(item.path);
    if (rest.length === 1) {
      if (WORKBOOK.test(fileName)) school(stem(fileName)).data.push({ name: fileName, item });
      else if (JSON_FILE.test(fileName)) loosePlans.push({ name: fileName, item });
      else if (DATA.test(fileName)) notes.push({ code: 'file.outsideSchool', params: { file: where } });
      else notes.push({ code: 'file.notChecked', params: { file: where } });
      continue;
    }
    const name = rest.slice(1).join('/');
    const target = school(rest[0]!);
    if (DATA.test(fileName)) target.data.push({ name, item });
    else if (fileName === SETTINGS_FILE_NAME) target.settings.push({ name, item });
    else if (JSON_FILE.test(fileName)) target.plans.push({ name, item });
    else notes.push({ code: 'file.notChecked', params: { file: where } });
  }
  const sorted = [...schools.values()].sort((a, b) => byCodePoint(a.school, b.school));
  for (const s of sorted) {
    s.data.sort((a, b) => byCodePoint(a.name, b.name));
    s.plans.sort((a, b) => byCodePoint(a.name, b.name));
  }
  return { schools: sorted, loosePlans: loosePlans.sort((a, b) => byCodePoint(a.name, b.name)), notes };
}

/**
 * Every .zip among the files, opened in place: its entries take the zip's folder as their own, and a zip
 * of loose CSV files is one school named after the zip. A zip over the limits is refused with a note.
 */
export function expandZips(files: readonly FileEntry[], limits?: ZipLimits): { files: FileEntry[]; notes: ReviewNote[] } {
  const out: FileEntry[] = [];
  const notes: ReviewNote[] = [];
  for (const file of files) {
    const path = normalise(file.path);
    if (!ZIP.test(path)) {
      out.push(file);
      continue;
    }
    const opened = unzip(path, file.bytes, limits);
    if (!opened.ok) {
      notes.push(opened.note);
      continue;
    }
    notes.push(...opened.notes);
    const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
    // The zip's own root folder, if it has one, is not a school either.
    const parts = opened.entries.map((e) => normalise(e.path).split('/'));
    const depth = stripCommonRoot(parts);
    const inside = parts.map((p) => p.slice(depth).join('/'));
    const flatCsv = inside.length > 0 && inside.every((p) => !p.includes('/') && /\.csv$/i.test(p));
    const prefix = folder + (flatCsv ? `${stem(path.slice(folder.length))}/` : '');
    opened.entries.forEach((e, i) => out.push({ path: prefix + inside[i]!, bytes: e.bytes }));
  }
  return { files: out, notes };
}
