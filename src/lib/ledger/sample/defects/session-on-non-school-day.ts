import type { Defect } from './defect.ts';
import { addDays } from '../school.ts';

export default {
  description: '在非上课日记录了课后服务(把一天的场次重复记在次日的周末或假日)',
  rule: 'ledger.non-school-day',
  day: (rows, { date }) => {
    const next = addDays(date, 1);
    return [...rows, ...rows.map((r) => ({ ...r, date: next }))];
  },
} satisfies Defect;
