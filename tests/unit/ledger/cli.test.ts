import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync, readdirSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { clauseHref, citation } from '../../../src/lib/policy/clauses.ts';
import { findingText, said } from '../../../src/lib/ledger/messages.ts';
import type { Finding } from '../../../src/lib/ledger/types.ts';
import { SEVERITY_LABELS } from '../../../src/lib/ledger/types.ts';
import { FIXTURES, check, fixtureSet } from './helpers.ts';
import { defaultSettings, LEDGER_RULES, schoolCalendar } from '../../../src/lib/ledger/index.ts';
import { DEFECT_NAMES, generateSchool } from '../../../src/lib/ledger/sample/index.ts';
import { toCsv } from '../../../src/lib/ledger/summaries/export.ts';
import { INSTRUCTIONS, schoolWorkbook } from '../../fixtures/ledger/workbooks.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const NODE = path.join(ROOT, 'node_modules/.bin/node');
const CLEAN = path.join(FIXTURES, 'clean');
const BAD = path.join(FIXTURES, 'bad-input');
const cleanFiles = readdirSync(CLEAN).map((f) => path.join(CLEAN, f));
const tmp = mkdtempSync(path.join(tmpdir(), 'kehou-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function kehou(...args: string[]): Promise<Run> {
  return kehouWith({}, ...args);
}

function kehouWith(env: Record<string, string>, ...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [path.join(ROOT, 'bin/kehou.mjs'), 'check', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The clean files with the defect folder's files in place of those of the same name. */
function defectFiles(defect: string): string[] {
  const dir = path.join(FIXTURES, 'defects', defect);
  const replaced = new Set(readdirSync(dir));
  return [...cleanFiles.filter((f) => !replaced.has(path.basename(f))), ...[...replaced].map((f) => path.join(dir, f))];
}

interface JsonReport {
  files: { name: string; kind: string | null; encoding: string | null; rows: number }[];
  findings: Finding[];
  rules: { ran: string[]; skipped: { missing: string[]; rules: string[] }[] };
}

describe('kehou check', () => {
  it('the clean school-month: every file listed with kind, encoding and rows; no finding; exit 0', async () => {
    const r = await kehou(...cleanFiles);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ledger.csv:读作课后服务工作台账,UTF-8(带 BOM),表头在第 1 行,411 行数据');
    expect(r.stdout).toContain('monthly-summary.csv:读作月度汇总');
    expect(r.stdout).toContain('monthly-disclosure.csv:读作工作量公示');
    expect(r.stdout).toContain(`规则:执行 ${LEDGER_RULES.length} 条。`);
    expect(r.stdout).toContain('共 0 条:错误 0,警告 0,提示 0。');
  });

  it('a defect set: exit 1, every finding of the engine printed in Chinese with its rule id, citation and clause link', async () => {
    const defect = 'duplicate-row';
    const [r, report] = await Promise.all([kehou(...defectFiles(defect)), check(fixtureSet(defect))]);
    expect(r.code).toBe(1);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.map((f) => f.rule)).toContain('ledger.duplicate-row');
    for (const f of report.findings) {
      const where = [f.file, f.row !== null ? `第 ${f.row} 行` : null, f.column ? `“${f.column}”列` : null].filter(Boolean).join(' ');
      expect(r.stdout).toContain(`[${SEVERITY_LABELS[f.severity]}] ${where}:${f.message}`);
      expect(r.stdout).toContain(`    ${f.rule} · ${citation(f.clause)} ${clauseHref(f.clause)}`);
    }
    expect(r.stdout).toMatch(/\[错误\]/);
    expect(r.stdout).toMatch(/\/clauses\/[0-9-]+\//);
  });

  it('--json prints {files:[{name,kind,encoding,rows,…}], findings:[{rule,clause,severity,file,row,column,code,params,message}], rules}; each message is its code and params in words', async () => {
    const r = await kehou('--json', ...defectFiles('invalid-cell'), path.join(BAD, 'ledger-gb18030.csv'));
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as JsonReport;
    expect(Object.keys(out).sort()).toEqual(['files', 'findings', 'rules']);
    expect(out.files).toHaveLength(cleanFiles.length + 1);
    for (const f of out.files) expect(Object.keys(f).sort()).toEqual(['columns', 'encoding', 'headerRow', 'ignored', 'kind', 'loaded', 'name', 'rows', 'skipped']);
    expect(out.files).toContainEqual(expect.objectContaining({ name: 'ledger-gb18030.csv', kind: 'ledger', encoding: 'gb18030', rows: 20, headerRow: 1, loaded: 20 }));
    expect(out.files).toContainEqual(expect.objectContaining({ name: 'class-roster.csv', kind: 'classRoster', encoding: 'utf-8-bom', rows: 12 }));
    expect(out.findings.length).toBeGreaterThan(0);
    for (const f of out.findings) {
      expect(Object.keys(f).sort()).toEqual(['clause', 'code', 'column', 'file', 'message', 'params', 'row', 'rule', 'severity']);
      expect(['error', 'warning', 'info']).toContain(f.severity);
      expect(f.message).toMatch(/[\u4e00-\u9fff]/);
      expect(findingText(f)).toBe(f.message);
    }
    const cell = out.findings.find((f) => f.rule === 'cell.invalid');
    expect(cell).toMatchObject({ file: 'ledger.csv', column: '职责', severity: 'error', clause: '1.2.1' });
    expect(cell!.row).toBeGreaterThanOrEqual(2);
  });

  it('--json of the clean set has no findings and exit 0', async () => {
    const r = await kehou(...cleanFiles, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as JsonReport;
    expect(out.findings).toEqual([]);
    expect(out.files.map((f) => f.kind).sort()).toEqual(['classRoster', 'externalRoster', 'ledger', 'monthlyDisclosure', 'monthlySummary', 'payReport', 'semesterDisclosure']);
  });

  it('says which rules ran and which were skipped for a file not loaded, in --json and in text', async () => {
    const r = await kehou('--json', path.join(CLEAN, 'ledger.csv'));
    const out = JSON.parse(r.stdout) as JsonReport;
    const skipped = out.rules.skipped.find((g) => g.missing.length === 1 && g.missing[0] === 'monthlySummary');
    expect(skipped!.rules.length).toBeGreaterThan(0);
    expect(out.rules.ran).toContain('ledger.person-overlap');
    expect(out.rules.ran).not.toContain(skipped!.rules[0]);
    const text = await kehou(path.join(CLEAN, 'ledger.csv'));
    expect(text.stdout).toContain(`未载入月度汇总:跳过 ${skipped!.rules.length} 条规则`);
    expect(text.stdout).toMatch(/ledger\.csv:读作课后服务工作台账,.*表头在第 1 行/);
  });

  it('an .xlsx workbook: each sheet listed with its kind and header row; a finding names the file and the sheet', async () => {
    const planted = fixtureSet('person-double-booked');
    const book = path.join(tmp, '课后服务.xlsx');
    writeFileSync(book, schoolWorkbook(planted));
    const [r, text] = await Promise.all([kehou('--json', book), kehou(book)]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as JsonReport & { files: { sheet?: string; headerRow?: number }[]; findings: { sheet?: string }[] };
    expect(out.files).toContainEqual(expect.objectContaining({ name: '课后服务.xlsx', sheet: '台账', kind: 'ledger', headerRow: INSTRUCTIONS.length + 1 }));
    expect(out.findings).toContainEqual(expect.objectContaining({ rule: 'ledger.person-overlap', file: '课后服务.xlsx', sheet: '台账' }));
    expect(text.stdout).toContain(`课后服务.xlsx 工作表「台账」:读作课后服务工作台账,表头在第 ${INSTRUCTIONS.length + 1} 行`);
    expect(text.stdout).toMatch(/\[错误\] 课后服务\.xlsx 工作表「台账」 第 \d+ 行/);
  });

  it('a legacy .xls workbook (Excel 97–2003): read like an .xlsx, each sheet with its kind and header row', async () => {
    const xls = path.join(FIXTURES, 'legacy', '台账.xls');
    const others = cleanFiles.filter((f) => !/ledger\.csv|class-roster\.csv/.test(f));
    const [r, text] = await Promise.all([kehou('--json', xls, ...others), kehou(xls)]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { files: { name: string; sheet?: string; kind: string | null; headerRow?: number; rows: number }[]; findings: { severity: string }[] };
    expect(out.files.filter((f) => f.name === '台账.xls').map((f) => [f.sheet, f.kind, f.headerRow])).toEqual([
      ['台账', 'ledger', INSTRUCTIONS.length + 1],
      ['班级名册', 'classRoster', 1],
    ]);
    expect(out.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(text.stdout).toContain(`台账.xls 工作表「台账」:读作课后服务工作台账,表头在第 ${INSTRUCTIONS.length + 1} 行`);
  });

  it('--settings carries the school\'s column names (the page\'s mapping step)', async () => {
    const planted = fixtureSet('person-double-booked');
    const renamed = path.join(tmp, 'renamed.csv');
    writeFileSync(renamed, planted.get('ledger.csv')!.replace('课时数', '计量'));
    const settings = path.join(tmp, 'columns.json');
    writeFileSync(settings, JSON.stringify({ ...defaultSettings(), columns: { ledger: { 课时数: '计量' } } }));
    const [without, withSettings] = await Promise.all([kehou('--json', renamed), kehou('--json', '--settings', settings, renamed)]);
    expect(JSON.parse(without.stdout).files[0].kind).toBeNull();
    expect(JSON.parse(withSettings.stdout).files[0]).toMatchObject({ kind: 'ledger', columns: [{ header: '课时数', from: '计量' }] });
  });

  it('a missing file: exit 2, told in Chinese on stderr', async () => {
    const r = await kehou(path.join(CLEAN, 'ledger.csv'), path.join(tmp, 'nope.csv'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.csv');
    expect(r.stderr).toContain('文件不存在');
  });

  it('a folder instead of a file: exit 2', async () => {
    const r = await kehou(CLEAN);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('这是一个文件夹');
  });

  it('a binary file: exit 2 with the Chinese message, the other files still checked', async () => {
    const r = await kehou('--json', path.join(CLEAN, 'class-roster.csv'), path.join(BAD, 'image.png.csv'));
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as JsonReport;
    expect(out.files).toContainEqual(expect.objectContaining({ name: 'image.png.csv', kind: null, encoding: null, rows: 0 }));
    expect(out.files).toContainEqual(expect.objectContaining({ name: 'class-roster.csv', kind: 'classRoster', encoding: 'utf-8-bom', rows: 12 }));
    expect(out.findings).toContainEqual({ rule: 'file.unreadable', clause: '1.2.1', severity: 'error', file: 'image.png.csv', row: null, column: null, ...said('binaryKind', { kind: 'png' }) });
    const text = await kehou(path.join(BAD, 'image.png.csv'));
    expect(text.code).toBe(2);
    expect(text.stdout).toContain(`[错误] image.png.csv:${said('binaryKind', { kind: 'png' }).message}`);
  });

  it('an empty file and a UTF-16 file: exit 2, each with its message', async () => {
    const r = await kehou('--json', path.join(BAD, 'empty.csv'), path.join(BAD, 'ledger-utf16.csv'));
    expect(r.code).toBe(2);
    const messages = (JSON.parse(r.stdout) as JsonReport).findings.map((f) => f.message);
    expect(messages).toContain(said('empty', {}).message);
    expect(messages).toContain(said('utf16', {}).message);
  });

  it('a FIFO and a device: refused before reading (no hang), exit 2', async () => {
    const fifo = path.join(tmp, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    for (const file of [fifo, '/dev/zero']) {
      const r = await kehou(file);
      expect(r.code, file).toBe(2);
      expect(r.stderr, file).toContain('不是普通文件');
    }
    const s = await kehou(path.join(CLEAN, 'ledger.csv'), '--settings', '/dev/zero');
    expect(s.code).toBe(2);
    expect(s.stderr).toContain('设置文件 /dev/zero');
  });

  it('a settings file over its limit is refused before reading', async () => {
    const big = path.join(tmp, 'big-settings.json');
    writeFileSync(big, '{');
    truncateSync(big, 5 * 1024 * 1024);
    const r = await kehou(path.join(CLEAN, 'ledger.csv'), '--settings', big);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/超过.*上限/);
  });

  it('control characters in a cell or a file name are named or printed as escapes, never sent to the terminal', async () => {
    const file = path.join(tmp, 'title\u001b]0;pwned\u0007\u202e.csv');
    const ledger = fixtureSet().get('ledger.csv')!.split('\n');
    ledger[1] = ledger[1]!.replace(',主讲,', ',主讲\u001b]0;pwned\u0007\u009b2J\u202e,');
    writeFileSync(file, ledger.join('\n'));
    const [text, json] = await Promise.all([kehou(file), kehou('--json', file)]);
    for (const out of [text.stdout, json.stdout]) expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(text.stdout).toContain('title\\x1b]0;pwned\\x07\\u{202e}.csv');
    expect(text.stdout).toContain('第 2 行:“职责”中有不可见的控制字符(ESC)');
    expect(text.stdout).toContain('不可见的控制字符(ESC)');
  });

  it('an internal failure: exit 3 and a Chinese sentence, never a stack', async () => {
    const { guarded } = await import('../../../src/cli/main.ts');
    const errors: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((m: unknown) => void errors.push(String(m)));
    try {
      expect(await guarded(() => Promise.reject(new RangeError('Invalid string length')))).toBe(3);
      expect(await guarded(() => Promise.reject(new TypeError('x is undefined')))).toBe(3);
    } finally {
      spy.mockRestore();
    }
    expect(errors[0]).toContain('内存不足');
    expect(errors[1]).toContain('程序意外出错');
    expect(errors.join('')).not.toMatch(/at |Error|undefined/);
  });

  it('a 200 MB file: exit 2 with the size message, no crash', async () => {
    const big = path.join(tmp, 'huge.csv');
    writeFileSync(big, '日期,时段\n');
    truncateSync(big, 200 * 1024 * 1024);
    const r = await kehou(big);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('200 MB');
    expect(r.stderr).toContain('拆分');
  });

  it('an unknown header: exit 1 with file.unknown-kind', async () => {
    const other = path.join(tmp, 'scores.csv');
    writeFileSync(other, '序号,学生姓名,成绩\n1,张三,90\n');
    const r = await kehou('--json', other);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as JsonReport).findings.map((f) => [f.rule, f.file, f.row])).toEqual([['file.unknown-kind', 'scores.csv', 1]]);
  });

  it('--settings that is not JSON: exit 2 with a Chinese message on stderr', async () => {
    const r = await kehou(path.join(CLEAN, 'class-roster.csv'), '--settings', path.join(BAD, 'bad-settings.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bad-settings.json');
    expect(r.stderr).toContain('不是有效的 JSON');
    expect(r.stdout).toBe('');
  });

  it('--settings with a value out of range: exit 2, naming the setting, in Chinese', async () => {
    const file = path.join(tmp, 'settings.json');
    writeFileSync(file, JSON.stringify({ format: 'kehou-ledger-settings', version: 1, lessonMinutes: 5 }));
    const r = await kehou(path.join(CLEAN, 'class-roster.csv'), '--settings', file);
    expect(r.code).toBe(2);
    // The setting by its name on the page and by its key in the file; zod's message in Chinese, not its English default.
    expect(r.stderr).toContain('「一课时分钟数」(lessonMinutes)');
    expect(r.stderr).not.toMatch(/expected|Too small/);
    expect(r.stderr.split('(lessonMinutes)')[1]).toMatch(/^[^a-z]*[\u4e00-\u9fff]/);
  });

  it('--settings missing or without a value, an unknown option, no files: exit 2 with usage', async () => {
    for (const args of [[path.join(CLEAN, 'class-roster.csv'), '--settings', path.join(tmp, 'none.json')], [path.join(CLEAN, 'class-roster.csv'), '--settings'], ['--yaml', path.join(CLEAN, 'class-roster.csv')], []]) {
      const r = await kehou(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('valid --settings change the result: the 学期 of the clean data makes the semester rules run', async () => {
    const file = path.join(tmp, 'november.json');
    writeFileSync(file, JSON.stringify({ format: 'kehou-ledger-settings', version: 1, semesters: [{ name: '2024-2025学年第一学期', start: '2024-11-01', end: '2024-11-30' }] }));
    const files = defectFiles('semester-hours-differ-from-ledger');
    const [withSettings, withDefaults] = await Promise.all([kehou('--json', '--settings', file, ...files), kehou('--json', ...files)]);
    const rules = (r: Run) => (JSON.parse(r.stdout) as JsonReport).findings.map((f) => f.rule);
    expect(withSettings.code).toBe(1);
    expect(rules(withSettings)).toContain('pay-report.hours-vs-ledger');
    // The default 学期 runs from September, so one month of 台账 is not compared with the semester's 课时.
    expect(rules(withDefaults)).not.toContain('pay-report.hours-vs-ledger');
  });

  it('--settings with a misspelt key: the file is read, the key is named on stderr, --json stays one document', async () => {
    const file = path.join(tmp, 'typo.json');
    writeFileSync(file, JSON.stringify({ format: 'kehou-ledger-settings', version: 1, externalShareMx: 0.2 }));
    const r = await kehou('--json', '--settings', file, path.join(CLEAN, 'class-roster.csv'));
    expect(r.stderr).toContain('不认识的项:externalShareMx,已忽略');
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(r.code).not.toBe(2);
  });

  it('a second thread shares the rules: the same report, byte for byte, as one thread (a 12k-row school with every planted defect)', async () => {
    const settings = defaultSettings();
    const semester = settings.semesters[0]!;
    const schoolDays = schoolCalendar(settings, semester.start, semester.end).filter((d) => d.schoolDay).map((d) => d.date);
    const { files } = generateSchool({ seed: 5, schoolDays, periods: settings.periods, lessonMinutes: settings.lessonMinutes, semester: semester.name, rows: 12_000, defects: DEFECT_NAMES });
    const dir = mkdtempSync(path.join(tmp, 'school-'));
    const paths = Object.values(files).map((f) => {
      const file = path.join(dir, f.name);
      writeFileSync(file, toCsv(f.header, f.rows));
      return file;
    });
    const [shared, alone] = await Promise.all([kehouWith({ KEHOU_DEBUG: 'threads' }, '--json', ...paths), kehouWith({ KEHOU_THREADS: '1', KEHOU_DEBUG: 'threads' }, '--json', ...paths)]);
    expect(shared.code).toBe(1);
    expect(new Set((JSON.parse(shared.stdout) as JsonReport).findings.map((f) => f.rule)).size).toBeGreaterThan(20);
    expect(shared.stdout).toBe(alone.stdout);
    expect(alone.stderr).toBe('');
    const split = /rules: (\d+) main thread, (\d+) helper thread/.exec(shared.stderr);
    if (availableParallelism() >= 2) {
      expect(split, shared.stderr).not.toBeNull();
      expect(Number(split![1]) + Number(split![2])).toBeGreaterThanOrEqual(36);
      expect(Number(split![2])).toBeGreaterThan(0);
    }
  }, 60_000);
});
