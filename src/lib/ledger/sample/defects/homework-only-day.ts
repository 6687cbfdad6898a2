import type { Defect } from './defect.ts';

export default {
  description: '一天只有作业辅导,没有素质教育',
  rule: 'ledger.daily-both-service-types',
  day: (rows) => rows.filter((r) => r.serviceType !== '素质教育'),
} satisfies Defect;
