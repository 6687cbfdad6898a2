import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FILE_KINDS, KIND_ORDER, cleanHeader, detectKind, headersOf, matchKind, type FileKind } from '../../../src/lib/ledger/format/kinds.ts';
import { parseCsv } from '../../../src/lib/ledger/format/parse.ts';
import { FIXTURES } from './helpers.ts';
import { FILE_NAMES } from '../../../src/lib/ledger/format/file-names.ts';

/** The exact headers of domain.md's standard template v1, written out again rather than read from kinds.ts. */
const TEMPLATE: Record<FileKind, string> = {
  ledger: '日期,时段,开始时间,结束时间,班级或活动,服务类型,活动类别,活动内容,场地,参与学生人数,工号,姓名,人员类别,职责,课时数',
  monthlySummary: '月份,工号,姓名,参与日期,参与天数,总课时数',
  monthlyDisclosure: '月份,工号,姓名,总课时数',
  semesterDisclosure: '学期,工号,姓名,总课时数,拟发放报酬',
  payReport: '学期,工号,姓名,总课时数,报酬金额',
  externalRoster: '工号,姓名,人员类别,所属单位,学历证明核验,资格证书核验,违法信息查询,身心健康核验,审查日期',
  classRoster: '班级或活动,学生人数',
};
const header = (kind: FileKind) => TEMPLATE[kind].split(',');


describe('file kinds from the header row', () => {
  it('the engine knows exactly the seven kinds of the template, with its headers', () => {
    expect([...KIND_ORDER].sort()).toEqual(Object.keys(TEMPLATE).sort());
    for (const kind of KIND_ORDER) expect(headersOf(kind), kind).toEqual(header(kind));
  });

  it.each(KIND_ORDER)('recognises %s from its exact header', (kind) => {
    expect(detectKind(header(kind))).toBe(kind);
    expect(matchKind(header(kind))).toEqual({ kind, missing: [], extra: [] });
  });

  it.each(KIND_ORDER)('recognises %s from the clean fixture file (BOM in the first cell)', (kind) => {
    const text = readFileSync(path.join(FIXTURES, 'clean', FILE_NAMES[kind]), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(detectKind(parseCsv(text).headers)).toBe(kind);
  });

  it.each(KIND_ORDER)('recognises %s with a BOM, surrounding (also full-width) spaces and reordered columns', (kind) => {
    const h = header(kind);
    expect(detectKind(['\uFEFF' + h[0]!, ...h.slice(1)])).toBe(kind);
    expect(detectKind(h.map((x, i) => (i % 2 ? ` ${x}\t` : `\u3000${x} `)))).toBe(kind);
    expect(detectKind([...h].reverse())).toBe(kind);
  });

  it('any order of any kind\'s header is recognised as that kind', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KIND_ORDER).chain((kind) => fc.tuple(fc.constant(kind), fc.shuffledSubarray(header(kind), { minLength: header(kind).length }))),
        ([kind, shuffled]) => {
          expect(detectKind(shuffled)).toBe(kind);
        },
      ),
    );
  });

  it('工作量公示 (a subset of 月度汇总\'s headers) and 月度汇总 are told apart', () => {
    expect(header('monthlyDisclosure').every((h) => header('monthlySummary').includes(h))).toBe(true);
    expect(detectKind(header('monthlyDisclosure'))).toBe('monthlyDisclosure');
    expect(detectKind(header('monthlySummary'))).toBe('monthlySummary');
    expect(detectKind([...header('monthlySummary')].reverse())).toBe('monthlySummary');
  });

  it('学期公示 and 报酬统计 differ only in the money column', () => {
    expect(detectKind(header('semesterDisclosure'))).toBe('semesterDisclosure');
    expect(detectKind(header('payReport'))).toBe('payReport');
  });

  it('a header of no template is not recognised', () => {
    expect(detectKind(['a', 'b', 'c'])).toBeNull();
    expect(matchKind(['a', 'b', 'c'])).toBeNull();
    expect(matchKind([])).toBeNull();
    expect(matchKind(['日期'])).toBeNull();
  });

  it('a near-complete header names the kind and what is missing', () => {
    const h = header('ledger').filter((x) => x !== '课时数' && x !== '职责');
    expect(detectKind(h)).toBeNull();
    expect(matchKind(h)).toEqual({ kind: 'ledger', missing: ['职责', '课时数'], extra: [] });
    expect(matchKind(['月份', '工号', '姓名'])).toMatchObject({ kind: 'monthlyDisclosure', missing: ['总课时数'] });
    expect(matchKind(['学期', '工号', '姓名', '总课时数'])?.missing).toHaveLength(1);
  });

  it('a misspelt header is missing, not silently accepted', () => {
    const h = header('classRoster');
    expect(matchKind(['班级', h[1]!])).toBeNull();
    expect(detectKind(['班级或活动', '学生数'])).toBeNull();
  });

  it('extra columns are reported beside a complete kind', () => {
    expect(matchKind([...header('payReport'), '备注', ''])).toEqual({ kind: 'payReport', missing: [], extra: ['备注'] });
  });

  it('cleanHeader removes BOM and spaces only at the ends', () => {
    expect(cleanHeader('\uFEFF 日 期 \u3000')).toBe('日 期');
    expect(cleanHeader('工号')).toBe('工号');
  });

  it('every kind has a label, a SQL table name and a clause', () => {
    const tables = KIND_ORDER.map((k) => FILE_KINDS[k].table);
    expect(new Set(tables).size).toBe(tables.length);
    for (const k of KIND_ORDER) {
      expect(FILE_KINDS[k].label).toMatch(/[\u4e00-\u9fff]/);
      expect(FILE_KINDS[k].table).toMatch(/^[a-z_]+$/);
    }
  });
});
