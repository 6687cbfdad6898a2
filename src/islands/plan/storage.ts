/** The browser's side of the draft: localStorage (which may be missing, full or disabled) behind src/lib/plan/draft-store.ts. */
import type { KeyValueStore } from '../../lib/plan/draft-store.ts';

const STEP_KEY = 'kehou.plan.step';

const UNAVAILABLE: KeyValueStore = {
  getItem: () => {
    throw new Error('localStorage unavailable');
  },
  setItem: () => {
    throw new Error('localStorage unavailable');
  },
  removeItem: () => {},
};

/** localStorage, or a store that refuses everything when the browser denies it. */
export function browserStore(): KeyValueStore {
  try {
    return window.localStorage ?? UNAVAILABLE;
  } catch {
    return UNAVAILABLE;
  }
}

export function loadStep(): number {
  try {
    return Number(browserStore().getItem(STEP_KEY) ?? 0) || 0;
  } catch {
    return 0;
  }
}

export function saveStep(step: number): void {
  try {
    browserStore().setItem(STEP_KEY, String(step));
  } catch {
    // Storage may be full or disabled; the step is a convenience.
  }
}
