import { createHash } from 'node:crypto';

/**
 * The site's Content-Security-Policy: its own origin only. Inline <script> and <style> elements are
 * allowed by their SHA-256 hashes, computed per page after the build. Style attributes stay allowed
 * (they cannot run code) because Starlight and React render some. 'wasm-unsafe-eval' only where wasm runs
 * (WASM_PAGES and the workers' own scripts).
 */
export const BASE_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-src 'self' blob:",
] as const;

/**
 * The pages whose workers compile WebAssembly (sql.js): a worker started from a blob: URL runs under its page's
 * policy, so these pages need 'wasm-unsafe-eval'. Pagefind's search (on every page) compiles its wasm in its own
 * worker, loaded from /pagefind/ under the header policy below, so the other pages do without it (tested in
 * tests/e2e/csp-workers.spec.ts).
 */
export const WASM_PAGES = ['tools/ledger/index.html', 'tools/review/index.html'] as const;

/** Whether the built page at this path (relative to dist/, `/` separated) runs wasm. */
export const runsWasm = (page: string): boolean => (WASM_PAGES as readonly string[]).includes(page);

/**
 * The policy sent as an HTTP header with the scripts themselves, for hosts that honour `_headers` (and the test
 * server): a worker started from a script's own URL takes its policy from that response. The pages start their
 * workers from blob: URLs, which inherit the page's policy; this covers a worker started any other way.
 */
export const SCRIPT_HEADER_POLICY = [...BASE_DIRECTIVES, "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'"].join('; ');

/** Netlify / Cloudflare Pages `_headers`: the script policy on every built script and on Pagefind's (its worker). */
export const HEADERS_FILE = ['/_astro/*', '/pagefind/*'].map((p) => `${p}\n  Content-Security-Policy: ${SCRIPT_HEADER_POLICY}\n`).join('');

const INLINE = (tag: 'script' | 'style') => new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi');

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Hashes of the inline elements of one tag in a page (elements with a src attribute are skipped). */
export function inlineHashes(html: string, tag: 'script' | 'style'): string[] {
  const hashes = new Set<string>();
  for (const [, attrs, body] of html.matchAll(INLINE(tag))) {
    if (tag === 'script' && /\bsrc\s*=/.test(attrs ?? '')) continue;
    if (body) hashes.add(sha256(body));
  }
  return [...hashes].sort();
}

export function policyFor(html: string, { wasm = false } = {}): string {
  return [
    ...BASE_DIRECTIVES,
    ["script-src 'self'", ...(wasm ? ["'wasm-unsafe-eval'"] : []), ...inlineHashes(html, 'script')].join(' '),
    ["style-src-elem 'self'", ...inlineHashes(html, 'style')].join(' '),
    "style-src-attr 'unsafe-inline'",
  ].join('; ');
}

const CHARSET = /<meta charset=["']?utf-8["']?\s*\/?>/i;

/**
 * Puts the page's policy in a <meta http-equiv> at the top of <head>, replacing any earlier one.
 * `<meta charset>` goes before it: the browser looks for the charset in the first 1024 bytes, and
 * the policy alone is longer than that.
 */
export function withCsp(html: string, options: { wasm?: boolean } = {}): string {
  const cleaned = html.replace(/<meta http-equiv="content-security-policy"[^>]*>/gi, '').replace(CHARSET, '');
  const meta = `<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${policyFor(cleaned, options)}">`;
  return cleaned.replace(/<head(\s[^>]*)?>/i, (head) => head + meta);
}
