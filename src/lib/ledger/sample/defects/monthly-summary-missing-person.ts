import type { Defect } from './defect.ts';

export default {
  description: '月度汇总(及工作量公示)漏了台账中的一个人',
  rule: 'monthly-summary.missing-person',
  files: ({ files }) => {
    const [month, staffId] = files.monthlySummary[3]!;
    files.monthlySummary.splice(3, 1);
    const i = files.monthlyDisclosure.findIndex((r) => r[0] === month && r[1] === staffId);
    files.monthlyDisclosure.splice(i, 1);
  },
} satisfies Defect;
