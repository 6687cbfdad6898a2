import type { Defect } from './defect.ts';
import { mapFirst } from './defect.ts';

export default {
  description: '同一场次各行的参与学生人数不一致',
  rule: 'ledger.session-students-inconsistent',
  day: (rows) => mapFirst(rows, (r) => r.role === '助教', (r) => ({ ...r, students: String(Number(r.students) - 1) })),
} satisfies Defect;
