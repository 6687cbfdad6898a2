/** The district table and all findings as .xlsx (SheetJS, loaded only when asked for) and as CSV. */
import { districtTable, findingsTable, tableToCsv, type SchoolResult, type SchoolSummary, type Table } from '../../lib/review/index.ts';
import { download, saveBlob } from '../download.ts';
import { ruleTitle } from '../../lib/ledger/catalogue.ts';
import { REVIEW_UI } from '../../lib/review/ui-text.ts';

const UI = REVIEW_UI.exports;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function exportCsv(kind: 'district' | 'findings', summaries: SchoolSummary[], results: SchoolResult[]): void {
  if (kind === 'district') download(UI.district, tableToCsv(districtTable(summaries, ruleTitle)));
  else download(UI.findings, tableToCsv(findingsTable(results)));
}

export async function exportXlsx(summaries: SchoolSummary[], results: SchoolResult[]): Promise<void> {
  const XLSX = await import('@e965/xlsx');
  const sheet = (t: Table) => XLSX.utils.aoa_to_sheet([t.header, ...t.rows]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet(districtTable(summaries, ruleTitle)), UI.districtSheet);
  XLSX.utils.book_append_sheet(book, sheet(findingsTable(results)), UI.findingsSheet);
  const bytes = XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer;
  saveBlob(UI.xlsx, new Blob([bytes], { type: XLSX_TYPE }));
}
