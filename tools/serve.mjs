// A small static server for the built site (dist/): `npm start`, the browser tests and the benchmarks.
// Not `astro preview`: that refuses to start while another preview of the project runs, and serves scripts
// uncompressed and without dist/_headers. Like a real host, this one compresses text, scripts, JSON and wasm (brotli or gzip,
// as the browser accepts), so page-weight figures are what a visitor downloads.
import { createServer } from 'node:http';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const port = Number(process.env.KEHOU_PORT ?? process.argv[2] ?? 4321);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

// dist/_headers as Netlify and Cloudflare Pages read it: a path pattern (`*` at the end), then indented headers.
const HEADER_RULES = [];
for (const line of (await readFile(path.join(root, '_headers'), 'utf8').catch(() => '')).split('\n')) {
  if (/^\S/.test(line)) HEADER_RULES.push({ prefix: line.trim().replace(/\*$/, ''), headers: {} });
  else if (line.includes(':') && HEADER_RULES.length) {
    const at = line.indexOf(':');
    HEADER_RULES.at(-1).headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
}
const headersFor = (urlPath) => Object.assign({}, ...HEADER_RULES.filter((r) => urlPath.startsWith(r.prefix)).map((r) => r.headers));
const COMPRESSIBLE = /^text\/|javascript|json|xml|svg|wasm/;
/** Compressed bodies, by encoding and file version: each file is compressed once, a rebuilt one again. */
const compressed = new Map();

async function resolve(urlPath) {
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  let file = path.join(root, clean);
  if (!file.startsWith(root)) return null;
  try {
    if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
    await stat(file);
    return file;
  } catch {
    return null;
  }
}

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const file = await resolve(url.pathname);
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(await readFile(path.join(root, '404.html')).catch(() => 'Not found'));
    return;
  }
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  const accepted = String(req.headers['accept-encoding'] ?? '');
  const encoding = !COMPRESSIBLE.test(type) ? null : /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
  if (!encoding) {
    res.writeHead(200, { 'Content-Type': type, ...headersFor(url.pathname) });
    res.end(await readFile(file));
    return;
  }
  const { mtimeMs, size } = await stat(file);
  const key = `${encoding}:${file}:${mtimeMs}:${size}`;
  let body = compressed.get(key);
  if (!body) {
    const raw = await readFile(file);
    body = encoding === 'br' ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }) : gzipSync(raw, { level: 9 });
    compressed.set(key, body);
  }
  res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': encoding, Vary: 'Accept-Encoding', ...headersFor(url.pathname) });
  res.end(body);
}).listen(port, '127.0.0.1', () => console.log(`dist/ at http://localhost:${port}/`));
