import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES, findingText, messageText, said, type LedgerMessage } from '../../../src/lib/ledger/messages.ts';
import type { Finding } from '../../../src/lib/ledger/types.ts';
import { bytes, check, FIXTURES, fixtureSet } from './helpers.ts';

describe('ledger messages as { code, params }', () => {
  it('renders every finding of every planted defect from its code and params alone, and the params survive JSON', async () => {
    const seen = new Set<string>();
    const defects = readdirSync(path.join(FIXTURES, 'defects'));
    for (const defect of defects) {
      const report = await check(fixtureSet(defect));
      for (const f of report.findings) {
        const { code, params } = JSON.parse(JSON.stringify({ code: f.code, params: f.params })) as Pick<Finding, 'code' | 'params'>;
        expect(findingText({ code, params } as LedgerMessage), `${defect} ${f.rule}`).toBe(f.message);
        seen.add(f.code);
      }
    }
    // Rule findings (code = the rule's id) and the reading layer's (a code of MESSAGES) both went through.
    expect([...seen].some((c) => c in MESSAGES)).toBe(true);
    expect([...seen].some((c) => c.startsWith('ledger.'))).toBe(true);
  });

  it('gives the reading layer’s unreadable files a code and params, rendered to the same sentence', async () => {
    const bad = path.join(FIXTURES, 'bad-input');
    const inputs = ['empty.csv', 'image.png.csv', 'ledger-utf16.csv'].map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(bad, name))) }));
    const report = await check([...inputs, { name: '坏.csv', bytes: bytes('工号,姓名\n001,王\u0000丽\n') }]);
    const unreadable = report.findings.filter((f) => f.rule === 'file.unreadable');
    expect(unreadable.map((f) => [f.file, f.code, f.params])).toEqual([
      ['empty.csv', 'empty', {}],
      ['image.png.csv', 'binaryKind', { kind: 'png' }],
      ['ledger-utf16.csv', 'utf16', {}],
    ]);
    for (const f of report.findings) expect(findingText(f)).toBe(f.message);
  });

  it('keeps the wording: a sentence per code as the page and the CLI have always shown it', () => {
    expect(said('required', { header: '姓名' })).toEqual({ code: 'required', params: { header: '姓名' }, message: '“姓名”不能为空。' });
    expect(messageText({ code: 'controlCharacter', params: { column: null, position: 3, name: 'NUL' } })).toBe(
      '“第 3 列”中有不可见的控制字符(NUL),这一行没有检查。文件可能已损坏,或从别的程序复制时带入了控制字符;请删去后重新保存。',
    );
    expect(messageText({ code: 'binaryKind', params: { kind: 'png' } })).toBe('这不是 CSV 文本文件,而是PNG 图片。请在 Excel 中打开原表格,“另存为”→“CSV UTF-8(逗号分隔)”后再载入。');
    expect(messageText({ code: 'unlisted', params: { rule: 'cell.invalid', within: 'ledger.csv', unlisted: 1234, listed: 1000 } })).toMatch(/^「ledger\.csv:单元格内容不符合模板」另有 1,234 条未列出/);
  });

  it('makes a misspelt code, params of the wrong shape or a misspelt rule a type error (checked by `npm run check`)', () => {
    // @ts-expect-error a code that is not in MESSAGES
    const typo = () => said('requried', { header: '姓名' });
    // @ts-expect-error params of another code's shape
    const wrongShape = () => said('required', { value: '姓名' });
    // @ts-expect-error a message without its params
    const noParams: LedgerMessage = { code: 'tooLarge' };
    const finding: Finding = {
      // @ts-expect-error a rule id that is not in check-ids.ts
      rule: 'cell.invalid-value',
      clause: '1.2.1',
      severity: 'error',
      file: null,
      row: null,
      column: null,
      ...said('noHeader', {}),
    };
    expect([typeof typo, typeof wrongShape, noParams.code, finding.code]).toEqual(['function', 'function', 'tooLarge', 'noHeader']);
  });
});
