#!/usr/bin/env node
// The kehou command. Its engines are the TypeScript modules under src/lib, run directly
// by Node's type stripping, which needs Node ≥ 22.18 (the project's node@22 devDependency).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [major, minor] = process.versions.node.split('.').map(Number);

if (major < 22 || (major === 22 && minor < 18)) {
  const node22 = path.join(root, 'node_modules', 'node', 'bin', 'node');
  const result = spawnSync(node22, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  if (result.error) {
    console.error(`kehou 需要 Node.js ≥ 22.18(当前 ${process.version}),请先在项目目录运行 npm install。`);
    process.exit(2);
  }
  process.exit(result.status ?? 2);
} else {
  const { main } = await import('../src/cli/main.ts');
  process.exitCode = await main(process.argv.slice(2));
}
