import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFixtures } from '../../fixtures/ledger/make-fixtures.ts';
import { DEFECT_NAMES } from '../../../src/lib/ledger/sample/index.ts';
import { FIXTURES } from './helpers.ts';

const committed = (dir: string) =>
  readdirSync(path.join(FIXTURES, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(FIXTURES, path.join(e.parentPath, e.name)).split(path.sep).join('/'));

describe('the committed ledger fixtures', () => {
  it('are exactly what the generator writes (rerun `node tests/fixtures/ledger/make-fixtures.ts` after changing it)', () => {
    const expected = generatedFixtures();
    expect([...committed('clean'), ...committed('defects')].sort()).toEqual([...expected.keys()].sort());
    for (const [name, text] of expected) expect(readFileSync(path.join(FIXTURES, name), 'utf8'), name).toBe(text);
  });

  it('hold one folder per planted defect, each with at least one file that differs from clean/', () => {
    expect(readdirSync(path.join(FIXTURES, 'defects')).sort()).toEqual([...DEFECT_NAMES].sort());
    for (const d of DEFECT_NAMES) expect(committed(`defects/${d}`).length, d).toBeGreaterThan(0);
  });
});
