/**
 * What the command reads and prints, made safe for careless and hostile input: a file is looked at (stat)
 * before it is read, so a FIFO, a device (`/dev/zero`) or a file over the limit is refused without reading
 * a byte; and every value printed has its control characters shown as escapes, so a cell cannot move the
 * cursor, set the terminal's title or reverse the text.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { cliText, FILE_WHAT, type OpenFailure } from '../lib/cli/messages.ts';

const mb = (bytes: number) => `${Math.ceil(bytes / 1024 / 1024)} MB`;

/** The bytes of a regular file of at most `limit` bytes, or a Chinese sentence saying why not. */
export async function readInputFile(file: string, limit: number, what: string = FILE_WHAT.file): Promise<Uint8Array | string> {
  const named = { what, file: escapeControls(file) };
  let handle;
  try {
    // O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever before fstat can refuse it.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why: OpenFailure = code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES' || code === 'EPERM' ? code : 'other';
    return cliText('cannotOpen', { ...named, why });
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) return cliText('isFolder', named);
    if (!stat.isFile()) return cliText('notRegularFile', named);
    if (stat.size > limit) return cliText('tooLarge', { ...named, size: mb(stat.size), limit: mb(limit) });
    const bytes = new Uint8Array(stat.size);
    let at = 0;
    while (at < bytes.length) {
      const { bytesRead } = await handle.read(bytes, at, bytes.length - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    return at === bytes.length ? bytes : bytes.subarray(0, at);
  } catch {
    return cliText('readFailed', named);
  } finally {
    await handle.close();
  }
}

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * C0 and C1 controls, DEL, line and paragraph separators and the bidirectional overrides, as `\xNN` / `\u{NNNN}`.
 */
export function escapeControls(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return ESCAPES[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`);
  });
}

/** JSON for a terminal or a pipe: JSON.stringify escapes C0 controls, this also the C1 ones, DEL and bidi controls. */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
