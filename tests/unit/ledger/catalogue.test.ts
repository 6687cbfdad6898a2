import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULE_IDS, ruleHref, ruleInfo, ruleTitle } from '../../../src/lib/ledger/catalogue.ts';
import { check, fixtureSet } from './helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Every finding id the engine can write: `rule: '…'` literals and the file checks of validate.ts. */
const emitted = new Set(
  [...sources(path.join(ROOT, 'src/lib/ledger')), path.join(ROOT, 'src/cli/check.ts')].flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(/rule: '([a-z-]+\.[a-z0-9-]+)'/g), ...text.matchAll(/fileFinding\('([a-z-]+\.[a-z0-9-]+)'/g), ...text.matchAll(/'(file\.[a-z-]+)'/g)].map((m) => m[1]!);
  }),
);

describe('the catalogue of everything a finding can come from', () => {
  it('knows every id the engine writes, with a Chinese title and a basis — never the id as its title', () => {
    expect(emitted.size).toBeGreaterThan(10);
    for (const id of emitted) {
      const info = ruleInfo(id);
      expect(info, id).toBeDefined();
      expect(info!.title).toMatch(/[\u4e00-\u9fff]/);
      expect(info!.title).not.toContain(id);
      expect(info!.basis, id).toBeDefined();
    }
    for (const id of ['cell.invalid', 'file.missing-columns', 'file.extra-columns', 'file.unknown-kind']) expect(ruleTitle(id)).not.toMatch(/[a-z]/);
  });

  it('gives each an anchor on the rules page, and never shows an unknown id as a title', () => {
    for (const id of ALL_RULE_IDS) expect(ruleHref(id)).toBe(`/tools/ledger/rules/#${id}`);
    expect(ruleTitle('something.unknown')).toBe('其他检查');
  });

  it('titles every finding of a report full of file problems', async () => {
    const report = await check(
      fixtureSet(undefined, {
        'odd.csv': '甲,乙,丙\r\n1,2,3\r\n',
        'short.csv': '日期,时段,开始时间\r\n2024-11-01,第一时段,15:30\r\n',
        'extra.csv': `${fixtureSet().get('class-roster.csv')!.replace('学生人数', '学生人数,备注').split('\r\n')[0]}\r\n一(1)班,25,无\r\n`,
      }),
    );
    const rules = new Set(report.findings.map((f) => f.rule));
    for (const id of ['file.unknown-kind', 'file.extra-columns']) expect(rules, id).toContain(id);
    for (const f of report.findings) expect(ruleInfo(f.rule), f.rule).toBeDefined();
  });
});
