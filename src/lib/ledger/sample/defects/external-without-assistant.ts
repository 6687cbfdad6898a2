import type { Defect } from './defect.ts';

export default {
  description: '校外人员主讲的场次没有本校助教',
  rule: 'ledger.external-without-assistant',
  day: (rows) => {
    const i = rows.findIndex((r) => r.role === '助教');
    return rows.filter((_, k) => k !== i);
  },
} satisfies Defect;
