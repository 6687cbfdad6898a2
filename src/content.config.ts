import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { ClauseSchema } from './lib/policy/schema.ts';

// The notice lives in the top-level content/ (not src/content/docs), so the docs collection
// uses a glob loader there; entry ids are paths, so content/clauses/1-1-1.md → /clauses/1-1-1/.
export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema({ extend: ClauseSchema.partial() }),
  }),
  // UI string overrides for zh-CN (Starlight's own translations cover the rest).
  i18n: defineCollection({
    loader: glob({ base: './content/i18n', pattern: '*.json' }),
    schema: i18nSchema(),
  }),
};
