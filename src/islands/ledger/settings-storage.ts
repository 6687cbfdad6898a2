/** The school's settings survive a reload: kept in localStorage through lib/ledger/settings-store.ts. */
import { dropAside, loadStoredSettings, storeSettings, type KeyValueStore, type LoadedSettings } from '../../lib/ledger/settings-store.ts';
import type { LedgerSettings } from '../../lib/ledger/index.ts';

function storage(): KeyValueStore | null {
  try {
    return window.localStorage;
  } catch {
    return null; // blocked (a sandboxed frame, some privacy modes)
  }
}

export const loadSettings = (): LoadedSettings => loadStoredSettings(storage());
export const saveSettings = (settings: LedgerSettings): string | null => storeSettings(storage(), settings);
export const forgetUnreadableSettings = (): void => dropAside(storage());
