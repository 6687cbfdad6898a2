/**
 * A review session as a file: the schools' results, the plans with their decisions and the sample's
 * seed, so that a review can be put down and picked up (or handed on). Nothing else is kept; reading
 * a damaged or foreign file gives a Chinese message and leaves the page as it was.
 */
import { z } from 'zod';
import { SchoolResultSchema, type SchoolResult } from './result.ts';
import { reviewText } from './messages.ts';

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

export type SessionRead = { ok: true; session: ReviewSession & { results: SchoolResult[] } } | { ok: false; message: string };

export function readSession(file: string, text: string): SessionRead {
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
