import type { Defect } from './defect.ts';

export default {
  description: '学期公示的拟发放报酬与报酬统计不一致',
  rule: 'pay-report.amount-mismatch',
  files: ({ files }) => {
    const row = files.semesterDisclosure[0]!;
    row[4] = (Number(row[4]) + 100).toFixed(2);
  },
} satisfies Defect;
