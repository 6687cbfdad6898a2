import type { LedgerRule } from '../types.ts';

export default {
  id: "ledger.students-over-roster",
  clause: "1.2.1",
  severity: "error",
  basis: { kind: "notice", clause: "1.2.1", terms: ["参与学生人数"] },
  seeAlso: ["3.5", "3.7"],
  title: "参与学生人数超过班级名册人数",
  description: "每日按实记录参与学生人数:一个场次的参与学生人数不应超过班级名册中该班级或活动的学生人数(另见三(五)、三(七)关于虚报多报)。",
  needs: ["ledger", "classRoster"],
  sql: `
    SELECT MIN(l.file) AS file, MIN(l.row) AS row, '参与学生人数' AS col, l.date AS date, l.grp AS grp, MAX(l.students) AS students, c.students AS roster
    FROM ledger l NOT INDEXED JOIN class_roster c ON c.grp = l.grp -- 整表扫描,比沿索引逐行回表快
    WHERE l.students > c.students
    GROUP BY l.date, l.period, l.grp
    ORDER BY l.date, MIN(l.row)
  `,
  message: "{date}「{grp}」记 {students} 名学生参与,超过班级名册中的 {roster} 人。请按实际考勤填写。",
} satisfies LedgerRule;
