/**
 * A review session as a file: the schools' results, the plans with their decisions and the sample's
 * seed, so that a review can be put down and picked up (or handed on). Nothing else is kept; reading
 * a damaged or foreign file gives a Chinese message and leaves the page as it was.
 */
import { z } from 'zod';
import { SchoolResultSchema, type SchoolResult } from './result.ts';
import { reviewText } from './messages.ts';
import { fileText } from '../files/messages.ts';

export const SESSION_FORMAT = 'kehou-review-session';
export const SESSION_VERSION = 1;

export const ReviewSessionSchema = z.object({
  format: z.literal(SESSION_FORMAT),
  version: z.literal(SESSION_VERSION),
  savedAt: z.string(),
  sample: z.object({ seed: z.string(), schools: z.number().int().min(0), perSchool: z.number().int().min(0) }),
  results: z.array(SchoolResultSchema),
  /** Each plan file as read (the plan object with its `review`), by the school it belongs to. */
  plans: z.array(z.object({ school: z.string(), file: z.string(), json: z.string() })),
});
export type ReviewSession = z.infer<typeof ReviewSessionSchema>;

export function sessionToJson(session: Omit<ReviewSession, 'format' | 'version'>): string {
  return JSON.stringify({ format: SESSION_FORMAT, version: SESSION_VERSION, ...session }) + '\n';
}

/**
 * A district's session with every finding is a few MB; a file far beyond that is not one of ours, and parsing
 * it would take the tab down (本站默认). Checked on `File.size` before the page reads the file, and again on the text.
 */
export const SESSION_MAX_BYTES = 50 * 1024 * 1024;
const SESSION_LABEL = '学段中心审核的会话文件';

/** Too large to open: the Chinese message, or null. `size` in bytes (`File.size`). */
export function sessionSizeProblem(file: string, size: number): string | null {
  return size > SESSION_MAX_BYTES ? fileText('jsonTooLarge', { file, label: SESSION_LABEL, size, limit: SESSION_MAX_BYTES }) : null;
}

export type SessionRead = { ok: true; session: ReviewSession & { results: SchoolResult[] } } | { ok: false; message: string };

export function readSession(file: string, text: string): SessionRead {
  // A UTF-8 file has at least as many bytes as its text has UTF-16 units: over the limit in units is over it in bytes.
  const tooLarge = sessionSizeProblem(file, text.length);
  if (tooLarge) return { ok: false, message: tooLarge };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: reviewText('sessionNotJson', { file }) };
  }
  const head = data as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== SESSION_FORMAT) return { ok: false, message: reviewText('sessionForeign', { file }) };
  if (typeof head.version === 'number' && head.version > SESSION_VERSION) return { ok: false, message: reviewText('sessionNewer', { file, version: head.version }) };
  const parsed = ReviewSessionSchema.safeParse(data, { error: z.locales.zhCN().localeError });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, message: reviewText('sessionInvalid', { file, where: issue.path.join('.') || null, message: issue.message }) };
  }
  return { ok: true, session: parsed.data };
}
