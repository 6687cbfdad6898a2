import type { Defect } from './defect.ts';
import { sessionsOf } from './defect.ts';

export default {
  description: '同一人同一时间在两个场次',
  rule: 'ledger.person-overlap',
  day: (rows, { school }) => {
    const p = school.options.periods[0]!.name;
    const [first, second] = sessionsOf(rows, p);
    return rows.map((r) => (r === second ? { ...r, staffId: first!.staffId, name: first!.name } : r));
  },
} satisfies Defect;
