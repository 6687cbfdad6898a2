import type { Defect } from './defect.ts';

export default {
  description: '活动内容为刷题、讲授新课或补课',
  rule: 'ledger.forbidden-content',
  day: (rows) => {
    const group = rows[0]!.group;
    return rows.map((r) => (r.group === group && r.period === rows[0]!.period ? { ...r, content: '期中考试刷题' } : r));
  },
} satisfies Defect;
