import type { Defect } from './defect.ts';

export default {
  description: '一个上课日没有任何记录',
  rule: 'ledger.school-day-without-record',
  day: () => [],
} satisfies Defect;
