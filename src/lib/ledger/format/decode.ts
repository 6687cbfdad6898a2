import type { Encoding } from '../types.ts';
import { MESSAGES } from '../messages.ts';

export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

export type DecodeResult = { ok: true; text: string; encoding: Encoding } | { ok: false; message: string };

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > sample.length / 20;
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
  if (bytes.length === 0) return { ok: false, message: MESSAGES.empty() };
  if (bytes.length > maxBytes) return { ok: false, message: MESSAGES.tooLarge(bytes.length, maxBytes) };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: MESSAGES.utf16() };
  }
  if (looksBinary(bytes)) return { ok: false, message: MESSAGES.binary() };
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (override) {
    const body = override === 'utf-8-bom' && hasBom ? bytes.subarray(3) : bytes;
    const text = tryDecode(body, override === 'gb18030' ? 'gb18030' : 'utf-8');
    return text === null ? { ok: false, message: MESSAGES.badOverride(override) } : { ok: true, text: text.replace(/^\uFEFF/, ''), encoding: override };
  }
  if (hasBom) {
    const text = tryDecode(bytes.subarray(3), 'utf-8');
    if (text !== null) return { ok: true, text, encoding: 'utf-8-bom' };
  }
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8' };
  const gb = tryDecode(bytes, 'gb18030');
  if (gb !== null) return { ok: true, text: gb, encoding: 'gb18030' };
  return { ok: false, message: MESSAGES.binary() };
}
