import type { Defect } from './defect.ts';
import { sessionsOf } from './defect.ts';

export default {
  description: '一天只开设一个时段',
  rule: 'ledger.periods-per-day',
  day: (rows, { school }) =>
    sessionsOf(rows, school.options.periods[0]!.name).map((r, i) =>
      i % 2 === 1 ? { ...r, serviceType: '素质教育', category: '体育', content: '体育游戏' } : r,
    ),
} satisfies Defect;
