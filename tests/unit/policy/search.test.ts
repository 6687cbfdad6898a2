import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalize, queryTerms, search, type SearchDoc } from '../../../src/lib/policy/search.ts';

const doc = (id: string, title: string, paragraphs: string[], summaries: string[] = []): SearchDoc => ({
  id,
  title,
  href: `/clauses/${id}/`,
  citation: id,
  paragraphs,
  summaries,
});

const docs = [
  doc('a', '1.精心安排课后服务内容', ['原则上每学期至少开展一次课后服务意愿征询。', '严禁组织学生刷题备考。']),
  doc('b', '2.强化校内公示制度', ['公示前须按“三重一大”事项集体决策制度提交审议。'], ['公示前按“三重一大”审议']),
  doc('c', '3.落实经费保障制度', ['上报材料中须含“三重一大”事项记录表。']),
];

describe('substring search over the notice', () => {
  it('finds part-words that word segmentation misses', () => {
    expect(search(docs, '征询').map((h) => h.id)).toEqual(['a']);
    expect(search(docs, '刷题').map((h) => h.id)).toEqual(['a']);
  });

  it('ranks the clause whose duties name the term above a passing mention', () => {
    expect(search(docs, '三重一大').map((h) => h.id)).toEqual(['b', 'c']);
  });

  it('ranks a title hit first', () => {
    expect(search(docs, '公示')[0]!.id).toBe('b');
  });

  it('requires every space-separated term', () => {
    expect(search(docs, '三重一大 记录表').map((h) => h.id)).toEqual(['c']);
    expect(search(docs, '三重一大 刷题')).toEqual([]);
  });

  it('points snippets at the paragraph and cuts the match out of the original text', () => {
    const [hit] = search(docs, '刷题');
    expect(hit!.snippets[0]).toMatchObject({ paragraph: 2, match: '刷题' });
    expect(hit!.snippets[0]!.before + hit!.snippets[0]!.match + hit!.snippets[0]!.after).toBe('严禁组织学生刷题备考。');
  });

  it('folds full-width letters, case and spaces', () => {
    expect(normalize(' ＡＢ c ')).toBe('abc');
    expect(queryTerms('三重一大,  公示')).toEqual(['三重一大', '公示']);
    expect(search(docs, '')).toEqual([]);
  });

  it('every hit contains every term, for any substring query', () => {
    const paragraphs = docs.flatMap((d) => d.paragraphs);
    fc.assert(
      fc.property(fc.nat(paragraphs.length - 1), fc.nat(40), fc.integer({ min: 1, max: 6 }), (which, start, len) => {
        const text = paragraphs[which]!;
        const q = text.slice(start % text.length, (start % text.length) + len);
        if (!q || /[\s,,、;;]/.test(q)) return;
        const hits = search(docs, q);
        expect(hits.length).toBeGreaterThan(0);
        for (const h of hits) {
          const d = docs.find((x) => x.id === h.id)!;
          expect(normalize([d.title, ...d.summaries, ...d.paragraphs].join(''))).toContain(normalize(q));
        }
      }),
    );
  });
});
