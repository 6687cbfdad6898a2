/**
 * `kehou check`'s helper thread: the same role as the page's helper worker (src/lib/ledger/browser/worker.ts).
 * It gets a copy of the loaded database and takes rules from the back of the list (rule-queue.ts).
 */
import { parentPort } from 'node:worker_threads';
import initSqlJs from 'sql.js';
import { bufferedPort, helpWithCopy, type HelpRequest, type QueueMessage } from '../lib/ledger/index.ts';

const port = parentPort!;
const SQL = initSqlJs();
const queuePort = bufferedPort((message) => port.postMessage(message));
const yieldToMessages = () => new Promise<void>((resolve) => setImmediate(resolve));

port.on('message', async (message: HelpRequest | QueueMessage) => {
  if (message.type !== 'help') return queuePort.deliver(message);
  queuePort.reset();
  try {
    await helpWithCopy(await SQL, message, queuePort, yieldToMessages);
  } catch (error) {
    port.postMessage({ type: 'gone', check: message.check, reason: String(error) } satisfies QueueMessage);
  }
});
