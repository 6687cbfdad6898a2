import type { Defect } from './defect.ts';
import { bump } from './defect.ts';

export default {
  description: '月度汇总(及工作量公示)的总课时数与台账不符',
  rule: 'monthly-summary.hours-mismatch',
  files: ({ files }) => {
    const row = files.monthlySummary[0]!;
    row[5] = bump(row[5]!, 100);
    files.monthlyDisclosure[0]![3] = row[5];
  },
} satisfies Defect;
