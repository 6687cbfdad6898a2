/**
 * `kehou allocate` reads the 台账 through the same reading layer as `kehou check`: a cell it cannot read
 * exactly stops the sum before any money is shared out, and the school's own column names come from its
 * settings file (issue 9's mapping step, issue 15's "1,5").
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../../../src/cli/allocate.ts';
import { capture } from './capture.ts';
import { defaultSettings } from '../../../src/lib/ledger/settings.ts';

const CLEAN = 'tests/fixtures/allocation/ledger-clean.csv';
const dir = mkdtempSync(path.join(tmpdir(), 'kehou-allocate-reading-'));
const clean = readFileSync(CLEAN, 'utf8');

afterEach(() => vi.restoreAllMocks());

/** The clean 台账 with one cell of its first data row replaced. */
function withFirstRowCell(header: string, value: string): string {
  const lines = clean.split(/\r?\n/);
  const column = lines[0]!.replace(/^\uFEFF/, '').split(',').indexOf(header);
  // The first data row has one quoted cell (活动内容) with a comma in it: split outside quotes.
  const cells = lines[1]!.match(/("[^"]*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''));
  cells[column] = value.includes(',') ? `"${value}"` : value;
  lines[1] = cells.slice(0, lines[0]!.split(',').length).join(',');
  return lines.join('\n');
}

describe('kehou allocate reads the 台账 exactly', () => {
  it.each(['1,5', '1,500', '１，５'])('课时数 "%s" is refused as ambiguous (never paid as 15 or 1500): exit 1, the row and column named, no amounts printed', async (value) => {
    const file = path.join(dir, 'comma.csv');
    writeFileSync(file, withFirstRowCell('课时数', value));
    const io = capture();
    expect(await run([file, '--fund', '60000', '--json'])).toBe(1);
    expect(io.err()).toContain(`「comma.csv」第 2 行「课时数」列:课时数“${value}”有歧义:逗号可能是小数点。如是一点五请写 1.5`);
    expect(io.out()).toBe('');
  });

  it('the same 台账 with 1.5 in that cell is shared out (the refusal above is about the comma alone)', async () => {
    const file = path.join(dir, 'point.csv');
    writeFileSync(file, withFirstRowCell('课时数', '1.5'));
    const io = capture();
    expect(await run([file, '--fund', '60000', '--json'])).toBe(0);
    expect(JSON.parse(io.out()).total).toBe('60000.00');
  });

  it('--settings carries the school\'s own column name: refused without it, the same amounts as the template with it', async () => {
    const renamed = path.join(dir, 'renamed.csv');
    writeFileSync(renamed, clean.replace('课时数', '计量'));
    const settings = path.join(dir, 'columns.json');
    writeFileSync(settings, JSON.stringify({ ...defaultSettings(), columns: { ledger: { 课时数: '计量' } } }));

    const without = capture();
    expect(await run([renamed, '--fund', '60000', '--json'])).toBe(1);
    expect(without.out()).toBe('');
    // The ledger reader's finding (the missing column), and how to map it here: not "不是台账".
    expect(without.err()).toBe(
      '「renamed.csv」看起来是“课后服务工作台账”,但缺少列:课时数。请按模板补齐这些列,或用 --settings 载入台账自查的设置文件,在其“列对应”中指明文件里对应的列。',
    );
    vi.restoreAllMocks();

    const mapped = capture();
    expect(await run([renamed, '--fund', '60000', '--json', '--settings', settings])).toBe(0);
    const people = (JSON.parse(mapped.out()) as { people: unknown[] }).people;
    vi.restoreAllMocks();

    const template = capture();
    expect(await run([CLEAN, '--fund', '60000', '--json'])).toBe(0);
    expect(people).toEqual((JSON.parse(template.out()) as { people: unknown[] }).people);
  });
});
