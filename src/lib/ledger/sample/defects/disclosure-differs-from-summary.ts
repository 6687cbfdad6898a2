import type { Defect } from './defect.ts';
import { bump } from './defect.ts';

export default {
  description: '工作量公示与月度汇总不一致',
  rule: 'monthly-disclosure.hours-mismatch',
  files: ({ files }) => {
    const row = files.monthlyDisclosure[2]!;
    row[3] = bump(row[3]!, 50);
  },
} satisfies Defect;
