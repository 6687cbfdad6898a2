/**
 * 抽查 (通知 三(五) 定期抽查, 二(二) 抽查覆盖所有学校): a random sample of schools and, within each, of
 * service days and people to verify on site. Reproducible: the same seed and the same schools give the
 * same sample on any machine, and a school's own days and people depend only on the seed and the school.
 */
import { prng } from '../ledger/sample/school.ts';
import { reviewText } from './messages.ts';
import type { SchoolFigures } from './figures.ts';

export interface SampleRequest {
  seed: string;
  schools: number;
  /** Days and people drawn within each sampled school. */
  perSchool: number;
}

export interface SampledSchool {
  school: string;
  days: string[];
  people: { staffId: string; name: string; external: boolean }[];
}

export interface Sample {
  seed: string;
  perSchool: number;
  /** How many schools the sample was drawn from. */
  from: number;
  schools: SampledSchool[];
}

/** A seed as typed: a whole number is used as it is, any other text is hashed (FNV-1a, 32 bits). */
export function seedNumber(seed: string): number {
  const text = seed.trim();
  if (/^\d{1,9}$/.test(text)) return Number(text);
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h;
}

/** A fresh seed for the reviewer to note down (6 digits: easy to read aloud and type). */
export function newSeed(random: () => number = Math.random): string {
  return String(100000 + Math.floor(random() * 900000));
}

function pick<T>(items: readonly T[], n: number, random: () => number): T[] {
  const pool = [...items];
  const count = Math.min(Math.max(0, Math.floor(n)), pool.length);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function drawSample(schools: readonly { school: string; figures: SchoolFigures | null }[], request: SampleRequest): Sample {
  const seed = seedNumber(request.seed);
  const sorted = [...schools].sort((a, b) => byCodePoint(a.school, b.school));
  const chosen = pick(sorted, request.schools, prng(seed)).sort((a, b) => byCodePoint(a.school, b.school));
  return {
    seed: request.seed.trim(),
    perSchool: request.perSchool,
    from: sorted.length,
    schools: chosen.map(({ school, figures }) => {
      const random = prng(seed ^ seedNumber(`school:${school}`));
      return {
        school,
        days: pick(figures?.dates ?? [], request.perSchool, random).sort(),
        people: pick(figures?.people ?? [], request.perSchool, random)
          .sort((a, b) => byCodePoint(a.staffId, b.staffId))
          .map(({ staffId, name, external }) => ({ staffId, name, external })),
      };
    }),
  };
}

/** The sample as a checklist to print or paste: one box per item to tick on site. */
export function sampleChecklist(sample: Sample): string {
  const lines = [
    reviewText('sampleHeading', { seed: sample.seed, from: sample.from, schools: sample.schools.length, perSchool: sample.perSchool }),
    reviewText('sampleBasis', {}),
  ];
  for (const s of sample.schools) {
    lines.push('', reviewText('sampleSchool', { school: s.school }));
    lines.push(...(s.days.length ? s.days.map((date) => reviewText('sampleDay', { date })) : [reviewText('sampleNoDays', {})]));
    lines.push(
      ...(s.people.length
        ? s.people.map((p) => reviewText('samplePerson', { name: p.name, staffId: p.staffId, external: p.external }))
        : [reviewText('sampleNoPeople', {})]),
    );
  }
  return lines.join('\n');
}
