import type { Defect } from './defect.ts';

export default {
  description: '参与学生人数超过班级名册人数(虚报)',
  rule: 'ledger.students-over-roster',
  day: (rows, { school }) => {
    const first = rows[0]!;
    const roster = [...school.classes, ...school.activities].find((g) => g.name === first.group)!.roster;
    return rows.map((r) => (r.group === first.group && r.period === first.period ? { ...r, students: String(roster + 5) } : r));
  },
} satisfies Defect;
