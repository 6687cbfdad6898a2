/**
 * `node write-xlsx.ts IN.csv OUT.xlsx MAX_BYTES`: the rows of a generated 台账 CSV as an .xlsx of at most MAX_BYTES
 * (xlsx-stream.ts). A process of its own: the whole CSV is parsed in memory first.
 */
import { readFileSync } from 'node:fs';
import { parseCsv } from '../../../src/lib/ledger/format/parse.ts';
import { writeLedgerXlsx } from './xlsx-stream.ts';

const [input, output, max] = process.argv.slice(2);
if (!input || !output || !max) throw new Error('usage: write-xlsx.ts IN.csv OUT.xlsx MAX_BYTES');
const { rows, bytes } = writeLedgerXlsx(parseCsv(readFileSync(input, 'utf8').replace(/^\uFEFF/, '')), output, Number(max));
console.log(`${output}: ${rows.toLocaleString('en-US')} rows, ${(bytes / 1024 / 1024).toFixed(1)} MB`);
