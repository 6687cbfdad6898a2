import type { Defect } from './defect.ts';

export default {
  description: '工作量公示漏了月度汇总中的一个人',
  rule: 'monthly-disclosure.missing-person',
  files: ({ files }) => void files.monthlyDisclosure.splice(4, 1),
} satisfies Defect;
