import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import * as fflate from 'fflate';
import { readInput, type XlsxModule } from '../../src/lib/ledger/index.ts';
import { readXlsxFast } from '../../src/lib/files/xlsx-fast.ts';
const csv = new Uint8Array(readFileSync('/tmp/xl/ledger.csv'));
const xl = new Uint8Array(readFileSync('/tmp/xl/ledger.xlsx'));
const xlsx: XlsxModule = { read: XLSX.read as never, SSF: XLSX.SSF, fflate };
const c: number[] = [], f: number[] = [], g: number[] = [], z: number[] = [];
for (let k = 0; k < 7; k++) {
  (globalThis as any).gc?.();
  let t = performance.now(); readInput({ name: 'a.csv', bytes: csv }); c.push(performance.now() - t);
  (globalThis as any).gc?.();
  t = performance.now(); readInput({ name: 'a.xlsx', bytes: xl }, { xlsx }); f.push(performance.now() - t);
  (globalThis as any).gc?.();
  t = performance.now(); readXlsxFast(fflate, xl); g.push(performance.now() - t);
  (globalThis as any).gc?.();
  t = performance.now(); const u = new fflate.Unzip((file) => { if (file.name.endsWith('sheet1.xml')) { file.ondata = () => {}; file.start(); } }); u.register(fflate.UnzipInflate); for (let i = 0; i < xl.length; i += 262144) u.push(xl.subarray(i, i + 262144), i + 262144 >= xl.length); z.push(performance.now() - t);
}
const med = (x: number[]) => Math.round([...x].sort((a, b) => a - b)[3]!);
console.log('csv readInput', med(c), '| xlsx readInput', med(f), '| readXlsxFast', med(g), '| inflate only', med(z), '| ratio', (med(f) / med(c)).toFixed(2));
