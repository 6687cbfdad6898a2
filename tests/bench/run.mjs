// `npm run bench`: runs every tests/bench/*.bench.ts in turn under Node 22 and lets each print its table.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const all = readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort();
// `npm run bench -- ledger` runs ledger.bench.ts alone (not ledger-costs, ledger-large, ledger-worst); a name that is no
// bench's exact name picks every bench whose name contains it.
const pick = (o) => (all.includes(`${o}.bench.ts`) ? [`${o}.bench.ts`] : all.filter((f) => f.includes(o)));
const files = only.length === 0 ? all : all.filter((f) => only.some((o) => pick(o).includes(f)));
if (files.length === 0) {
  console.log(`No bench named ${only.join(', ')}. Benches: ${all.map((f) => f.replace('.bench.ts', '')).join(', ')}`);
  process.exit(2);
}
// Bench-only packages (tests/bench/package.json) stay out of the main install: install them here on first use.
const benchDeps = Object.keys(JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).dependencies ?? {});
if (benchDeps.some((name) => !existsSync(path.join(dir, 'node_modules', name, 'package.json')))) {
  console.log('Installing the bench-only packages into tests/bench/node_modules (first use)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['ci', '--prefix', dir, '--no-audit', '--no-fund'], { stdio: 'inherit', cwd: dir });
  if (r.status !== 0) console.log('Could not install them: the DuckDB and Lighthouse figures will be missing.');
}
let failed = 0;
for (const file of files) {
  console.log(`\n## ${file}`);
  const r = spawnSync(process.execPath, ['--expose-gc', path.join(dir, file)], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
