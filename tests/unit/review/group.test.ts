import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { expandZips, groupSchools, noteText, unzip } from '../../../src/lib/review/index.ts';

const entry = (path: string, text = 'x') => ({ path, bytes: strToU8(text) });
const names = (items: { path: string }[]) => groupSchools(items).schools.map((s) => [s.school, s.data.map((d) => d.name)]);

describe('groupSchools', () => {
  it('the picked folder is not a school: each folder under it is one, named after the folder', () => {
    expect(names([entry('区/甲校/台账.csv'), entry('区/甲校/9月/汇总.csv'), entry('区/乙校/台账.csv')])).toEqual([
      ['乙校', ['台账.csv']],
      ['甲校', ['9月/汇总.csv', '台账.csv']],
    ]);
  });

  it('a single school folder picked on its own stays that school (its CSV files are not orphaned)', () => {
    expect(names([entry('甲校/台账.csv'), entry('甲校/名册.csv')])).toEqual([['甲校', ['台账.csv', '名册.csv']]]);
  });

  it('a workbook at the top is a school named after the workbook, even under a picked folder', () => {
    expect(names([entry('区/甲校.xlsx'), entry('区/乙校.xls')])).toEqual([
      ['乙校', ['乙校.xls']],
      ['甲校', ['甲校.xlsx']],
    ]);
  });

  it('plans, settings, clutter and unknown files each go where they belong, and unused files are named in notes', () => {
    const g = groupSchools([
      entry('甲校/台账.csv'),
      entry('甲校/方案.json'),
      entry('甲校/台账自查设置.json'),
      entry('甲校/.DS_Store'),
      entry('__MACOSX/甲校/._台账.csv'),
      entry('甲校/~$台账.xlsx'),
      entry('甲校/说明.docx'),
      entry('乙校方案.json'),
      entry('散落.csv'),
    ]);
    expect(g.schools).toHaveLength(1);
    expect(g.schools[0]!.plans.map((p) => p.name)).toEqual(['方案.json']);
    expect(g.schools[0]!.settings.map((p) => p.name)).toEqual(['台账自查设置.json']);
    expect(g.loosePlans.map((p) => p.name)).toEqual(['乙校方案.json']);
    expect(g.notes.map((n) => n.code).sort()).toEqual(['file.notChecked', 'file.outsideSchool']);
    expect(g.notes.map(noteText).join('\n')).toMatch(/散落\.csv.*不在任何学校的文件夹里/);
  });
});

describe('unzip and expandZips', () => {
  it('a district zip opens to the same schools as the folder; a zip of loose CSV files is one school named after the zip', () => {
    const district = zipSync({ '区/甲校/台账.csv': strToU8('a'), '区/乙校/台账.csv': strToU8('b') });
    const single = zipSync({ '台账.csv': strToU8('c'), '名册.csv': strToU8('d') });
    const { files, notes } = expandZips([{ path: '区.zip', bytes: district }, { path: '丙校.zip', bytes: single }]);
    expect(notes).toEqual([]);
    expect(names(files)).toEqual([
      ['丙校', ['台账.csv', '名册.csv']],
      ['乙校', ['台账.csv']],
      ['甲校', ['台账.csv']],
    ]);
  });

  it('names written in GBK without the UTF-8 flag (Windows’ built-in zip) are read back as Chinese', () => {
    const gbk = Uint8Array.from([0xbc, 0xd7, 0xd0, 0xa3, 0x2e, 0x63, 0x73, 0x76]); // 甲校.csv in GBK
    // fflate writes a name of Latin-1 characters byte for byte and without the UTF-8 flag: the GBK bytes as they are.
    const rebuilt = zipSync({ [String.fromCharCode(...gbk)]: strToU8('x') });
    const opened = unzip('x.zip', rebuilt);
    expect(opened.ok && opened.entries.map((e) => e.path)).toEqual(['甲校.csv']);
  });

  it('refuses a zip with more files than the limit, with a Chinese message naming the zip', () => {
    const zip = zipSync(Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`甲校/${i}.csv`, strToU8('x')])));
    const r = unzip('区.zip', zip, { maxFiles: 5, maxBytes: 1e9, maxRatio: 200, ratioFrom: 1 << 20 });
    expect(r.ok).toBe(false);
    expect(!r.ok && noteText(r.note)).toMatch(/压缩包「区\.zip」里有 6 个文件,超过 5 个的上限/);
  });

  it('refuses a zip bomb by its ratio before inflating it, and one too large in total', () => {
    const bomb = zipSync({ '甲校/台账.csv': new Uint8Array(4 << 20) }, { level: 9 });
    const r = unzip('炸弹.zip', bomb);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.note.code).toBe('zip.ratio');
    expect(!r.ok && noteText(r.note)).toMatch(/压缩炸弹/);
    const big = unzip('大.zip', bomb, { maxFiles: 10, maxBytes: 1 << 20, maxRatio: 1e9, ratioFrom: 1 << 20 });
    expect(!big.ok && big.note.code).toBe('zip.tooLarge');
  });

  it('a damaged zip is a note, not an exception; a zip inside a zip is named, not opened', () => {
    const r = expandZips([{ path: '坏.zip', bytes: strToU8('PK not really') }]);
    expect(r.notes.map((n) => n.code)).toEqual(['zip.unreadable']);
    const nested = expandZips([{ path: '区.zip', bytes: zipSync({ '甲校/台账.csv': strToU8('a'), '甲校/旧.zip': zipSync({}) }) }]);
    expect(nested.notes.map((n) => n.code)).toEqual(['zip.nested']);
    expect(nested.files.map((f) => f.path)).toEqual(['甲校/台账.csv']);
  });
});
