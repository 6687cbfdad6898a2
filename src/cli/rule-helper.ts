/**
 * `kehou check`'s helper thread: the same role as the page's helper worker (src/lib/ledger/worker.ts).
 * It gets a copy of the loaded database and takes rules from the back of the list (rule-queue.ts).
 */
import { parentPort } from 'node:worker_threads';
import initSqlJs from 'sql.js';
import { bufferedPort, helpWithRules, LEDGER_RULES, queueOrder, type FileKind, type QueueMessage } from '../lib/ledger/index.ts';
import { CACHE_ALL_PAGES } from '../lib/ledger/load.ts';

export type HelperRequest = { type: 'help'; check: number; database: Uint8Array; loaded: FileKind[] };

const port = parentPort!;
const SQL = initSqlJs();
const queuePort = bufferedPort((message) => port.postMessage(message));
const yieldToMessages = () => new Promise<void>((resolve) => setImmediate(resolve));

port.on('message', async (message: HelperRequest | QueueMessage) => {
  if (message.type !== 'help') return queuePort.deliver(message);
  queuePort.reset();
  try {
    const db = new (await SQL).Database(message.database);
    try {
      db.run(CACHE_ALL_PAGES);
      db.run('BEGIN');
      await helpWithRules({ db, rules: queueOrder(LEDGER_RULES), loaded: new Set(message.loaded), check: message.check, port: queuePort, yieldToMessages });
    } finally {
      db.close();
    }
  } catch (error) {
    port.postMessage({ type: 'gone', check: message.check, reason: String(error) } satisfies QueueMessage);
  }
});
