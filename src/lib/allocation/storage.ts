/**
 * The browser autosave, kept small enough for localStorage (about 5 million characters): the form
 * text is saved on every change, the sessions separately and only when they change, packed as
 * numbers (a 100k-row 台账 sums to under 100k lines of ~20 characters).
 */
import { z } from 'zod';
import { CATEGORIES, PERIODS, ROLES, SERVICE_TYPES, SessionSchema } from './schema.ts';
import type { Session } from './schema.ts';

const PackedSchema = z.object({
  v: z.literal(1),
  people: z.array(z.tuple([z.string(), z.string()])),
  /** [person, 时段, 服务类型, 活动类别 (-1 = none), 职责, 参与学生人数, 课时 in hundredths] */
  lines: z.array(z.tuple([z.number(), z.number(), z.number(), z.number(), z.number(), z.number(), z.number()])),
});

export function packSessions(sessions: readonly Session[]): string {
  const people: [string, string][] = [];
  const index = new Map<string, number>();
  const lines = sessions.map((s) => {
    let p = index.get(s.staffId);
    if (p === undefined) {
      p = people.push([s.staffId, s.name]) - 1;
      index.set(s.staffId, p);
    }
    return [
      p,
      PERIODS.indexOf(s.period),
      SERVICE_TYPES.indexOf(s.serviceType),
      s.category === '' ? -1 : CATEGORIES.indexOf(s.category),
      ROLES.indexOf(s.role),
      s.students,
      Math.round(s.hours * 100),
    ];
  });
  return JSON.stringify({ v: 1, people, lines });
}

/** The sessions back, each checked again; null when the text is not packed sessions. */
export function unpackSessions(text: string | null): Session[] | null {
  if (!text) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const packed = PackedSchema.safeParse(data);
  if (!packed.success) return null;
  const sessions: Session[] = [];
  for (const [p, period, type, category, role, students, hundredths] of packed.data.lines) {
    const person = packed.data.people[p];
    const s = SessionSchema.safeParse({
      staffId: person?.[0],
      name: person?.[1],
      period: PERIODS[period],
      serviceType: SERVICE_TYPES[type],
      category: category === -1 ? '' : CATEGORIES[category],
      role: ROLES[role],
      students,
      hours: hundredths / 100,
    });
    if (!s.success) return null;
    sessions.push(s.data);
  }
  return sessions;
}
