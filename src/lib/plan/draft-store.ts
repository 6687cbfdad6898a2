/**
 * The plan's autosaved draft in a key-value store (the browser's localStorage, or a stand-in in tests).
 * Nothing the school typed is lost silently: a draft that cannot be read is set aside before anything
 * can overwrite it; the first copy set aside is never overwritten by a later one; when even setting it
 * aside fails (storage full), autosave stays off until the school has downloaded the draft or chosen
 * to let it go. Every save reports whether it worked, so the page never claims a save that failed.
 */
import { planToJson, readPlanJson } from './migrate.ts';
import type { ReadResult } from './migrate.ts';
import type { Plan } from './schema.ts';

/** The part of the Storage API the draft needs; any method may throw (storage full, disabled). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const DRAFT_KEY = 'kehou.plan.draft';
/** The first unreadable draft; never overwritten while it is there. */
export const ASIDE_KEY = `${DRAFT_KEY}.unreadable`;
/** Later unreadable drafts (the newest), while the first is still kept. */
export const ASIDE_LATER_KEY = `${DRAFT_KEY}.unreadable.later`;
export const ASIDE_KEYS = [ASIDE_KEY, ASIDE_LATER_KEY] as const;
export type AsideKey = (typeof ASIDE_KEYS)[number];

export const DRAFT_NAME = '浏览器中自动保存的草稿';

export type DraftLoad =
  | { kind: 'none' }
  | { kind: 'ok'; plan: Plan; notes: string[] }
  /** `aside`: where the unreadable text now is; null when it could not be set aside (it is still under DRAFT_KEY, and `raw` holds it). */
  | { kind: 'unreadable'; messages: string[]; aside: AsideKey | null; raw: string }
  /** The store itself cannot be read (disabled): nothing is loaded or saved. */
  | { kind: 'unavailable' };

function get(store: KeyValueStore, key: string): string | null | undefined {
  try {
    return store.getItem(key);
  } catch {
    return undefined;
  }
}

function set(store: KeyValueStore, key: string, value: string): boolean {
  try {
    store.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Sets an unreadable draft aside: the first slot if free (or already holding it), else the later slot. */
function setAside(store: KeyValueStore, raw: string): AsideKey | null {
  const first = get(store, ASIDE_KEY);
  if (first === raw) return ASIDE_KEY;
  if (first === null) return set(store, ASIDE_KEY, raw) ? ASIDE_KEY : null;
  if (first === undefined) return null;
  return set(store, ASIDE_LATER_KEY, raw) ? ASIDE_LATER_KEY : null;
}

export function loadDraft(store: KeyValueStore): DraftLoad {
  const raw = get(store, DRAFT_KEY);
  if (raw === undefined) return { kind: 'unavailable' };
  if (raw === null) return { kind: 'none' };
  const read = readPlanJson(DRAFT_NAME, raw);
  if (read.ok) return { kind: 'ok', plan: read.plan, notes: read.notes };
  return { kind: 'unreadable', messages: read.messages, aside: setAside(store, raw), raw };
}

/** Writes the draft; false when the store refused (full, disabled). */
export function saveDraft(store: KeyValueStore, plan: Plan): boolean {
  return set(store, DRAFT_KEY, planToJson(plan));
}

/** The drafts set aside, oldest first. */
export function asideDrafts(store: KeyValueStore): { key: AsideKey; text: string }[] {
  return ASIDE_KEYS.flatMap((key) => {
    const text = get(store, key);
    return typeof text === 'string' ? [{ key, text }] : [];
  });
}

/** Reads a draft set aside (it may read now, e.g. after the page was updated); the copy stays until discarded. */
export function readAside(store: KeyValueStore, key: AsideKey): ReadResult | null {
  const text = get(store, key);
  return typeof text === 'string' ? readPlanJson(DRAFT_NAME, text) : null;
}

export function discardAside(store: KeyValueStore, key: AsideKey): void {
  try {
    store.removeItem(key);
  } catch {
    // Nothing to do: the copy simply stays.
  }
}
