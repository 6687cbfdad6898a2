import type { Encoding } from '../types.ts';
import { said, type BinaryKind, type Said } from '../messages.ts';

export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

/**
 * An Excel workbook's limit: it holds about three times the rows of a CSV of its size (shared strings, zip), so
 * 40 MB is about the rows of a 100 MB CSV, which the page checks to the end (ledger-large bench); a 100 MB
 * workbook (1.8 million rows) is more than a tab can hold.
 */
export const WORKBOOK_MAX_BYTES = 40 * 1024 * 1024;

export type DecodeResult = { ok: true; text: string; encoding: Encoding } | ({ ok: false } & Said);

/** Files people pick by mistake, by their first bytes. */
const SIGNATURES: [number[], BinaryKind][] = [
  [[0x50, 0x4b, 0x03, 0x04], 'zip'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'ole'],
  [[0x25, 0x50, 0x44, 0x46], 'pdf'],
  [[0x89, 0x50, 0x4e, 0x47], 'png'],
  [[0xff, 0xd8, 0xff], 'jpeg'],
  [[0x47, 0x49, 0x46, 0x38], 'gif'],
  [[0x52, 0x61, 0x72, 0x21], 'rar'],
];

function signature(bytes: Uint8Array): BinaryKind | null {
  return SIGNATURES.find(([magic]) => magic.every((b, i) => bytes[i] === b))?.[1] ?? null;
}

/** Mostly control bytes: not text at all. A few NULs in text are named by row when parsed (parse.ts). */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) if (b < 9 || (b > 13 && b < 32)) control++;
  return control > sample.length / 20;
}

/**
 * A file that is UTF-8 up to some line and then not (rows pasted from a GBK file): the first line that is not
 * UTF-8, when lines before it hold UTF-8 Chinese. Null when the file is not UTF-8 from its first non-ASCII line.
 */
function firstNonUtf8Row(bytes: Uint8Array): number | null {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  let utf8Before = false;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const slice = bytes.subarray(start, i);
    if (slice.some((b) => b >= 0x80)) {
      try {
        decoder.decode(slice);
        utf8Before = true;
      } catch {
        return utf8Before ? line : null;
      }
    }
    line++;
    start = i + 1;
  }
  return null;
}

function tryDecode(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Bytes → text, the whole file at once so no character is split.
 * UTF-8 BOM → UTF-8; else strict UTF-8; else GB18030, which Chinese Excel writes for
 * "CSV (逗号分隔)" without a BOM. `override` forces one encoding (the user's choice).
 */
export function decodeBytes(bytes: Uint8Array, override?: Encoding, maxBytes = DEFAULT_MAX_BYTES): DecodeResult {
  if (bytes.length === 0) return { ok: false, ...said('empty', {}) };
  if (bytes.length > maxBytes) return { ok: false, ...said('tooLarge', { size: bytes.length, limit: maxBytes }) };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, ...said('utf16', {}) };
  }
  const kind = signature(bytes);
  if (kind) return { ok: false, ...said('binaryKind', { kind }) };
  if (looksBinary(bytes)) return { ok: false, ...said('binary', {}) };
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (override) {
    const body = override === 'utf-8-bom' && hasBom ? bytes.subarray(3) : bytes;
    const text = tryDecode(body, override === 'gb18030' ? 'gb18030' : 'utf-8');
    return text === null ? { ok: false, ...said('badOverride', { encoding: override }) } : { ok: true, text: text.replace(/^\uFEFF/, ''), encoding: override };
  }
  if (hasBom) {
    const text = tryDecode(bytes.subarray(3), 'utf-8');
    if (text !== null) return { ok: true, text, encoding: 'utf-8-bom' };
  }
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8' };
  // Not UTF-8 as a whole. If it is UTF-8 up to some line, that line is where another file's text was pasted.
  const mixedAt = firstNonUtf8Row(hasBom ? bytes.subarray(3) : bytes);
  if (mixedAt !== null) return { ok: false, ...said('mixedEncoding', { row: mixedAt }) };
  const gb = tryDecode(bytes, 'gb18030');
  if (gb !== null) return { ok: true, text: gb, encoding: 'gb18030' };
  return { ok: false, ...said('binary', {}) };
}
