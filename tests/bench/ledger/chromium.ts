/**
 * The whole check in Chromium: the page's worker (src/lib/ledger/browser/worker.ts, bundled by esbuild the way
 * Vite bundles it for the site) gets the generated files from a page on a local server, as the tool page does.
 */
import { build } from 'esbuild';
import { createServer, type Server } from 'node:http';
import { copyFileSync, createReadStream, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../e2e/chromium.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface ChromiumTiming {
  coldMs: number;
  /** Median of three runs after the first. */
  warmMs: number;
  /** The same, with the page's worker alone (no helper worker). */
  aloneMs: number;
  aloneStages: Record<string, number>;
  /** Rules run by the page's worker and by its helper worker, in the median run. */
  rulesRun: { here: number; helper: number };
  cores: number;
  stages: Record<string, number>;
  findings: number;
  errors: number;
  /** Findings per rule id, with and without the helper worker (the report must be the same). */
  ruleFindings: Record<string, number>;
  aloneRuleFindings: Record<string, number>;
}

const PAGE = `<!doctype html><meta charset="utf-8"><title>ledger bench</title>
<script type="module">
window.runCheck = async (names, settings, alone) => {
  const files = await Promise.all(names.map(async (name) => ({ name, bytes: new Uint8Array(await (await fetch('/data/' + name)).arrayBuffer()) })));
  let worker = window.benchWorker;
  if (!worker) {
    // As the page does when files are picked: sql.js and the helper worker get ready before the check.
    worker = window.benchWorker = new Worker('/worker.js', { type: 'module' });
    await new Promise((resolve) => { worker.onmessage = (e) => e.data.type === 'warmed' && resolve(); worker.postMessage({ type: 'warm', id: 0 }); });
  }
  const stages = {};
  const t0 = performance.now();
  let last = t0, current = null;
  const close = (now) => { if (current) stages[current] = (stages[current] ?? 0) + now - last; last = now; };
  const { report, rulesRun } = await new Promise((resolve, reject) => {
    worker.onmessage = (e) => {
      const m = e.data;
      if (m.type === 'progress') { close(performance.now()); current = m.stage; }
      else if (m.type === 'report') resolve(m);
      else if (m.type === 'failed') reject(new Error(m.message));
    };
    worker.onerror = (e) => reject(new Error(e.message));
    worker.postMessage({ type: 'check', id: window.nextId = (window.nextId ?? 1) + 1, files, settings, alone });
  });
  close(performance.now());
  const ms = performance.now() - t0;
  const byRule = {};
  for (const f of report.findings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  return { ms, stages, rulesRun, findings: report.findings.length, errors: report.findings.filter((f) => f.severity === 'error').length, byRule };
};
</script>`;

async function bundle(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  copyFileSync(path.join(root, 'node_modules/sql.js/dist/sql-wasm.wasm'), path.join(dir, 'sql-wasm.wasm'));
  writeFileSync(path.join(dir, 'index.html'), PAGE);
  await build({
    entryPoints: [path.join(root, 'src/lib/ledger/browser/worker.ts')],
    outfile: path.join(dir, 'worker.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    logLevel: 'error',
    plugins: [
      {
        name: 'wasm-url',
        setup(b) {
          b.onResolve({ filter: /\?url$/ }, (args) => ({ path: args.path, namespace: 'wasm-url' }));
          b.onLoad({ filter: /.*/, namespace: 'wasm-url' }, () => ({ contents: 'export default "/sql-wasm.wasm";', loader: 'js' }));
        },
      },
    ],
  });
}

function serve(dir: string, dataDir: string): Promise<{ server: Server; url: string }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.csv': 'text/csv' };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const file = url.pathname.startsWith('/data/')
      ? path.join(dataDir, path.basename(url.pathname))
      : path.join(dir, url.pathname === '/' ? 'index.html' : path.basename(url.pathname));
    try {
      statSync(file);
    } catch {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/` });
  }));
}

export async function checkInChromium(dataDir: string, names: string[], settings: unknown): Promise<ChromiumTiming | string> {
  const executablePath = chromiumPath();
  if (!executablePath) return 'no Chromium found (set CHROMIUM_PATH)';
  const dir = path.join(root, 'tests/bench/out/chromium');
  await bundle(dir);
  const { server, url } = await serve(dir, dataDir);
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(url);
    type Run = { ms: number; stages: Record<string, number>; rulesRun: { here: number; helper: number }; findings: number; errors: number; byRule: Record<string, number> };
    const run = (alone: boolean) =>
      page.evaluate(([n, s, a]) => (window as unknown as { runCheck: (n: unknown, s: unknown, a: boolean) => Promise<Run> }).runCheck(n, s, a), [names, settings, alone] as const);
    const cold = await run(false);
    // With and without the helper worker, alternating, so that both see the same machine.
    const shared: Run[] = [];
    const alone: Run[] = [];
    for (let i = 0; i < Number(process.env.AB_RUNS ?? 3); i++) {
      shared.push(await run(false));
      alone.push(await run(true));
    }
    if (process.env.AB_RUNS) console.log("shared", shared.map((r) => Math.round(r.ms)).join(" "), "\nalone ", alone.map((r) => Math.round(r.ms)).join(" "));
    const median = (runs: Run[]) => runs.sort((a, b) => a.ms - b.ms)[runs.length >> 1]!;
    const warm = median(shared);
    const single = median(alone);
    if (pageErrors.length) return pageErrors.join('; ');
    return {
      coldMs: cold.ms,
      warmMs: warm.ms,
      aloneMs: single.ms,
      aloneStages: single.stages,
      rulesRun: warm.rulesRun,
      cores: await page.evaluate(() => navigator.hardwareConcurrency),
      stages: warm.stages,
      findings: warm.findings,
      errors: warm.errors,
      ruleFindings: warm.byRule,
      aloneRuleFindings: single.byRule,
    };
  } finally {
    await browser.close();
    server.close();
  }
}
