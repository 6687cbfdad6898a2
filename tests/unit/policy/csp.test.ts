import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HEADERS_FILE, inlineHashes, policyFor, runsWasm, withCsp } from '../../../src/lib/site/csp.ts';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const page = `<!doctype html><html><head><meta charset="utf-8"><script>var a=1</script><script type="module" src="/x.js"></script><style>p{color:red}</style></head><body><script type="module">import '/y.js'</script></body></html>`;

describe('per-page Content-Security-Policy', () => {
  it('hashes inline scripts and styles but not external scripts', () => {
    expect(inlineHashes(page, 'script')).toEqual([hash('var a=1'), hash("import '/y.js'")].sort());
    expect(inlineHashes(page, 'style')).toEqual([hash('p{color:red}')]);
  });

  it('allows only the own origin, and wasm compilation only on a page that asks for it', () => {
    for (const wasm of [false, true]) {
      const policy = policyFor(page, { wasm });
      expect(policy).toContain("default-src 'self'");
      expect(policy).not.toMatch(/https?:|\*|'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
    }
    expect(policyFor(page)).toContain("script-src 'self' 'sha256-");
    expect(policyFor(page, { wasm: true })).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
  });

  it('gives wasm to the ledger and review pages only, and the script policy to Pagefind\'s worker', () => {
    expect(['tools/ledger/index.html', 'tools/review/index.html'].every(runsWasm)).toBe(true);
    expect(['index.html', 'tools/allocation/index.html', 'tools/plan/index.html', 'tools/ledger/rules/index.html'].some(runsWasm)).toBe(false);
    expect(HEADERS_FILE).toMatch(/^\/pagefind\/\*\n {2}Content-Security-Policy: .*'wasm-unsafe-eval'/m);
  });

  it('puts exactly one policy at the top of <head>, right after the charset, replacing an earlier one', () => {
    const once = withCsp(page);
    const twice = withCsp(once);
    expect(twice).toBe(once);
    expect(once).toMatch(/<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="[^"]+">/);
    expect(once.match(/Content-Security-Policy/gi)).toHaveLength(1);
    expect(once.match(/<meta charset/gi)).toHaveLength(1);
  });

  it('keeps <meta charset> within the first 1024 bytes however long the policy grows', () => {
    const many = page.replace('</head>', `${Array.from({ length: 40 }, (_, i) => `<style>.c${i}{}</style>`).join('')}</head>`);
    expect(policyFor(many).length).toBeGreaterThan(1024);
    expect(withCsp(many).indexOf('<meta charset="utf-8">')).toBeLessThan(1024);
  });
});
