import { describe, expect, it } from 'vitest';
import { ClauseSchema } from '../../../src/lib/policy/schema.ts';
import { ancestors, children, citedDuties, dutiesByActor, dutiesByCadence, prohibitions, type ClauseText } from '../../../src/lib/policy/notice.ts';
import { citationText } from '../../../src/lib/policy/cite.ts';
import { clauseSidebar } from '../../../src/lib/policy/sidebar.ts';
import { CLAUSE_IDS, clauseSlug } from '../../../src/lib/policy/clauses.ts';
import { readClauseFiles } from './content.ts';

const clauses: ClauseText[] = readClauseFiles().map((f) => ({
  ...ClauseSchema.parse(f.data),
  title: String(f.data.title),
  paragraphs: f.paragraphs,
}));
const duties = citedDuties(clauses);

describe('views over the notice', () => {
  it('walks the outline', () => {
    expect(ancestors(clauses, '1.1.4').map((c) => c.id)).toEqual(['1', '1.1']);
    expect(children(clauses, '1.2').map((c) => c.id)).toEqual(['1.2.1', '1.2.2', '1.2.3']);
    expect(ancestors(clauses, '0')).toEqual([]);
  });

  it('lists what each actor must do, and every 处室 named in part three has duties', () => {
    const actors = dutiesByActor(duties).map((g) => g.actor);
    for (const a of ['学校', '学段中心', '党政办', '组织人事处', '义务教育处', '督导处', '德育处', '民办教育处', '计财处']) {
      expect(actors).toContain(a);
    }
  });

  it('groups duties by cadence in calendar order', () => {
    expect(dutiesByCadence(duties).map((g) => g.cadence)).toEqual(['每日', '每周', '每月', '每学期', '每学年', '每年']);
    const monthly = dutiesByCadence(duties).find((g) => g.cadence === '每月')!.duties.map((d) => d.clause);
    expect(monthly).toEqual(['1.2.1', '1.2.2']);
  });

  it('lists prohibitions with links to their paragraphs', () => {
    const list = prohibitions(duties);
    expect(list.every((d) => d.kind === '严禁')).toBe(true);
    expect(list.map((d) => d.href)).toContain('/clauses/1-1-1/#p2');
    expect(list.map((d) => d.href)).toContain('/clauses/1-1-5/#p2');
    expect(list.map((d) => d.href)).toContain('/clauses/3-4/#p1');
  });

  it('copies a citation with its link', () => {
    expect(citationText('浦教义〔2024〕10号 一(一)1', 'http://x/clauses/1-1-1/#p3', 2)).toBe(
      '浦教义〔2024〕10号 一(一)1 第2段 http://x/clauses/1-1-1/#p2',
    );
    expect(citationText('浦教义〔2024〕10号 一(一)1', 'http://x/clauses/1-1-1/')).toBe('浦教义〔2024〕10号 一(一)1 http://x/clauses/1-1-1/');
  });

  it('puts every clause exactly once in the sidebar', () => {
    const slugs: string[] = [];
    const walk = (items: ReturnType<typeof clauseSidebar>) => {
      for (const item of items) 'slug' in item ? slugs.push(item.slug) : walk(item.items);
    };
    walk(clauseSidebar());
    expect(slugs).toEqual(CLAUSE_IDS.map((id) => `clauses/${clauseSlug(id)}`));
  });
});
