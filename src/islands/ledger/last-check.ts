/**
 * The last check's files and findings, kept in this browser for this tab's session (IndexedDB, so a
 * 60 MB 台账 fits; nothing leaves the machine): following a link and pressing Back, or reloading,
 * brings them back. A new session (a new tab, the browser restarted) starts empty and deletes the
 * record another session left.
 */
const DB = 'kehou-ledger';
const STORE = 'last-check';
const KEY = 'last';
const SESSION_KEY = 'kehou.ledger.session';

export interface LastCheck<Entry, Result> {
  entries: Entry[];
  result: Result | null;
}

function session(): string | null {
  try {
    let id = sessionStorage.getItem(SESSION_KEY);
    if (!id) {
      id = crypto.randomUUID();
      sessionStorage.setItem(SESSION_KEY, id);
    }
    return id;
  } catch {
    return null;
  }
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = action(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

/** This session's last check, or null (none, another session's, or storage unavailable). */
export async function loadLastCheck<Entry, Result>(): Promise<LastCheck<Entry, Result> | null> {
  const id = session();
  if (!id) return null;
  try {
    const saved = await run<{ session: string; data: LastCheck<Entry, Result> } | undefined>('readonly', (s) => s.get(KEY));
    if (!saved) return null;
    if (saved.session === id) return saved.data;
    await clearLastCheck();
  } catch {
    // Storage blocked (private mode) or corrupt: start empty.
  }
  return null;
}

export async function saveLastCheck<Entry, Result>(data: LastCheck<Entry, Result>): Promise<void> {
  const id = session();
  if (!id) return;
  try {
    await run('readwrite', (s) => s.put({ session: id, data }, KEY));
  } catch {
    // Full or blocked storage: the check still works, it just is not kept.
  }
}

export async function clearLastCheck(): Promise<void> {
  try {
    await run('readwrite', (s) => s.delete(KEY));
  } catch {
    // Nothing to clear.
  }
}
