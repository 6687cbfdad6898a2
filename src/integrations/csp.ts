import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HEADERS_FILE, runsWasm, withCsp } from '../lib/site/csp.ts';

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full);
    else if (entry.name.endsWith('.html')) yield full;
  }
}

/** After the build, gives every page a CSP meta whose hashes match that page's inline code. */
export function csp(): AstroIntegration {
  return {
    name: 'kehou:csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let pages = 0;
        const root = fileURLToPath(dir);
        for await (const file of htmlFiles(root)) {
          const page = path.relative(root, file).split(path.sep).join('/');
          await writeFile(file, withCsp(await readFile(file, 'utf8'), { wasm: runsWasm(page) }));
          pages++;
        }
        await writeFile(path.join(root, '_headers'), HEADERS_FILE);
        logger.info(`Content-Security-Policy set on ${pages} pages, and for the scripts in _headers`);
      },
    },
  };
}
