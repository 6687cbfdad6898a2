import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { jsonSizeProblem, readJsonFile, writeJsonFile, type JsonFileFormat } from '../../../src/lib/files/json-file.ts';
import { describePath } from '../../../src/lib/files/path.ts';

const Thing = z.object({ name: z.string().min(1), count: z.number().int().min(0), items: z.array(z.object({ at: z.string() })).default([]) });
type Thing = z.infer<typeof Thing>;
const THING: JsonFileFormat<Thing> = {
  format: 'kehou-test-thing',
  version: 2,
  label: '测试文件',
  schema: Thing,
  labels: { name: '名称', count: '数量', items: '条目', at: '位置' },
  maxBytes: 2000,
  migrations: { 1: (d) => ({ ...d, count: Number(d.total ?? 0) }) },
};

describe('one JSON-file reader (format name, version, size limit, Chinese messages)', () => {
  it('reads back what it wrote, for any valid value (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), fc.nat(1000), fc.array(fc.string({ maxLength: 5 }), { maxLength: 5 }), (name, count, ats) => {
        const value = { name, count, items: ats.map((at) => ({ at })) };
        expect(readJsonFile(THING, 't.json', writeJsonFile(THING, value))).toEqual({ ok: true, value, notes: [] });
      }),
    );
  });

  it('refuses {} , another tool\'s file, an unknown or newer version, naming the file', () => {
    const cases: [string, RegExp][] = [
      ['{}', /「a\.json」没有注明文件格式/],
      [JSON.stringify({ format: 'kehou-plan', version: 2 }), /是一校一方案文件,不是测试文件/],
      [JSON.stringify({ format: 'other', version: 1 }), /没有注明文件格式/],
      [JSON.stringify({ format: 'kehou-test-thing', version: 'x' }), /版本号“x”无法识别/],
      [JSON.stringify({ format: 'kehou-test-thing', version: 3 }), /较新版本\(第 3 版\)/],
      ['[1]', /应是一个对象/],
      ['{', /不是有效的 JSON/],
    ];
    for (const [text, expected] of cases) {
      const read = readJsonFile(THING, 'a.json', text);
      expect(read.ok, text).toBe(false);
      if (!read.ok) expect(read.messages.join(''), text).toMatch(expected);
    }
  });

  it('upgrades an older version and says so', () => {
    const read = readJsonFile(THING, 'a.json', JSON.stringify({ format: 'kehou-test-thing', version: 1, name: '甲', total: 3 }));
    expect(read).toEqual({ ok: true, value: { name: '甲', count: 3, items: [] }, notes: [expect.stringContaining('第 1 版')] });
  });

  it('says which top-level keys it does not know (a misspelt setting is not dropped without a word), and still reads the file', () => {
    const read = readJsonFile(THING, 'a.json', JSON.stringify({ format: 'kehou-test-thing', version: 2, name: '甲', count: 1, cuont: 2, extra: true }));
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(read.value).toEqual({ name: '甲', count: 1, items: [] });
      expect(read.notes).toHaveLength(1);
      expect(read.notes[0]).toMatch(/「a\.json」中有测试文件不认识的项:cuont、extra,已忽略/);
    }
  });

  it('checks the size before parsing, for text and bytes alike', () => {
    const big = JSON.stringify({ format: 'kehou-test-thing', version: 2, name: 'x'.repeat(3000), count: 1 });
    for (const input of [big, new TextEncoder().encode(big)]) {
      const read = readJsonFile(THING, 'big.json', input);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.messages[0]).toMatch(/超过测试文件 .* 的上限/);
    }
    expect(jsonSizeProblem(THING, 'big.json', 100 * 1024 * 1024)).toContain('100 MB');
    expect(jsonSizeProblem(THING, 'ok.json', 10)).toBeNull();
  });

  it('names each bad field the way the page labels it, in Chinese, once per place', () => {
    const read = readJsonFile(THING, 'a.json', JSON.stringify({ format: 'kehou-test-thing', version: 2, name: '', count: -1, items: [{ at: 1 }] }));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.messages).toHaveLength(3);
    expect(read.messages[2]).toContain('「条目 › 第 1 项 › 位置」(items.0.at)');
    for (const m of read.messages) expect(m.replace('a.json', '').replace(/\([\w.]+\)/, '')).not.toMatch(/[A-Za-z]/);
  });

  it('decodes bytes as strict UTF-8', () => {
    const read = readJsonFile(THING, 'gbk.json', new Uint8Array([0x7b, 0xc4, 0xe3, 0x7d]));
    expect(read).toMatchObject({ ok: false, messages: [expect.stringContaining('不是 UTF-8 文本')] });
  });

  it('describes paths with dotted labels where a key means different things in different places', () => {
    expect(describePath(['a', 'duration', 0], { 'a.duration': '时长系数', duration: '时长' })).toBe('a › 时长系数 › 第 1 项');
    expect(describePath([], {})).toBe('整个文件');
  });
});
