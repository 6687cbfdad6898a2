// `npm run bench`: runs every tests/bench/*.bench.ts in turn under Node 22 and lets each print its table.
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
// Bench-only references (DuckDB, Lighthouse) live in tests/bench/package.json, outside the main install:
// installed there on first use, from its own lock.
if (!existsSync(path.join(dir, 'node_modules/@duckdb/node-api'))) {
  console.log('Installing the bench-only packages into tests/bench/node_modules (first run)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['ci', '--prefix', dir, '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (r.status !== 0) console.log('Could not install them: the DuckDB and Lighthouse figures will be missing.');
}
let failed = 0;
for (const file of files) {
  console.log(`\n## ${file}`);
  const r = spawnSync(process.execPath, ['--expose-gc', path.join(dir, file)], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
