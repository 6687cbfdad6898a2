import type { Defect } from './defect.ts';

export default {
  description: '同一行记录重复出现',
  rule: 'ledger.duplicate-row',
  day: (rows) => [rows[0]!, ...rows],
} satisfies Defect;
