import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Every page of the built site, as the sitemap lists it (so new pages are covered automatically). */
export function sitemapPaths(): string[] {
  const xml = readFileSync(path.resolve(import.meta.dirname, '../../dist/sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
}
