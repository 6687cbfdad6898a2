/**
 * Lighthouse (mobile preset, the system Chromium) over the built site: the clause page 1-1-4 and the
 * tool pages. Prints the four category scores, LCP, CLS and the bytes transferred per page.
 * Needs `npm run build` first; serves dist/ with tools/serve.mjs on KEHOU_PORT (default 4321).
 * Targets (issue 13): tool pages ≥ 95 performance and 100 best practices, CLS < 0.05.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumPath } from '../e2e/chromium.ts';

/** The part of Lighthouse's result this bench reads (lighthouse is a bench-only package: see bench-only.d.ts). */
interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: { id: string }[] } | undefined>;
  audits: Record<string, { id: string; title: string; score: number | null; scoreDisplayMode: string; numericValue?: number; details?: unknown } | undefined>;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const port = Number(process.env.KEHOU_PORT ?? 4321);
const PAGES = ['/clauses/1-1-4/', '/tools/ledger/', '/tools/allocation/', '/tools/plan/', '/tools/review/'];

if (!existsSync(path.join(root, 'dist/index.html'))) {
  console.log('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const chromePath = chromiumPath();
if (!chromePath) {
  console.log('No Chromium found (/usr/bin/chromium or CHROMIUM_PATH).');
  process.exit(1);
}

// A server already answering on the port (e.g. the browser tests' serve.mjs) is used as it is.
const running = await fetch(`http://localhost:${port}/`).then((r) => r.ok, () => false);
const server = running ? null : spawn(process.execPath, [path.join(root, 'tools/serve.mjs'), String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
if (server) {
  await new Promise<void>((resolve, reject) => {
    server.stdout!.once('data', () => resolve());
    server.once('exit', (code) => reject(new Error(`serve.mjs exited (${code}); is port ${port} free?`)));
  });
}

const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
const rows: string[] = [];
let failed = false;
try {
  for (const pathname of PAGES) {
    const url = `http://localhost:${port}${pathname}`;
    if ((await fetch(url)).status !== 200) continue;
    // Lighthouse's default config is the mobile preset (Moto G Power, slow 4G, 4× CPU slowdown).
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    const lhr: Lhr = result!.lhr;
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    const perf = score('performance');
    const best = score('best-practices');
    const cls = audit('cumulative-layout-shift');
    const tool = pathname.startsWith('/tools/');
    const misses = tool ? [perf < 95 && 'perf<95', best < 100 && 'bp<100', cls >= 0.05 && 'CLS≥0.05'].filter(Boolean) : [];
    if (misses.length) failed = true;
    rows.push(
      `| ${pathname} | ${perf} | ${score('accessibility')} | ${best} | ${score('seo')} | ${(audit('first-contentful-paint') / 1000).toFixed(2)} s | ${(audit('largest-contentful-paint') / 1000).toFixed(2)} s | ${Math.round(audit('total-blocking-time'))} ms | ${cls.toFixed(3)} | ${(audit('total-byte-weight') / 1024).toFixed(0)} KiB | ${misses.join(', ') || 'ok'} |`,
    );
    const failing = Object.values(lhr.categories['best-practices']?.auditRefs ?? [])
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative');
    for (const a of failing) {
      const items = ((a!.details as { items?: unknown[] } | undefined)?.items ?? []).slice(0, 3);
      console.log(`  ${pathname} best practices: ${a!.id} — ${a!.title} ${JSON.stringify(items).slice(0, 400)}`);
    }
  }
} finally {
  chrome.kill();
  server?.kill();
}

console.log('\nLighthouse, mobile preset (figures vary with machine load)\n');
console.log('| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | bytes | targets |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
if (failed) console.log('\nA tool page misses a target (performance ≥ 95, best practices 100, CLS < 0.05).');
