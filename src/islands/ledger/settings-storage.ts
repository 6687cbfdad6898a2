/** The school's settings survive a reload: kept in localStorage, read back through the schema. */
import { LedgerSettingsSchema, defaultSettings, type LedgerSettings } from '../../lib/ledger/index.ts';

const KEY = 'kehou.ledger.settings.v1';

export function loadSettings(): LedgerSettings {
  try {
    const raw = localStorage.getItem(KEY);
    if (raw) {
      const parsed = LedgerSettingsSchema.safeParse(JSON.parse(raw));
      if (parsed.success) return parsed.data;
    }
  } catch {
    // Storage blocked or corrupt: fall back to the defaults.
  }
  return defaultSettings();
}

export function saveSettings(settings: LedgerSettings): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Private mode or full storage: the settings just do not persist.
  }
}

export function clearSettings(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing stored to clear.
  }
}
