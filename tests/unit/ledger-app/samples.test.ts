import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PUBLIC_DIR, publicFiles } from '../../bench/ledger/samples.ts';

const committed = (dir: string) =>
  readdirSync(path.join(PUBLIC_DIR, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(PUBLIC_DIR, path.join(e.parentPath, e.name)));

describe('the templates and samples under public/', () => {
  it('are exactly what the generator writes (rerun `node tests/bench/ledger/samples.ts` after changing it)', () => {
    const expected = publicFiles();
    expect([...committed('templates'), ...committed('samples')].sort()).toEqual([...expected.keys()].sort());
    for (const [name, text] of expected) expect(readFileSync(path.join(PUBLIC_DIR, name), 'utf8'), name).toBe(text);
  });

  it('templates are a BOM and one header row', () => {
    for (const name of committed('templates')) {
      const text = readFileSync(path.join(PUBLIC_DIR, name), 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(text.split('\r\n')).toHaveLength(2);
    }
  });
});

describe('the planted-errors README', () => {
  it('starts with a BOM and names, for every planted error, a rule id that exists', async () => {
    const { LEDGER_RULES } = await import('../../../src/lib/ledger/index.ts');
    const text = readFileSync(path.join(PUBLIC_DIR, 'samples/planted-errors/README.txt'), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const ids = [...text.matchAll(/^- .+:([a-z-]+\.[a-z-]+)$/gm)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(20);
    const known = new Set<string>([...LEDGER_RULES.map((r) => r.id), 'cell.invalid']);
    expect(ids.filter((id) => !known.has(id))).toEqual([]);
  });
});
