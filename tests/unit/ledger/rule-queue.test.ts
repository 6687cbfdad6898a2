import { describe, expect, it } from 'vitest';
import { bufferedPort, checkLedgerFiles, defaultSettings, helpRequest, helpWithCopy, isQueueMessage, LEDGER_RULES, prepareCheck, queueOrder, type Finding, type QueueMessage, type QueuePort } from '../../../src/lib/ledger/index.ts';
import { runRules } from '../../../src/lib/ledger/engine/run-rules.ts';
import { runRulesShared } from '../../../src/lib/ledger/engine/rule-queue.ts';
import { sampleSet } from '../../../src/lib/ledger/sample/downloads.ts';
import { bytes, sql } from './helpers.ts';

/** The page's sample with planted errors: many rules find something. */

async function prepared() {
  const inputs = sampleSet('planted-errors')
    .filter((f) => f.name.endsWith('.csv'))
    .map(({ name, text }) => ({ name, bytes: bytes(text) }));
  return prepareCheck(inputs, defaultSettings(), { SQL: await sql(), exportable: true });
}

/** Two ports joined like two workers: a message arrives as a later task, never synchronously. */
function link(): [QueuePort, QueuePort] {
  const make = (): QueuePort & { peer?: QueuePort } => ({
    onmessage: null,
    post(message: QueueMessage) {
      const peer = this.peer!;
      setImmediate(() => peer.onmessage?.(structuredClone(message)));
    },
  });
  const a = make();
  const b = make();
  a.peer = b;
  b.peer = a;
  return [a, b];
}

const yieldToMessages = () => new Promise<void>((resolve) => setImmediate(resolve));
const inRuleOrder = (run: { byRule: Map<string, Finding[]> }) => LEDGER_RULES.flatMap((r) => run.byRule.get(r.id) ?? []);

describe('rules shared by two engines', () => {
  it('give the same findings in the same order as one engine, with both engines running rules on their own copy', async () => {
    const primary = await prepared();
    try {
      const sequential = runRules(primary.db, LEDGER_RULES, primary.loaded);
      expect(new Set(sequential.map((f) => f.rule)).size).toBeGreaterThan(15);
      const [p, h] = link();
      // As the page's worker and kehou do: the helper gets a copy of the loaded database.
      const { message } = helpRequest(primary.db, primary.loaded, 1);
      const [shared, helped] = await Promise.all([
        runRulesShared({ db: primary.db, rules: queueOrder(LEDGER_RULES), loaded: primary.loaded, check: 1, port: p, yieldToMessages }),
        helpWithCopy(await sql(), message, h, yieldToMessages),
      ]);
      expect(inRuleOrder(shared)).toEqual(sequential);
      expect(shared.ranHere).toBeGreaterThan(5);
      expect(shared.ranByHelper).toBeGreaterThan(5);
      expect(shared.ranHere + shared.ranByHelper).toBe(LEDGER_RULES.length);
      expect(helped).toBeGreaterThanOrEqual(shared.ranByHelper);
    } finally {
      primary.db.close();
    }
  });

  it('run everything on the primary when the helper never answers', async () => {
    const primary = await prepared();
    try {
      const [p] = link();
      const shared = await runRulesShared({ db: primary.db, rules: LEDGER_RULES, loaded: primary.loaded, check: 1, port: p, yieldToMessages });
      expect(shared.ranHere).toBe(LEDGER_RULES.length);
      expect(inRuleOrder(shared)).toEqual(runRules(primary.db, LEDGER_RULES, primary.loaded));
    } finally {
      primary.db.close();
    }
  });

  it('run on the primary the rules a helper took and never delivered, when the helper is gone', async () => {
    const primary = await prepared();
    try {
      const [p, h] = link();
      const last = LEDGER_RULES.length - 1;
      // The helper takes the last two rules, then dies once the primary is about to reach them.
      h.post({ type: 'claim', check: 7, position: last });
      h.post({ type: 'claim', check: 7, position: last - 1 });
      h.onmessage = (m) => {
        if (m.type === 'claim' && m.position === last - 2) h.post({ type: 'gone', check: 7, reason: 'test' });
      };
      const shared = await runRulesShared({ db: primary.db, rules: LEDGER_RULES, loaded: primary.loaded, check: 7, port: p, yieldToMessages });
      expect(shared.ranByHelper).toBe(0);
      expect(inRuleOrder(shared)).toEqual(runRules(primary.db, LEDGER_RULES, primary.loaded));
    } finally {
      primary.db.close();
    }
  });

  it('ignore messages of another check, and keep their own result when both took the same rule', async () => {
    const primary = await prepared();
    try {
      const [p, h] = link();
      const fake = { rule: 'ledger.duplicate-row' as const, clause: '1.1' as const, severity: 'error' as const, file: null, row: null, column: null, code: 'ledger.duplicate-row' as const, params: {}, message: '不应出现' };
      // A stale helper from check 1 delivers nonsense; the live helper (check 2) takes rule 0 at the moment the primary does.
      h.post({ type: 'findings', check: 1, position: 3, findings: [fake] });
      h.onmessage = (m) => {
        if (m.type === 'claim' && m.position === 0) {
          h.post({ type: 'claim', check: 2, position: 0 });
          h.post({ type: 'findings', check: 2, position: 0, findings: [fake] });
          h.post({ type: 'gone', check: 2, reason: 'test' });
        }
      };
      const shared = await runRulesShared({ db: primary.db, rules: LEDGER_RULES, loaded: primary.loaded, check: 2, port: p, yieldToMessages });
      expect(inRuleOrder(shared).some((f) => f.message === '不应出现')).toBe(false);
      expect(inRuleOrder(shared)).toEqual(runRules(primary.db, LEDGER_RULES, primary.loaded));
    } finally {
      primary.db.close();
    }
  });

  it('the helper keeps the claims that arrive before it listens, and forgets them for a new check', () => {
    const posted: QueueMessage[] = [];
    const port = bufferedPort((m) => posted.push(m));
    const heard: QueueMessage[] = [];
    port.deliver({ type: 'claim', check: 1, position: 0 });
    port.deliver({ type: 'claim', check: 1, position: 1 });
    port.onmessage = (m) => heard.push(m);
    expect(heard.map((m) => m.type === 'claim' && m.position)).toEqual([0, 1]);
    port.deliver({ type: 'claim', check: 1, position: 2 });
    expect(heard).toHaveLength(3);
    port.onmessage = null;
    port.deliver({ type: 'claim', check: 1, position: 3 });
    port.reset();
    port.onmessage = (m) => heard.push(m);
    expect(heard).toHaveLength(3);
    port.post({ type: 'gone', check: 2, reason: 'x' });
    expect(posted).toEqual([{ type: 'gone', check: 2, reason: 'x' }]);
    expect(isQueueMessage({ type: 'claim' })).toBe(true);
    expect(isQueueMessage({ type: 'check' })).toBe(false);
  });

  it('take the costliest rules first from both ends, so the two sides meet on cheap ones', () => {
    const order = queueOrder(LEDGER_RULES);
    expect([...order].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...LEDGER_RULES].sort((a, b) => a.id.localeCompare(b.id)));
    const ends = [...order.slice(0, 3), ...order.slice(-3)].map((r) => r.id);
    expect(ends).toEqual(expect.arrayContaining(['ledger.person-overlap', 'ledger.venue-overlap']));
    const middle = order.slice(order.length / 2 - 3, order.length / 2 + 3);
    expect(middle.every((r) => !r.needs.includes('ledger') || (r.indexes ?? []).length === 0)).toBe(true);
  });
});

describe('the helper is offered the rules only up to a number of rows', () => {
  it('shares below the limit and runs alone above it, with the same findings', async () => {
    const inputs = sampleSet('planted-errors')
      .filter((f) => f.name.endsWith('.csv'))
      .map(({ name, text }) => ({ name, bytes: bytes(text) }));
    const shared: number[] = [];
    const helperFor = (check: number) => ({
      check,
      port: { post: () => {}, onmessage: null } as QueuePort,
      yieldToMessages: () => new Promise<void>((resolve) => setImmediate(resolve)),
      share: () => void shared.push(check),
    });
    const SQL = await sql();
    const alone = await checkLedgerFiles(inputs, defaultSettings(), { SQL });
    const rows = alone.files.reduce((n, f) => n + (f.loaded ?? 0), 0);
    const below = await checkLedgerFiles(inputs, defaultSettings(), { SQL, helper: helperFor(1), helperMaxRows: rows });
    const above = await checkLedgerFiles(inputs, defaultSettings(), { SQL, helper: helperFor(2), helperMaxRows: rows - 1 });
    expect(shared).toEqual([1]);
    expect(below.findings).toEqual(alone.findings);
    expect(above.findings).toEqual(alone.findings);
  });
});
