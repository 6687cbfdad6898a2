import { describe, expect, it } from 'vitest';
import { CLAUSES, CLAUSE_IDS, citation, clauseHref, clauseNumber, clauseSlug } from '../../../src/lib/policy/clauses.ts';
import { ClauseSchema } from '../../../src/lib/policy/schema.ts';
import { NOTICE, readClauseFiles } from './content.ts';

const files = readClauseFiles();

describe('the clause vocabulary', () => {
  it('has one content file per clause id, named after its slug', () => {
    expect(files.map((f) => f.file).sort()).toEqual(CLAUSE_IDS.map((id) => `${clauseSlug(id)}.md`).sort());
  });

  it.each(files.map((f) => [f.file, f] as const))('%s frontmatter passes ClauseSchema and matches clauses.ts', (_, f) => {
    const clause = ClauseSchema.parse(f.data);
    const known = CLAUSES.find((c) => c.id === clause.id)!;
    expect(clause.heading).toBe(known.heading);
    expect(f.file).toBe(`${clauseSlug(clause.id)}.md`);
    expect(clause.order).toBe(CLAUSE_IDS.indexOf(clause.id));
  });

  it('gives every clause a parent that is the id one level up', () => {
    for (const f of files) {
      const { id, parent } = ClauseSchema.parse(f.data);
      const expected = /\./.test(id) ? id.split('.').slice(0, -1).join('.') : null;
      expect(parent, id).toBe(expected);
    }
  });

  it('keeps clause-level actors, kinds and cadences equal to the union of its duties', () => {
    for (const f of files) {
      const c = ClauseSchema.parse(f.data);
      expect(new Set(c.actors), c.id).toEqual(new Set(c.duties.flatMap((d) => d.actors)));
      expect(new Set(c.kind), c.id).toEqual(new Set(c.duties.map((d) => d.kind)));
      expect(new Set(c.cadence), c.id).toEqual(new Set(c.duties.flatMap((d) => (d.cadence ? [d.cadence] : []))));
    }
  });

  it('quotes every duty word for word from the paragraph it points at', () => {
    for (const f of files) {
      const c = ClauseSchema.parse(f.data);
      for (const d of c.duties) {
        expect(f.paragraphs[d.paragraph - 1] ?? '', `${c.id} p${d.paragraph}`).toContain(d.quote);
      }
    }
  });

  it('holds the notice text word for word: every paragraph is a line (or the rest of a line) of the seed', () => {
    const seedLines = NOTICE.split('\n').map((l) => l.trim());
    for (const f of files) {
      for (const p of f.paragraphs) expect(seedLines.some((l) => l.endsWith(p)), `${f.file}: ${p.slice(0, 20)}`).toBe(true);
    }
  });

  it('marks every 严禁 and 不得 sentence of the notice as a prohibition duty', () => {
    const prohibitionQuotes = files.flatMap((f) => ClauseSchema.parse(f.data).duties.filter((d) => d.kind === '严禁'));
    for (const f of files) {
      f.paragraphs.forEach((p, i) => {
        const sentences = p.split('。').filter((s) => /严禁|不得/.test(s));
        for (const s of sentences) {
          const covered = prohibitionQuotes.some((d) => s.includes(d.quote) || d.quote.includes(s));
          const id = String(f.data.id);
          // 不得 sentences that elaborate a 严禁 in the same paragraph count as covered by it.
          const sameParagraph = ClauseSchema.parse(f.data).duties.some((d) => d.kind === '严禁' && d.paragraph === i + 1);
          expect(covered || sameParagraph, `${id} p${i + 1}: ${s}`).toBe(true);
        }
      });
    }
  });
});

describe('clause addresses and citations', () => {
  it('uses ASCII slugs', () => {
    expect(clauseHref('1.1.1')).toBe('/clauses/1-1-1/');
    expect(clauseHref('1.1.1', 2)).toBe('/clauses/1-1-1/#p2');
    expect(clauseHref('cover')).toBe('/clauses/cover/');
    for (const id of CLAUSE_IDS) expect(clauseHref(id)).toMatch(/^\/clauses\/[a-z0-9-]+\/$/);
  });

  it('numbers clauses as the notice does', () => {
    expect(clauseNumber('1')).toBe('一');
    expect(clauseNumber('1.1')).toBe('一(一)');
    expect(clauseNumber('1.1.1')).toBe('一(一)1');
    expect(clauseNumber('2.3')).toBe('二(三)');
    expect(clauseNumber('3.7')).toBe('三(七)');
    expect(citation('1.1.1', 2)).toBe('浦教义〔2024〕10号 一(一)1 第2段');
  });

  it('finds each clause number in the notice as a heading', () => {
    for (const f of files) {
      const title = String(f.data.title);
      if (f.data.id === 'cover' || f.data.id === '0') continue;
      expect(NOTICE, title).toContain(title);
    }
  });
});
