import { getCollection, type CollectionEntry } from 'astro:content';
import { ClauseSchema } from '../lib/policy/schema.ts';
import { sortClauses, type ClauseText } from '../lib/policy/notice.ts';

/** Paragraphs of a clause file's body: blank-line separated, as the remark anchors count them. */
export function bodyParagraphs(body: string | undefined): string[] {
  return (body ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

export function isClauseEntry(entry: CollectionEntry<'docs'>): boolean {
  return entry.id.startsWith('clauses/');
}

let cache: Promise<ClauseText[]> | undefined;

/** Every clause of the notice, in document order, with frontmatter re-validated as a full ClauseSchema. */
export function loadClauses(): Promise<ClauseText[]> {
  cache ??= getCollection('docs', isClauseEntry).then((entries) =>
    sortClauses(
      entries.map((e) => ({
        ...ClauseSchema.parse(e.data),
        title: e.data.title,
        paragraphs: bodyParagraphs(e.body),
      })),
    ),
  );
  return cache;
}
