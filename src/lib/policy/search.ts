/**
 * Exact substring search over the notice. Pagefind splits Chinese into words and misses part-words
 * (查“征询” finds nothing in “意愿征询” when segmented differently), so this index keeps the clause
 * text whole and matches characters.
 */

export interface SearchDoc {
  id: string;
  title: string;
  href: string;
  citation: string;
  paragraphs: string[];
  /** Short restatements of the clause's duties; they rank a clause above a passing mention. */
  summaries: string[];
}

export interface Snippet {
  paragraph: number;
  before: string;
  match: string;
  after: string;
}

export interface SearchHit {
  id: string;
  title: string;
  href: string;
  citation: string;
  score: number;
  snippets: Snippet[];
}

/** Full-width letters and digits to half-width, case and spaces folded: 'ＩＣＳ ' ≈ 'ics'. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

export function queryTerms(query: string): string[] {
  return [...new Set(query.normalize('NFKC').toLowerCase().split(/[\s,,、;;]+/).filter(Boolean))];
}

function count(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

const WEIGHT = { title: 10, summary: 3, body: 1 } as const;
const CONTEXT = 24;

function snippet(paragraph: string, index: number, term: string): Snippet {
  // Search on the normalized text, cut from the original: NFKC keeps CJK text the same length.
  const start = Math.max(0, index - CONTEXT);
  const end = Math.min(paragraph.length, index + term.length + CONTEXT);
  return {
    paragraph: 0,
    before: (start > 0 ? '…' : '') + paragraph.slice(start, index),
    match: paragraph.slice(index, index + term.length),
    after: paragraph.slice(index + term.length, end) + (end < paragraph.length ? '…' : ''),
  };
}

/**
 * Every term must occur in the clause (title, duties or text). Score = Σ over terms of
 * 10 × title hits + 3 × duty-summary hits + body hits; ties keep document order.
 */
export function search(docs: readonly SearchDoc[], query: string, limit = 20): SearchHit[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const hits: SearchHit[] = [];
  docs.forEach((doc) => {
    const title = normalize(doc.title);
    const summaries = doc.summaries.map(normalize);
    const paragraphs = doc.paragraphs.map((p) => p.normalize('NFKC').toLowerCase());
    let score = 0;
    for (const term of terms) {
      const t = normalize(term);
      const inTitle = count(title, t);
      const inSummaries = summaries.reduce((n, s) => n + count(s, t), 0);
      const inBody = paragraphs.reduce((n, p) => n + count(p, t), 0);
      if (inTitle + inSummaries + inBody === 0) return;
      score += WEIGHT.title * inTitle + WEIGHT.summary * inSummaries + WEIGHT.body * inBody;
    }
    const snippets: Snippet[] = [];
    paragraphs.forEach((p, i) => {
      for (const term of terms) {
        const at = p.indexOf(term);
        if (at !== -1 && snippets.length < 3) snippets.push({ ...snippet(doc.paragraphs[i]!, at, term), paragraph: i + 1 });
      }
    });
    hits.push({ id: doc.id, title: doc.title, href: doc.href, citation: doc.citation, score, snippets });
  });
  // Array.prototype.sort is stable, so equal scores stay in document order.
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}
