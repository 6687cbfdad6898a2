import { getCollection, type CollectionEntry } from 'astro:content';
import { ClauseSchema } from '../lib/policy/schema.ts';
import { bodyParagraphs, sortClauses, type ClauseText } from '../lib/policy/notice.ts';

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
