import { describe, expect, it } from 'vitest';
import { checkLedgerFiles, defaultSettings, helpRequest, helpWithCopy, LEDGER_RULES, prepareCheck, queueOrder, type Progress, type QueuePort, type QueueMessage } from '../../../src/lib/ledger/index.ts';
import { DEFAULT_RATE, estimate, loadWork, readWork, ruleWork, workMeter, type Work } from '../../../src/lib/ledger/engine/progress.ts';
import { WORK_COSTS } from '../../../src/lib/ledger/engine/costs.ts';
import { ruleApplies, type RulesState } from '../../../src/lib/ledger/engine/run-rules.ts';
import { runRulesShared } from '../../../src/lib/ledger/engine/rule-queue.ts';
import { sampleSet } from '../../../src/lib/ledger/sample/downloads.ts';
import { LEDGER_UI } from '../../../src/lib/ledger/ui-text.ts';

const PROGRESS_TEXT = LEDGER_UI.checker.progress;
import { FILE_KINDS, type FileKind } from '../../../src/lib/ledger/format/kinds.ts';
import { bytes, sql } from './helpers.ts';

const inputs = () =>
  sampleSet('planted-errors')
    .filter((f) => f.name.endsWith('.csv'))
    .map(({ name, text }) => ({ name, bytes: bytes(text) }));

describe('estimate: the bar between two reports of the engine', () => {
  const work: Work = { done: 4_000_000, running: 3_000_000, total: 10_000_000 };
  const track = { startedAt: 0, at: 2000, work }; // 4 s of bench work done in 2 s: 2,000 units per ms

  it('moves with the time spent in a long step, at the speed the check has shown', () => {
    const at = (t: number) => estimate(track, t).fraction;
    expect(at(2000)).toBeCloseTo(0.4);
    expect(at(2500)).toBeCloseTo(0.5);
    expect(at(3000)).toBeCloseTo(0.6);
    expect(estimate(track, 2500).remainingMs).toBeCloseTo(5_000_000 / 2000);
  });

  it('never passes the end of what is running, however long it takes, and then says it is slower than expected', () => {
    const late = estimate(track, 60_000);
    expect(late.fraction).toBeLessThan((work.done + work.running) / work.total);
    expect(late.fraction).toBeCloseTo((work.done + 0.95 * work.running) / work.total);
    expect(late.overdue).toBe(true);
    expect(estimate(track, 3000).overdue).toBe(false);
    // Time left stays at least the work after the running step.
    expect(late.remainingMs!).toBeGreaterThanOrEqual((work.total - work.done - work.running) / 2000);
  });

  it('gives no time left until the check has shown its speed, and moves at the bench speed meanwhile', () => {
    const early = estimate({ startedAt: 0, at: 100, work: { done: 0, running: 1_000_000, total: 10_000_000 } }, 600);
    expect(early.remainingMs).toBeNull();
    expect(early.fraction).toBeCloseTo((500 * DEFAULT_RATE) / 10_000_000);
  });

  it('is monotone in time and stays within 0–1', () => {
    let last = -1;
    for (let t = 0; t < 20_000; t += 137) {
      const { fraction } = estimate(track, t);
      expect(fraction).toBeGreaterThanOrEqual(last);
      expect(fraction).toBeLessThanOrEqual(1);
      last = fraction;
    }
  });
});

describe('workMeter: the work of one check', () => {
  const rules = LEDGER_RULES.filter((r) => r.needs.every((k) => k === 'ledger'));
  it('counts a file while it is read and once it is read', () => {
    const meter = workMeter([{ bytes: 1_000_000, workbook: false }], LEDGER_RULES);
    meter.reading(0);
    expect(meter.work()).toMatchObject({ done: 0, running: readWork({ bytes: 1_000_000, workbook: false }) });
    meter.read(0);
    expect(meter.work()).toMatchObject({ done: readWork({ bytes: 1_000_000, workbook: false }), running: 0 });
  });

  it('recomputes the rest from the rows loaded and the rules that apply', () => {
    const meter = workMeter([{ bytes: 1_000_000, workbook: false }], LEDGER_RULES);
    meter.read(0);
    meter.loading(5000, rules);
    const { total } = meter.work();
    const built = new Set<string>();
    let expected = meter.work().done + loadWork(5000);
    for (const r of rules) {
      expected += ruleWork(r, 5000, built);
      for (const n of [...(r.indexes ?? []), ...(r.tables ?? [])]) built.add(n);
    }
    expect(total).toBeCloseTo(expected);
    meter.loaded();
    meter.rules(rules, []);
    expect(meter.work().done).toBeCloseTo(total);
  });

  it('counts a finished rule once, and an index only for the first rule that builds it', () => {
    const [first, second] = rules.filter((r) => r.indexes?.includes('ledger_session'));
    expect(second).toBeDefined();
    expect(ruleWork(first!, 1000)).toBeGreaterThan(ruleWork(first!, 1000, new Set(['ledger_session'])));
    const meter = workMeter([], LEDGER_RULES);
    meter.loading(1000, rules);
    meter.loaded();
    const before = meter.work().done;
    meter.rules([first!], [second!]);
    meter.rules([first!], [second!]);
    expect(meter.work().done - before).toBeCloseTo(ruleWork(first!, 1000));
    expect(meter.work().running).toBeCloseTo(ruleWork(second!, 1000, new Set([...(first!.indexes ?? []), ...(first!.tables ?? [])])));
  });
});

describe('the costs behind the estimate', () => {
  it('has a measured cost for every rule that runs when every kind of file is loaded (re-run the costs bench after adding a rule)', () => {
    const all = new Set(Object.keys(FILE_KINDS) as FileKind[]);
    const missing = LEDGER_RULES.filter((r) => ruleApplies(r, all) && !(r.id in WORK_COSTS.rulePerRow)).map((r) => r.id);
    expect(missing).toEqual([]);
  });
});

describe('a check reports its work as it goes', () => {
  it('done never goes back, running is said before each rule with its title, and the check ends with all its work done', async () => {
    const events: Progress[] = [];
    await checkLedgerFiles(inputs(), defaultSettings(), { SQL: await sql(), onProgress: (p) => events.push(p) });
    const works = events.map((e) => e.work!);
    expect(works.every(Boolean)).toBe(true);
    for (let i = 1; i < works.length; i++) expect(works[i]!.done).toBeGreaterThanOrEqual(works[i - 1]!.done);
    const last = works.at(-1)!;
    expect(last.done).toBeCloseTo(last.total);
    const titled = events.filter((e) => e.stage === 'rules' && e.rule);
    expect(titled.length).toBeGreaterThan(20);
    expect(titled.every((e) => e.work!.running > 0)).toBe(true);
    expect(new Set(titled.map((e) => e.rule))).toContain(LEDGER_RULES.find((r) => r.id === 'ledger.person-overlap')!.title);
  });

  it('with two engines, every rule that applies is reported finished once, whichever side ran it', async () => {
    const primary = prepareCheck(inputs(), defaultSettings(), { SQL: await sql(), exportable: true });
    try {
      const make = (): QueuePort & { peer?: QueuePort } => ({
        onmessage: null,
        post(message: QueueMessage) {
          const peer = this.peer!;
          setImmediate(() => peer.onmessage?.(structuredClone(message)));
        },
      });
      const p = make();
      const h = make();
      p.peer = h;
      h.peer = p;
      const yieldToMessages = () => new Promise<void>((resolve) => setImmediate(resolve));
      const states: RulesState[] = [];
      const { message } = helpRequest(primary.db, primary.loaded, 1);
      await Promise.all([
        runRulesShared({ db: primary.db, rules: queueOrder(LEDGER_RULES), loaded: primary.loaded, check: 1, port: p, yieldToMessages }, (s) => states.push({ ...s, finished: [...s.finished], running: [...s.running] })),
        helpWithCopy(await sql(), message, h, yieldToMessages),
      ]);
      const applying = LEDGER_RULES.filter((r) => ruleApplies(r, primary.loaded)).map((r) => r.id).sort();
      expect(states.at(-1)!.finished.map((r) => r.id).sort()).toEqual(applying);
      for (let i = 1; i < states.length; i++) expect(states[i]!.finished.length).toBeGreaterThanOrEqual(states[i - 1]!.finished.length);
    } finally {
      primary.db.close();
    }
  });
});

describe('the progress line says it is an estimate', () => {
  it('in words: 约 with the share, the time left once known, never 100% before the end', () => {
    expect(PROGRESS_TEXT.estimate(0.42, null)).toBe('约 42%');
    expect(PROGRESS_TEXT.estimate(0.5, 20_000)).toBe('约 50%,约还需 20 秒');
    expect(PROGRESS_TEXT.estimate(0.2, 600_000)).toBe('约 20%,约还需 10 分钟');
    expect(PROGRESS_TEXT.estimate(1, 0)).toBe('约 99%,即将完成');
    expect(PROGRESS_TEXT.estimate(0.9, 2_000)).toBe('约 90%,即将完成');
    // Four seconds is said as such: the large-file bench saw 即将完成 with 5.5 s really left.
    expect(PROGRESS_TEXT.estimate(0.9, 3_100)).toBe('约 90%,约还需 4 秒');
  });
});
