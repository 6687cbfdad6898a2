import { describe, expect, it } from 'vitest';
import * as samplesRoute from '../../../src/pages/samples/[...file].ts';
import * as templatesRoute from '../../../src/pages/templates/[...file].ts';
import { publicFiles, SAMPLE_SETS } from '../../../src/lib/ledger/sample/downloads.ts';
import { FILE_NAMES } from '../../../src/lib/ledger/file-names.ts';
import { DEFECTS } from '../../../src/lib/ledger/sample/index.ts';
import { LEDGER_RULES } from '../../../src/lib/ledger/index.ts';

type Route = typeof samplesRoute;

/** What a route builds: path under the site root → body, as `astro build` writes it. */
async function built(route: Route, dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const { params, props } of route.getStaticPaths()) {
    const response = await route.GET({ params, props } as unknown as Parameters<Route['GET']>[0]);
    // text() would drop the BOM, which the build keeps: decode the bytes as they are written.
    out.set(`${dir}/${params.file}`, new TextDecoder('utf-8', { ignoreBOM: true }).decode(await (response as Response).arrayBuffer()));
  }
  return out;
}

describe('the templates and samples the site builds', () => {
  it('are exactly what the generator writes: a template and a clean and a planted file per kind, and the README', async () => {
    const expected = publicFiles();
    const routes = new Map([...(await built(templatesRoute as unknown as Route, 'templates')), ...(await built(samplesRoute, 'samples'))]);
    expect([...routes.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [name, text] of expected) expect(routes.get(name), name).toBe(text);
    const names = Object.values(FILE_NAMES);
    expect([...expected.keys()].sort()).toEqual(
      [...names.map((n) => `templates/${n}`), ...names.map((n) => `samples/clean/${n}`), ...names.map((n) => `samples/planted-errors/${n}`), 'samples/planted-errors/README.txt'].sort(),
    );
  });

  it('templates are a BOM and one header row', async () => {
    for (const [name, text] of await built(templatesRoute as unknown as Route, 'templates')) {
      expect(text.startsWith('\uFEFF'), name).toBe(true);
      expect(text.split('\r\n'), name).toHaveLength(2);
    }
  });

  it('the README of the planted sample starts with a BOM and names every planted defect with the rule id that catches it', async () => {
    const readme = (await built(samplesRoute, 'samples')).get('samples/planted-errors/README.txt')!;
    expect(readme.startsWith('\uFEFF')).toBe(true);
    const known = new Set<string>([...LEDGER_RULES.map((r) => r.id), 'cell.invalid']);
    for (const d of SAMPLE_SETS['planted-errors'].defects) {
      expect(readme).toContain(`- ${DEFECTS[d].description}:${DEFECTS[d].rule}\r\n`);
      expect(known.has(DEFECTS[d].rule), DEFECTS[d].rule).toBe(true);
    }
  });
});

