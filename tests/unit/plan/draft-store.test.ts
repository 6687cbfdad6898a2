import { describe, expect, it } from 'vitest';
import { ASIDE_KEY, ASIDE_LATER_KEY, DRAFT_KEY, asideDrafts, discardAside, loadDraft, readAside, saveDraft } from '../../../src/lib/plan/draft-store.ts';
import type { KeyValueStore } from '../../../src/lib/plan/draft-store.ts';
import { planToJson } from '../../../src/lib/plan/migrate.ts';
import { cleanPlan } from './fixtures.ts';

/** A store like localStorage that can be made full (setItem throws) or disabled (everything throws). */
class FakeStore implements KeyValueStore {
  data = new Map<string, string>();
  full = false;
  disabled = false;
  getItem(key: string) {
    if (this.disabled) throw new Error('SecurityError');
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.disabled || this.full) throw new Error('QuotaExceededError');
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

describe('the autosaved draft', () => {
  it('saves and loads a plan; reports a failed save', () => {
    const store = new FakeStore();
    expect(loadDraft(store)).toEqual({ kind: 'none' });
    expect(saveDraft(store, cleanPlan())).toBe(true);
    expect(loadDraft(store)).toEqual({ kind: 'ok', plan: cleanPlan(), notes: [] });
    store.full = true;
    expect(saveDraft(store, cleanPlan())).toBe(false);
  });

  it('an unreadable draft is set aside; a second corruption does not overwrite the first copy', () => {
    const store = new FakeStore();
    store.data.set(DRAFT_KEY, '{"format":"kehou-plan","version":3,"school":');
    const first = loadDraft(store);
    expect(first).toMatchObject({ kind: 'unreadable', aside: ASIDE_KEY });
    if (first.kind === 'unreadable') expect(first.messages[0]).toContain('浏览器中自动保存的草稿');
    // Loading again (the same text) keeps one copy.
    expect(loadDraft(store)).toMatchObject({ kind: 'unreadable', aside: ASIDE_KEY });
    store.data.set(DRAFT_KEY, 'garbage two');
    expect(loadDraft(store)).toMatchObject({ kind: 'unreadable', aside: ASIDE_LATER_KEY });
    expect(store.data.get(ASIDE_KEY)).toBe('{"format":"kehou-plan","version":3,"school":');
    expect(asideDrafts(store).map((d) => d.text)).toEqual(['{"format":"kehou-plan","version":3,"school":', 'garbage two']);
  });

  it('with storage full, an unreadable draft that cannot be set aside is reported with its text, not lost', () => {
    const store = new FakeStore();
    store.data.set(DRAFT_KEY, 'not json');
    store.full = true;
    const load = loadDraft(store);
    expect(load).toMatchObject({ kind: 'unreadable', aside: null, raw: 'not json' });
    expect(store.data.get(DRAFT_KEY)).toBe('not json');
  });

  it('a copy set aside can be read back (when it reads now) and discarded', () => {
    const store = new FakeStore();
    store.data.set(ASIDE_KEY, planToJson(cleanPlan()));
    const read = readAside(store, ASIDE_KEY);
    expect(read?.ok && read.plan).toEqual(cleanPlan());
    discardAside(store, ASIDE_KEY);
    expect(asideDrafts(store)).toEqual([]);
    expect(readAside(store, ASIDE_KEY)).toBeNull();
  });

  it('a disabled store loads nothing and saves nothing, without throwing', () => {
    const store = new FakeStore();
    store.disabled = true;
    expect(loadDraft(store)).toEqual({ kind: 'unavailable' });
    expect(saveDraft(store, cleanPlan())).toBe(false);
    expect(asideDrafts(store)).toEqual([]);
  });
});
