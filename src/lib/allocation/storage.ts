/**
 * The browser autosave, kept small enough for localStorage (about 5 million characters): the form
 * text is saved on every change, the sessions separately and only when they change, packed as
 * numbers (a 100k-row 台账 sums to under 100k lines of ~25 characters).
 */
import { z } from 'zod';
import { SessionSchema } from './schema.ts';
import { ACTIVITY_CATEGORIES, PERIOD_NAMES, ROLES, SERVICE_TYPES, STAFF_TYPES } from '../policy/vocabulary.ts';
import type { Session } from './schema.ts';
import { emptyDraft, restoreDraft, type Draft } from './draft.ts';

const Line1 = z.tuple([z.number(), z.number(), z.number(), z.number(), z.number(), z.number(), z.number()]);
const PackedV1Schema = z.object({ v: z.literal(1), people: z.array(z.tuple([z.string(), z.string()])), lines: z.array(Line1) });
const PackedSchema = z.object({
  v: z.literal(2),
  /** [工号, 姓名, 人员类别 index (-1 = none)] */
  people: z.array(z.tuple([z.string(), z.string(), z.number()])),
  dates: z.array(z.string()),
  /** [person, 时段, 服务类型, 活动类别 (-1 = none), 职责, 参与学生人数, 课时 in hundredths, 日期 (-1 = none), 次数]; the last two left off when -1 and 1. */
  lines: z.array(z.tuple([z.number(), z.number(), z.number(), z.number(), z.number(), z.number(), z.number()], z.number()).refine((l) => l.length <= 9)),
});

export function packSessions(sessions: readonly Session[]): string {
  const people: [string, string, number][] = [];
  const index = new Map<string, number>();
  const dates: string[] = [];
  const dateIndex = new Map<string, number>();
  const lines = sessions.map((s) => {
    let p = index.get(s.staffId);
    if (p === undefined) {
      p = people.push([s.staffId, s.name, s.staffType ? STAFF_TYPES.indexOf(s.staffType) : -1]) - 1;
      index.set(s.staffId, p);
    }
    let d = -1;
    if (s.date) {
      d = dateIndex.get(s.date) ?? -1;
      if (d === -1) dateIndex.set(s.date, (d = dates.push(s.date) - 1));
    }
    const line = [
      p,
      PERIOD_NAMES.indexOf(s.period),
      SERVICE_TYPES.indexOf(s.serviceType),
      s.category === '' ? -1 : ACTIVITY_CATEGORIES.indexOf(s.category),
      ROLES.indexOf(s.role),
      s.students,
      Math.round(s.hours * 100),
    ];
    if (d !== -1 || (s.count ?? 1) !== 1) line.push(d);
    if ((s.count ?? 1) !== 1) line.push(s.count!);
    return line;
  });
  return JSON.stringify({ v: 2, people, dates, lines });
}

/** The sessions back, each checked again; null when the text is not packed sessions (version 1 or 2). */
export function unpackSessions(text: string | null): Session[] | null {
  if (!text) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const v1 = PackedV1Schema.safeParse(data);
  const packed = v1.success
    ? { people: v1.data.people.map(([id, name]) => [id, name, -1] as const), dates: [] as string[], lines: v1.data.lines.map((l) => [...l, -1, 1] as const) }
    : PackedSchema.safeParse(data).data;
  if (!packed) return null;
  const sessions: Session[] = [];
  for (const [p, period, type, category, role, students, hundredths, date = -1, count = 1] of packed.lines) {
    const person = packed.people[p];
    const candidate: Record<string, unknown> = {
      staffId: person?.[0],
      name: person?.[1],
      period: PERIOD_NAMES[period],
      serviceType: SERVICE_TYPES[type],
      category: category === -1 ? '' : ACTIVITY_CATEGORIES[category],
      role: ROLES[role],
      students,
      hours: hundredths / 100,
    };
    if (date !== -1) candidate.date = packed.dates[date];
    if (count !== 1) candidate.count = count;
    if (person && person[2] !== -1) candidate.staffType = STAFF_TYPES[person[2]];
    const s = SessionSchema.safeParse(candidate);
    if (!s.success) return null;
    sessions.push(s.data);
  }
  return sessions;
}

const DRAFT_KEY = 'kehou.allocation.draft.v1';
const SESSIONS_KEY = 'kehou.allocation.sessions.v1';

/** The part of `localStorage` the autosave uses (tests pass a Map-backed stand-in). */
export type DraftStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type StorageProblem = 'unreadable' | 'unavailable' | 'sessionsTooLarge';

function read(store: DraftStore, key: string): string | null {
  try {
    return store.getItem(key);
  } catch {
    return null;
  }
}

/** The draft saved by an earlier visit with its sessions, or a new one; `problem` when a saved draft could not be read. */
export function loadSavedDraft(store: DraftStore): { draft: Draft; problem: StorageProblem | null } {
  const saved = read(store, DRAFT_KEY);
  const restored = restoreDraft(saved);
  const sessions = unpackSessions(read(store, SESSIONS_KEY));
  return { draft: { ...(restored ?? emptyDraft()), sessions: sessions ?? restored?.sessions ?? [] }, problem: saved && !restored ? 'unreadable' : null };
}

/** Saves the form (without the sessions, which `saveSessions` keeps packed); a problem when the browser refuses. */
export function saveDraft(store: DraftStore, draft: Draft): StorageProblem | null {
  try {
    store.setItem(DRAFT_KEY, JSON.stringify({ ...draft, sessions: [] }));
    return null;
  } catch {
    return 'unavailable';
  }
}

export function saveSessions(store: DraftStore, sessions: readonly Session[]): StorageProblem | null {
  try {
    store.setItem(SESSIONS_KEY, packSessions(sessions));
    return null;
  } catch {
    try {
      store.removeItem(SESSIONS_KEY);
    } catch {
      // Storage refuses even removing: nothing stale can be read back either.
    }
    return 'sessionsTooLarge';
  }
}
