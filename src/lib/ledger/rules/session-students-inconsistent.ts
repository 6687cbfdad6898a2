import type { LedgerRule } from '../types.ts';

export default {
  id: "ledger.session-students-inconsistent",
  clause: "1.2.1",
  severity: "error",
  basis: { kind: "notice", clause: "1.2.1", terms: ["参与学生人数"] },
  title: "同一场次的参与学生人数不一致",
  description: "同一日期、时段、班级或活动是一个场次;场次内每一行的参与学生人数应相同。",
  needs: ["ledger"],
  indexes: ["ledger_session"],
  sql: `
    WITH odd AS (
      SELECT date, period, grp FROM ledger GROUP BY date, period, grp HAVING MIN(students) <> MAX(students)
    )
    SELECT MIN(l.file) AS file, MIN(l.row) AS row, '参与学生人数' AS col, l.date AS date, l.period AS period, l.grp AS grp,
           GROUP_CONCAT(DISTINCT l.students) AS counts, GROUP_CONCAT(l.row, '、') AS rows
    FROM odd JOIN ledger l ON l.date = odd.date AND l.period = odd.period AND l.grp = odd.grp
    GROUP BY l.date, l.period, l.grp
    ORDER BY l.date, l.period, l.grp
  `,
  message: "{date} {period}「{grp}」同一场次写了不同的参与学生人数({counts},第 {rows} 行)。请按当天考勤统一为实际人数。",
} satisfies LedgerRule;
