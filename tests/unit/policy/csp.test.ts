import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHashes, policyFor, withCsp } from '../../../src/lib/site/csp.ts';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const page = `<!doctype html><html><head><meta charset="utf-8"><script>var a=1</script><script type="module" src="/x.js"></script><style>p{color:red}</style></head><body><script type="module">import '/y.js'</script></body></html>`;

describe('per-page Content-Security-Policy', () => {
  it('hashes inline scripts and styles but not external scripts', () => {
    expect(inlineHashes(page, 'script')).toEqual([hash('var a=1'), hash("import '/y.js'")].sort());
    expect(inlineHashes(page, 'style')).toEqual([hash('p{color:red}')]);
  });

  it('allows only the own origin, plus wasm compilation', () => {
    const policy = policyFor(page);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
    expect(policy).not.toMatch(/https?:|\*|'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
  });

  it('puts exactly one policy first in <head>, replacing an earlier one', () => {
    const once = withCsp(page);
    const twice = withCsp(once);
    expect(twice).toBe(once);
    expect(once).toMatch(/<head><meta http-equiv="Content-Security-Policy" content="[^"]+">/);
    expect(once.match(/Content-Security-Policy/gi)).toHaveLength(1);
  });
});
