import type { APIRoute } from 'astro';
import { loadClauses } from '../components/notice-data.ts';
import { citation, clauseHref } from '../lib/policy/clauses.ts';
import type { SearchDoc } from '../lib/policy/search.ts';

export const GET: APIRoute = async () => {
  const docs: SearchDoc[] = (await loadClauses()).map((c) => ({
    id: c.id,
    title: c.title,
    href: clauseHref(c.id),
    citation: citation(c.id),
    paragraphs: c.paragraphs,
    summaries: c.duties.map((d) => d.summary),
  }));
  return new Response(JSON.stringify(docs), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
