import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBytes, DEFAULT_MAX_BYTES } from '../../../src/lib/ledger/format/decode.ts';
import { said } from '../../../src/lib/ledger/messages.ts';
import { FIXTURES } from './helpers.ts';

const BAD = path.join(FIXTURES, 'bad-input');
const read = (name: string) => new Uint8Array(readFileSync(path.join(BAD, name)));
const CHINESE = /[\u4e00-\u9fff]/;
const utf8 = new TextEncoder();

// The same 21 lines of the clean 台账, as Excel would save them in each encoding.
const expectedText = readFileSync(path.join(BAD, 'ledger-utf8.csv'), 'utf8');

describe('decodeBytes: encodings', () => {
  it('takes a UTF-8 BOM as UTF-8 and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8.encode(expectedText)]);
    const r = decodeBytes(bytes);
    expect(r).toEqual({ ok: true, text: expectedText, encoding: 'utf-8-bom' });
  });

  it('reads UTF-8 without a BOM', () => {
    const r = decodeBytes(read('ledger-utf8.csv'));
    expect(r).toEqual({ ok: true, text: expectedText, encoding: 'utf-8' });
  });

  it('falls back to GB18030 for what Chinese Excel writes, and the Chinese survives', () => {
    const bytes = read('ledger-gb18030.csv');
    // The fixture really is GB18030: not valid UTF-8, and different bytes from the UTF-8 file.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const r = decodeBytes(bytes);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toBe(expectedText);
    expect(r.text).toContain('日期,时段,开始时间,结束时间,班级或活动');
    expect(r.text).toContain('完成当日书面作业,个别答疑');
  });

  it('decodes characters outside GBK (four-byte GB18030) too', () => {
    // 𠮷 (U+20BB7) is four bytes in GB18030: 0x95 0x34 0xB2 0x35.
    const bytes = new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb, 0x0a, 0x95, 0x34, 0xb2, 0x35, 0x0a]);
    const r = decodeBytes(bytes);
    expect(r).toEqual({ ok: true, text: '姓名\n𠮷\n', encoding: 'gb18030' });
  });

  it('lets the user force GB18030', () => {
    const r = decodeBytes(read('ledger-gb18030.csv'), 'gb18030');
    expect(r).toEqual({ ok: true, text: expectedText, encoding: 'gb18030' });
  });

  it('says in Chinese that a forced UTF-8 does not fit GB18030 bytes', () => {
    const r = decodeBytes(read('ledger-gb18030.csv'), 'utf-8');
    expect(r).toEqual({ ok: false, ...said('badOverride', { encoding: 'utf-8' }) });
    if (!r.ok) {
      expect(r.message).toMatch(CHINESE);
      expect(r.message).toContain('UTF-8');
      expect(r.message).toContain('自动识别');
    }
  });

  it('forcing UTF-8 on a file with a BOM drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8.encode('月份,工号\n')]);
    expect(decodeBytes(bytes, 'utf-8')).toEqual({ ok: true, text: '月份,工号\n', encoding: 'utf-8' });
    expect(decodeBytes(bytes, 'utf-8-bom')).toEqual({ ok: true, text: '月份,工号\n', encoding: 'utf-8-bom' });
  });

  it('forcing GB18030 on this UTF-8 file says the bytes are not GB18030', () => {
    expect(decodeBytes(read('ledger-utf8.csv'), 'gb18030')).toEqual({ ok: false, ...said('badOverride', { encoding: 'gb18030' }) });
  });
});

describe('decodeBytes: bad input gets a Chinese message', () => {
  it('an empty file', () => {
    const r = decodeBytes(read('empty.csv'));
    expect(r).toEqual({ ok: false, ...said('empty', {}) });
    if (!r.ok) expect(r.message).toMatch(CHINESE);
  });

  it('a binary file (PNG header with NULs)', () => {
    const r = decodeBytes(read('image.png.csv'));
    expect(r).toEqual({ ok: false, ...said('binaryKind', { kind: 'png' }) });
  });

  it('a zip (.xlsx) header', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]);
    expect(decodeBytes(zip)).toEqual({ ok: false, ...said('binaryKind', { kind: 'zip' }) });
  });

  it('a NUL inside a text file is not "binary": the file is read and parse names the row', () => {
    const r = decodeBytes(utf8.encode('工号,姓名\n001,王\u0000丽\n'));
    expect(r).toEqual({ ok: true, text: '工号,姓名\n001,王\u0000丽\n', encoding: 'utf-8' });
  });

  it('a UTF-8 file with GBK rows pasted in names the mixing and the first such row', () => {
    const gbk = new Uint8Array([0xcd, 0xf5, 0xc0, 0xf6]); // 王丽 in GBK
    const bytes = new Uint8Array([...utf8.encode('工号,姓名\n001,李明\n002,'), ...gbk, 0x0a]);
    const r = decodeBytes(bytes);
    expect(r).toEqual({ ok: false, ...said('mixedEncoding', { row: 3 }) });
    expect(said('mixedEncoding', { row: 3 }).message).toContain('前面是 UTF-8,第 3 行起有 GBK 等其他编码的文字');
    // A GBK file from its first Chinese line on is plain GBK, not mixed.
    const plain = new Uint8Array([...utf8.encode('a,b\n1,'), ...gbk, 0x0a]);
    expect(decodeBytes(plain)).toMatchObject({ ok: true, encoding: 'gb18030' });
  });

  it('control characters without a NUL still count as binary', () => {
    const bytes = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(decodeBytes(bytes)).toEqual({ ok: false, ...said('binary', {}) });
  });

  it('UTF-16 with a BOM, little- and big-endian', () => {
    expect(decodeBytes(read('ledger-utf16.csv'))).toEqual({ ok: false, ...said('utf16', {}) });
    expect(decodeBytes(new Uint8Array([0xfe, 0xff, 0x65, 0xe5, 0x67, 0x1f]))).toEqual({ ok: false, ...said('utf16', {}) });
    // An override does not make UTF-16 readable either.
    expect(decodeBytes(read('ledger-utf16.csv'), 'utf-8').ok).toBe(false);
  });

  it('a 200 MB file is refused by size, with its size in the message, without decoding', () => {
    const big = new Uint8Array(200 * 1024 * 1024);
    const r = decodeBytes(big);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toBe(said('tooLarge', { size: big.length, limit: DEFAULT_MAX_BYTES }).message);
    expect(r.message).toContain('200 MB');
    expect(r.message).toContain('100 MB');
    expect(r.message).toMatch(/拆分/);
  });

  it('the size limit is exact: limit bytes are read, one more is refused', () => {
    const text = 'a,b\n1,2\n';
    const bytes = utf8.encode(text);
    expect(decodeBytes(bytes, undefined, bytes.length)).toEqual({ ok: true, text, encoding: 'utf-8' });
    const r = decodeBytes(bytes, undefined, bytes.length - 1);
    expect(r.ok).toBe(false);
  });

  it('bytes valid in neither UTF-8 nor GB18030 are refused, not decoded as garbage', () => {
    // 0x80 and 0xFF are not lead bytes in GB18030, and not valid UTF-8.
    const r = decodeBytes(new Uint8Array([0x61, 0x2c, 0x62, 0x0a, 0xff, 0x80, 0x0a]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(CHINESE);
  });
});

describe('decodeBytes: laws', () => {
  it('any bytes in → {ok:true,text,encoding} or {ok:false,message in Chinese}; never throws', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 600 }),
        fc.constantFrom(undefined, 'utf-8', 'utf-8-bom', 'gb18030' as const),
        (bytes, override) => {
          const r = decodeBytes(bytes, override);
          if (r.ok) {
            expect(typeof r.text).toBe('string');
            expect(['utf-8', 'utf-8-bom', 'gb18030']).toContain(r.encoding);
            if (override) expect(r.encoding).toBe(override);
            expect(r.text.startsWith('\uFEFF')).toBe(false);
          } else {
            expect(r.message).toMatch(CHINESE);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('any byte mix biased to high bytes and GB lead bytes never throws', () => {
    const byte = fc.oneof(fc.integer({ min: 0x80, max: 0xff }), fc.integer({ min: 0x20, max: 0x7e }), fc.constantFrom(0x0a, 0x0d, 0x2c, 0x22));
    fc.assert(
      fc.property(fc.array(byte, { minLength: 1, maxLength: 400 }), (arr) => {
        const r = decodeBytes(new Uint8Array(arr));
        expect(r.ok ? typeof r.text : r.message).toMatch(r.ok ? /string/ : CHINESE);
      }),
      { numRuns: 500 },
    );
  });

  it('a UTF-8 text (without control characters) round-trips, with or without a BOM', () => {
    const printable = fc
      .string({ unit: 'binary', minLength: 1, maxLength: 200 })
      .filter((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(s) && !s.startsWith('\uFEFF'));
    fc.assert(
      fc.property(printable, (s) => {
        const bytes = utf8.encode(s);
        expect(decodeBytes(bytes)).toEqual({ ok: true, text: s, encoding: 'utf-8' });
        const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
        expect(decodeBytes(withBom)).toEqual({ ok: true, text: s, encoding: 'utf-8-bom' });
      }),
      { numRuns: 400 },
    );
  });

  it('a Chinese text in GB18030 round-trips through detection', () => {
    // Chinese Excel output: CJK and ASCII text. TextEncoder cannot write GB18030, so use the fixture's
    // characters re-ordered: any sequence of its lines is still GB18030 text.
    const gbLines = readFileSync(path.join(BAD, 'ledger-gb18030.csv')).toString('latin1').split('\n').filter(Boolean);
    const textLines = expectedText.split('\n').filter(Boolean);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: gbLines.length - 1 }), { minLength: 1, maxLength: 10 }), (picks) => {
        const bytes = new Uint8Array(Buffer.from(picks.map((i) => gbLines[i] + '\n').join(''), 'latin1'));
        const r = decodeBytes(bytes);
        expect(r).toEqual({ ok: true, text: picks.map((i) => textLines[i] + '\n').join(''), encoding: 'gb18030' });
      }),
      { numRuns: 100 },
    );
  });
});
