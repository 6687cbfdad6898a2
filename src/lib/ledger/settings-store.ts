/**
 * The school's settings kept in the browser (localStorage on the page; any key–value store in tests).
 * Nothing is lost without a word: stored settings that no longer read are kept aside (the first such copy
 * is never overwritten) and the page says so; a save that fails says so too.
 */
import { checkSettings } from './settings-file.ts';
import { defaultSettings, type LedgerSettings } from './settings.ts';

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const SETTINGS_KEY = 'kehou.ledger.settings.v1';
export const SETTINGS_ASIDE_KEY = 'kehou.ledger.settings.unreadable';

export const STORE_MESSAGES = {
  unreadable: (why: string) =>
    `保存在本浏览器中的学校设置无法读取(${why}),本页暂用默认设置。原来的内容已另存一份,可用“下载无法读取的设置”取回。`,
  unreadableStillAside: '之前另存的一份无法读取的学校设置仍保留着,可用“下载无法读取的设置”取回。',
  saveFailed: '学校设置没能保存在本浏览器中(存储空间已满或被禁止),刷新页面后会丢失。请用“下载设置文件”保存一份。',
  storageBlocked: '本浏览器不允许本页保存数据,学校设置在刷新页面后会丢失。请用“下载设置文件”保存一份。',
};

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
    why = '内容不是有效的 JSON';
  }
  // The first unreadable copy is the one worth keeping: a second failure does not overwrite it.
  if (aside === null) {
    try {
      store.setItem(SETTINGS_ASIDE_KEY, raw);
      aside = raw;
    } catch {
      return { settings: defaultSettings(), notice: `${STORE_MESSAGES.unreadable(why).split('。')[0]}。另存没有成功:下次保存设置时原来的内容会被覆盖。`, aside: raw };
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
