import type { Defect } from './defect.ts';

export default {
  description: '把午餐午休看管记为课后服务(不属于课后服务范围)',
  rule: 'ledger.excluded-service',
  day: (rows) => {
    const first = rows[0]!;
    return rows.map((r) => (r.group === first.group && r.period === first.period ? { ...r, content: '午休看管' } : r));
  },
} satisfies Defect;
