import type { Defect } from './defect.ts';
import { minutes } from '../school.ts';
import { minutesToTime } from '../../format/fields.ts';

export default {
  description: '场次安排在早到校时间(不属于课后服务)',
  rule: 'ledger.outside-after-school-time',
  day: (rows) => {
    const group = rows[0]!.group;
    const period = rows[0]!.period;
    return rows.map((r) => {
      if (r.group !== group || r.period !== period) return r;
      const length = minutes(r.end) - minutes(r.start);
      return { ...r, start: '07:20', end: minutesToTime(minutes('07:20') + length) };
    });
  },
} satisfies Defect;
