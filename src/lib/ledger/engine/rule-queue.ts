/**
 * Two engines share one list of rules: the primary takes rules from the front, a helper (the page's
 * second Web Worker, with its own copy of the database) from the back, until they meet. Each says
 * which rule it takes before running it, so a rule runs twice only when both take it at the same
 * moment (the primary's result is kept). If the helper is slow to start, the primary simply takes
 * more; if it fails, the primary runs what the helper had taken and not finished.
 *
 * The findings come out in rule order whoever ran them, so the report is the same as a sequential run.
 */
import type { Database } from 'sql.js';
import type { FileKind } from '../format/kinds.ts';
import { ruleApplies, runRules, type RulesState } from './run-rules.ts';
import type { Finding, LedgerRule } from '../types.ts';

export type QueueMessage =
  | { type: 'claim'; check: number; position: number }
  | { type: 'findings'; check: number; position: number; findings: Finding[] }
  | { type: 'gone'; check: number; reason: string };

/** One side of the link between the two engines. `onmessage` is set by the queue. */
export interface QueuePort {
  post(message: QueueMessage): void;
  onmessage: ((message: QueueMessage) => void) | null;
}

/**
 * The helper's end of the link. Claims from the primary can arrive before the helper's rules start
 * (while it opens its copy of the database); they wait here until the queue listens. `deliver` is
 * called with each message from the primary; `reset` forgets what is left of an earlier check.
 */
export function bufferedPort(post: (message: QueueMessage) => void): QueuePort & { deliver: (message: QueueMessage) => void; reset: () => void } {
  const waiting: QueueMessage[] = [];
  let handler: ((message: QueueMessage) => void) | null = null;
  return {
    post,
    get onmessage() {
      return handler;
    },
    set onmessage(h) {
      handler = h;
      if (h) for (const m of waiting.splice(0)) h(m);
    },
    deliver: (message) => (handler ? handler(message) : void waiting.push(message)),
    reset: () => void waiting.splice(0),
  };
}

export const isQueueMessage = (message: { type: string }): message is QueueMessage => message.type === 'claim' || message.type === 'findings' || message.type === 'gone';

/**
 * The order the two sides take the rules in: the costliest at both ends and the cheapest in the middle,
 * so that the last rules, where the two sides meet, are short and neither waits long for the other.
 * Rules that use the same index stay together, so that one side builds it. Cost is estimated from the
 * rule itself: each read of the 台账 in its SQL, and each index it builds. Both sides compute the same
 * order from the same list.
 */
export function queueOrder(rules: readonly LedgerRule[]): LedgerRule[] {
  const cost = (r: LedgerRule) => (r.needs.includes('ledger') ? (r.sql.match(/\bledger\b(?!_)/g) ?? []).length + 2 * (r.indexes?.length ?? 0) + (r.tables?.length ?? 0) : 0);
  const groups = new Map<string, { rules: LedgerRule[]; cost: number; first: number }>();
  rules.forEach((rule, i) => {
    const key = rule.indexes?.[0] ?? rule.tables?.[0] ?? rule.id;
    const group = groups.get(key) ?? { rules: [], cost: 0, first: i };
    group.rules.push(rule);
    group.cost += cost(rule);
    groups.set(key, group);
  });
  const byCost = [...groups.values()].sort((a, b) => b.cost - a.cost || a.first - b.first);
  const front = byCost.filter((_, k) => k % 2 === 0).flatMap((g) => g.rules);
  const back = byCost.filter((_, k) => k % 2 === 1).flatMap((g) => g.rules);
  return [...front, ...back.reverse()];
}

/** Lets messages that have arrived be handled (between two rules, which run synchronously). */
export type YieldToMessages = () => Promise<void>;

export interface SharedRun {
  /** Each rule's findings, by rule id. */
  byRule: Map<string, Finding[]>;
  /** Rules each side ran (for the benchmark). */
  ranHere: number;
  ranByHelper: number;
}

function runOne(db: Database, rule: LedgerRule, loaded: ReadonlySet<FileKind>): Finding[] {
  return runRules(db, [rule], loaded);
}

/** What each side works with: its own database, the same rule list, and its end of the link. */
export interface QueueSide {
  db: Database;
  rules: readonly LedgerRule[];
  loaded: ReadonlySet<FileKind>;
  /** The check this run belongs to: messages of another check are ignored. */
  check: number;
  port: QueuePort;
  yieldToMessages: YieldToMessages;
}

/** The primary's side: returns every rule's findings, in rule order. */
export async function runRulesShared({ db, rules, loaded, check, port, yieldToMessages }: QueueSide, onRule?: (state: RulesState) => void): Promise<SharedRun> {
  const mine = new Map<number, Finding[]>();
  const theirs = new Map<number, Finding[]>();
  const takenByHelper = new Set<number>();
  let helperGone = false;
  let wake: (() => void) | null = null;
  // What the progress bar is told: rules finished on either side, and those running (here, or taken by the helper).
  const report = (runningHere: number | null) => {
    if (!onRule) return;
    const done = new Set([...mine.keys(), ...theirs.keys()]);
    const running = [...takenByHelper].filter((p) => !done.has(p));
    if (runningHere !== null) running.push(runningHere);
    const applies = (p: number) => ruleApplies(rules[p]!, loaded);
    onRule({ done: done.size, finished: [...done].filter(applies).map((p) => rules[p]!), running: running.filter(applies).map((p) => rules[p]!) });
  };

  port.onmessage = (message) => {
    if (message.check !== check) return; // a stale message from an earlier check
    if (message.type === 'claim') takenByHelper.add(message.position);
    else if (message.type === 'findings') {
      if (!mine.has(message.position)) {
        theirs.set(message.position, message.findings);
        report(null);
      }
    } else helperGone = true;
    wake?.();
  };

  try {
    for (let i = 0; i < rules.length; i++) {
      await yieldToMessages();
      if (takenByHelper.has(i) && !helperGone) break;
      port.post({ type: 'claim', check, position: i });
      report(i);
      mine.set(i, runOne(db, rules[i]!, loaded));
      theirs.delete(i);
      report(null);
    }
    // What the helper took and has not delivered yet: wait for it, or run it here if the helper is gone.
    for (;;) {
      const pending = [...takenByHelper].filter((p) => !mine.has(p) && !theirs.has(p));
      if (pending.length === 0) break;
      if (helperGone) {
        for (const p of pending) {
          report(p);
          mine.set(p, runOne(db, rules[p]!, loaded));
          report(null);
        }
        break;
      }
      await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
    }
  } finally {
    port.onmessage = null;
  }

  const byRule = new Map<string, Finding[]>();
  for (let i = 0; i < rules.length; i++) byRule.set(rules[i]!.id, mine.get(i) ?? theirs.get(i) ?? []);
  return { byRule, ranHere: mine.size, ranByHelper: theirs.size };
}

/** The helper's side: takes rules from the back until it reaches one the primary has taken. */
export async function helpWithRules({ db, rules, loaded, check, port, yieldToMessages }: QueueSide): Promise<number> {
  const takenByPrimary = new Set<number>();
  port.onmessage = (message) => {
    if (message.check === check && message.type === 'claim') takenByPrimary.add(message.position);
  };
  let ran = 0;
  try {
    for (let j = rules.length - 1; j >= 0; j--) {
      await yieldToMessages();
      if (takenByPrimary.has(j)) break;
      port.post({ type: 'claim', check, position: j });
      port.post({ type: 'findings', check, position: j, findings: runOne(db, rules[j]!, loaded) });
      ran++;
    }
  } finally {
    port.onmessage = null;
  }
  return ran;
}
