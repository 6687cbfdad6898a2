import type { Defect } from './defect.ts';
import { sessionsOf } from './defect.ts';

export default {
  description: '同一场地同一时间安排两个场次',
  rule: 'ledger.venue-overlap',
  day: (rows, { school }) => {
    const p = school.options.periods[0]!.name;
    const [first, second] = sessionsOf(rows, p);
    return rows.map((r) => (r.period === p && r.group === second!.group ? { ...r, venue: first!.venue } : r));
  },
} satisfies Defect;
