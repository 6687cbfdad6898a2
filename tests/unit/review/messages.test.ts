import { describe, expect, it } from 'vitest';
import { noteText, reviewText, type ReviewNote } from '../../../src/lib/review/messages.ts';
import { fileText } from '../../../src/lib/files/messages.ts';

describe('review and file-layer messages as { code, params }', () => {
  it('word a note from its code and params', () => {
    const note: ReviewNote = { code: 'zip.tooLarge', params: { file: '全区.zip', bytes: 600 * 1024 * 1024, limit: 512 * 1024 * 1024 } };
    expect(noteText(JSON.parse(JSON.stringify(note)) as ReviewNote)).toBe('压缩包「全区.zip」解开后共 600 MB,超过 512 MB 的上限,没有解开。请按学校分批压缩。');
    expect(reviewText('sessionInvalid', { file: 'a.json', where: null, message: '缺少 results' })).toBe('会话文件「a.json」中「(整个文件)」有误:缺少 results。没有载入,当前结果保持不变。');
    expect(fileText('jsonNewer', { file: 's.json', label: '设置文件', version: 3, current: 2 })).toBe('文件「s.json」是较新版本(第 3 版)的设置文件,本页只认识到第 2 版,没有载入。请刷新页面使用最新版本。');
  });

  it('makes a misspelt code or params of the wrong shape a type error (checked by `npm run check`)', () => {
    // @ts-expect-error a note code that does not exist
    const typo: ReviewNote = { code: 'zip.toolarge', params: { file: 'a.zip' } };
    // @ts-expect-error params of the wrong shape
    const shape: ReviewNote = { code: 'zip.nested', params: { school: 'a' } };
    // @ts-expect-error a review code that does not exist
    const text = () => reviewText('canceled', {});
    // @ts-expect-error a file-layer code with another code's params
    const file = () => fileText('jsonNotText', { file: 'a', other: 'b' });
    expect([typo.code, shape.code, typeof text, typeof file]).toEqual(['zip.toolarge', 'zip.nested', 'function', 'function']);
  });
});
