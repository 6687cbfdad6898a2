import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import * as fflate from 'fflate';
import { readInput, type XlsxModule } from '../../src/lib/ledger/index.ts';
const xl = new Uint8Array(readFileSync('/tmp/xl/ledger.xlsx'));
const xlsx: XlsxModule = { read: XLSX.read as never, SSF: XLSX.SSF, fflate };
for (let k = 0; k < 5; k++) readInput({ name: 'a.xlsx', bytes: xl }, { xlsx });
