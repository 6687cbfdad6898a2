import type { Defect } from './defect.ts';
import { mapFirst } from './defect.ts';
import { formatHundredths } from '../../summaries/summarize.ts';

export default {
  description: '课时数与场次时长不符',
  rule: 'ledger.hours-exceed-duration',
  day: (rows) => mapFirst(rows, () => true, (r) => ({ ...r, hours: formatHundredths(Math.round(Number(r.hours) * 100) + 100) })),
} satisfies Defect;
