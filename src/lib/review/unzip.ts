/**
 * A district's files as one .zip, opened in memory with fflate. The limits are checked on the sizes
 * the archive declares before anything is inflated, and fflate inflates each entry into a buffer of
 * exactly its declared size, so a lying header cannot make it write more: a zip bomb is refused whole.
 */
import { unzipSync } from 'fflate';
import type { ReviewNote } from './messages.ts';

export interface ZipLimits {
  maxFiles: number;
  /** Declared uncompressed bytes of all entries together. */
  maxBytes: number;
  /** Uncompressed : compressed, for entries of at least `ratioFrom` bytes (a tiny file may compress a lot). */
  maxRatio: number;
  ratioFrom: number;
}

/** 本站默认: room for 300 schools' semester files (~150 MB as CSV) several times over, in a browser tab's memory. */
export const ZIP_LIMITS: ZipLimits = { maxFiles: 20_000, maxBytes: 1024 * 1024 * 1024, maxRatio: 200, ratioFrom: 1024 * 1024 };

export interface FileEntry {
  path: string;
  bytes: Uint8Array;
}

export type UnzipResult = { ok: true; entries: FileEntry[]; notes: ReviewNote[] } | { ok: false; note: ReviewNote };

/** Entries that are not the user's files: folders, macOS resource forks, hidden and Office lock files. */
export function isClutter(path: string): boolean {
  return path.endsWith('/') || path.split('/').some((part) => part === '__MACOSX' || part.startsWith('.') || part.startsWith('~$') || part === 'Thumbs.db' || part === 'desktop.ini');
}

/**
 * fflate reads a name without the UTF-8 flag as Latin-1; Windows' built-in zip writes Chinese names in
 * GBK without that flag. Back to bytes, then strict UTF-8, else GB18030.
 */
export function repairName(name: string): string {
  if (!/[\u0080-\u00ff]/.test(name) || /[^\u0000-\u00ff]/.test(name)) return name;
  const bytes = Uint8Array.from(name, (c) => c.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      return name;
    }
  }
}

export function unzip(file: string, bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): UnzipResult {
  let count = 0;
  let total = 0;
  let refused: ReviewNote | null = null;
  const notes: ReviewNote[] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (entry) => {
        if (refused) return false;
        const name = repairName(entry.name);
        if (isClutter(name)) return false;
        count++;
        total += entry.originalSize;
        if (count > limits.maxFiles) refused = { code: 'zip.tooManyFiles', params: { file, count, limit: limits.maxFiles } };
        else if (total > limits.maxBytes) refused = { code: 'zip.tooLarge', params: { file, bytes: total, limit: limits.maxBytes } };
        else if (entry.originalSize >= limits.ratioFrom && entry.originalSize > entry.size * limits.maxRatio)
          refused = { code: 'zip.ratio', params: { file, entry: name, ratio: Math.round(entry.originalSize / Math.max(entry.size, 1)), limit: limits.maxRatio } };
        else if (entry.compression !== 0 && entry.compression !== 8) refused = { code: 'zip.encrypted', params: { file } };
        return !refused;
      },
    });
  } catch {
    return { ok: false, note: refused ?? { code: 'zip.unreadable', params: { file } } };
  }
  if (refused) return { ok: false, note: refused };
  const entries: FileEntry[] = [];
  for (const [raw, data] of Object.entries(files)) {
    const path = repairName(raw);
    if (/\.zip$/i.test(path)) notes.push({ code: 'zip.nested', params: { file: `${file}/${path}` } });
    else entries.push({ path, bytes: data });
  }
  return { ok: true, entries, notes };
}
