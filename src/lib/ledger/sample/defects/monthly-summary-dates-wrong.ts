import type { Defect } from './defect.ts';
import { DATE_SEPARATOR } from '../../summaries/summarize.ts';

export default {
  description: '月度汇总漏记一个参与日期',
  rule: 'monthly-summary.dates-mismatch',
  files: ({ files }) => {
    const row = files.monthlySummary[1]!;
    const dates = row[3]!.split(DATE_SEPARATOR);
    row[3] = dates.slice(0, -1).join(DATE_SEPARATOR);
    row[4] = String(dates.length - 1);
  },
} satisfies Defect;
