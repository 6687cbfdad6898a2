import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { readdir, readFile } from 'node:fs/promises';
import { ClauseSchema } from './lib/policy/schema.ts';

const I18N_DIR = new URL('../content/i18n/', import.meta.url);

// The notice lives in the top-level content/ (not src/content/docs), so the docs collection
// uses a glob loader there; entry ids are paths, so content/clauses/1-1-1.md → /clauses/1-1-1/.
export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema({ extend: ClauseSchema.partial() }),
  }),
  // UI string overrides for zh-CN (Starlight's own translations cover the rest), Pagefind's included.
  // Starlight keys this collection by the file's path under src/content/i18n/; ours lives in
  // content/i18n/, so each file is stored under its bare language tag (zh-CN.json → zh-CN) instead.
  i18n: defineCollection({
    loader: {
      name: 'kehou-i18n',
      load: async ({ store, parseData }) => {
        store.clear();
        for (const file of await readdir(I18N_DIR)) {
          if (!file.endsWith('.json')) continue;
          const id = file.replace(/\.json$/, '');
          store.set({ id, data: await parseData({ id, data: JSON.parse(await readFile(new URL(file, I18N_DIR), 'utf8')) }) });
        }
      },
    },
    schema: i18nSchema(),
  }),
};
