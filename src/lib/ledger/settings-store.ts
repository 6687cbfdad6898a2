/**
 * The school's settings kept in the browser (localStorage on the page; any key–value store in tests).
 * Nothing is lost without a word: stored settings that no longer read are kept aside (the first such copy
 * is never overwritten) and the page says so; a save that fails says so too.
 */
import { checkSettings } from './settings-file.ts';
import { defaultSettings, type LedgerSettings } from './settings.ts';
import { LEDGER_UI } from './ui-text.ts';

const STORE_MESSAGES = LEDGER_UI.storage;

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const SETTINGS_KEY = 'kehou.ledger.settings.v1';
export const SETTINGS_ASIDE_KEY = 'kehou.ledger.settings.unreadable';


export interface LoadedSettings {
  settings: LedgerSettings;
  /** What the page should tell the user about the stored settings, if anything. */
  notice: string | null;
  /** Unreadable settings kept aside, for the user to download. */
  aside: string | null;
}

export function loadStoredSettings(store: KeyValueStore | null): LoadedSettings {
  if (!store) return { settings: defaultSettings(), notice: STORE_MESSAGES.storageBlocked, aside: null };
  let raw: string | null;
  let aside: string | null;
  try {
    raw = store.getItem(SETTINGS_KEY);
    aside = store.getItem(SETTINGS_ASIDE_KEY);
  } catch {
    return { settings: defaultSettings(), notice: STORE_MESSAGES.storageBlocked, aside: null };
  }
  if (raw === null) return { settings: defaultSettings(), notice: aside === null ? null : STORE_MESSAGES.unreadableStillAside, aside };
  let why: string;
  try {
    const checked = checkSettings(JSON.parse(raw));
    if (checked.ok) return { settings: checked.settings, notice: aside === null ? null : STORE_MESSAGES.unreadableStillAside, aside };
    why = checked.message;
  } catch {
    why = STORE_MESSAGES.notJson;
  }
  // The first unreadable copy is the one worth keeping: a second failure does not overwrite it.
  if (aside === null) {
    try {
      store.setItem(SETTINGS_ASIDE_KEY, raw);
      aside = raw;
    } catch {
      return { settings: defaultSettings(), notice: STORE_MESSAGES.unreadableNotKept(why), aside: raw };
    }
  }
  return { settings: defaultSettings(), notice: STORE_MESSAGES.unreadable(why), aside };
}

/** Saves the settings; the message to show when it failed, else null. */
export function storeSettings(store: KeyValueStore | null, settings: LedgerSettings): string | null {
  if (!store) return STORE_MESSAGES.storageBlocked;
  try {
    store.setItem(SETTINGS_KEY, JSON.stringify(settings));
    return null;
  } catch {
    return STORE_MESSAGES.saveFailed;
  }
}

/** Forgets the unreadable copy once the user has it (or does not want it). */
export function dropAside(store: KeyValueStore | null): void {
  try {
    store?.removeItem(SETTINGS_ASIDE_KEY);
  } catch {
    // Nothing stored to drop.
  }
}
