/**
 * From grouped files to the work: one job per school with data (its files and its settings), and every
 * plan read, checked and attached to its school — by folder, else by the school named in the plan, else
 * by the file's name. A plan naming no known school becomes a school of its own (plan only).
 */
import { defaultSettings, type LedgerSettings } from '../ledger/settings.ts';
import { readSettingsFile } from '../ledger/settings-file.ts';
import type { Grouped, Named } from './group.ts';
import type { ReviewNote } from './messages.ts';
import { looksLikePlan, readPlanForReview, type ReviewedPlan } from './plans.ts';

export interface SchoolJob<T> {
  school: string;
  data: Named<T>[];
  settings: LedgerSettings;
}

export interface Batch<T> {
  jobs: SchoolJob<T>[];
  /** Every school: those with data and those with a plan only, in name order. */
  schools: string[];
  plans: Map<string, ReviewedPlan>;
  notes: ReviewNote[];
}

const stem = (name: string) => name.replace(/^.*\//, '').replace(/\.[^.]*$/, '');
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function planBatch<T>(grouped: Grouped<T>, readText: (item: T) => string): Batch<T> {
  const notes: ReviewNote[] = [...grouped.notes];
  const plans = new Map<string, ReviewedPlan>();
  const names = new Set(grouped.schools.map((s) => s.school));
  const read = (named: Named<T>, where: string): ReviewedPlan | null => {
    const text = readText(named.item);
    if (!looksLikePlan(text)) {
      notes.push({ code: 'file.notPlan', params: { file: where } });
      return null;
    }
    const result = readPlanForReview(where, text);
    if (result.ok) return result.plan;
    notes.push({ code: 'plan.unreadable', params: { file: where, reason: result.messages.join(' ') } });
    return null;
  };
  const attach = (school: string, plan: ReviewedPlan) => {
    if (plans.has(school)) notes.push({ code: 'plan.duplicate', params: { file: plan.file, school } });
    else plans.set(school, plan);
  };

  const jobs: SchoolJob<T>[] = [];
  for (const s of grouped.schools) {
    for (const p of s.plans) {
      const plan = read(p, `${s.school}/${p.name}`);
      if (plan) attach(s.school, plan);
    }
    let settings = defaultSettings();
    const file = s.settings[0];
    if (file) {
      const where = `${s.school}/${file.name}`;
      const loaded = readSettingsFile(where, readText(file.item));
      if (loaded.ok) {
        settings = loaded.settings;
        for (const note of loaded.notes) notes.push({ code: 'settings.note', params: { file: where, note } });
      } else notes.push({ code: 'settings.unreadable', params: { file: where, reason: loaded.message } });
    }
    if (s.data.length > 0) jobs.push({ school: s.school, data: s.data, settings });
  }
  for (const p of grouped.loosePlans) {
    const plan = read(p, p.name);
    if (!plan) continue;
    const school = names.has(plan.schoolName) ? plan.schoolName : names.has(stem(p.name)) ? stem(p.name) : plan.schoolName || stem(p.name);
    names.add(school);
    attach(school, plan);
  }
  const withData = new Set(jobs.map((j) => j.school));
  const schools = [...names].filter((n) => withData.has(n) || plans.has(n)).sort(byCodePoint);
  for (const n of schools) if (!withData.has(n)) notes.push({ code: 'school.noData', params: { school: n } });
  return { jobs, schools, plans, notes };
}

/** What each item's bytes say as text (plans and settings are UTF-8 JSON). */
export const utf8 = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);
