import type { LedgerRule } from '../types.ts';

export default {
  id: "ledger.students-over-roster",
  clause: "3.5",
  severity: "error",
  title: "参与学生人数超过班级名册人数",
  description: "场次的参与学生人数不能超过班级名册中该班级或活动的学生人数;超出可能是虚报。",
  needs: ["ledger", "classRoster"],
  sql: `
    SELECT s.file AS file, s.row AS row, '参与学生人数' AS col, s.date AS date, s.grp AS grp, s.students AS students, c.students AS roster
    FROM sessions s JOIN class_roster c ON c.grp = s.grp
    WHERE s.students > c.students
    ORDER BY s.date, s.row
  `,
  message: "{date}「{grp}」记 {students} 名学生参与,超过班级名册中的 {roster} 人。请按实际考勤填写。",
} satisfies LedgerRule;
