import type { LedgerRule } from '../types.ts';

export default {
  id: "ledger.session-students-inconsistent",
  clause: "1.2.1",
  severity: "error",
  title: "同一场次的参与学生人数不一致",
  description: "同一日期、时段、班级或活动是一个场次;场次内每一行的参与学生人数应相同。",
  needs: ["ledger"],
  sql: `
    SELECT MIN(file) AS file, MIN(row) AS row, '参与学生人数' AS col, date, period, grp,
           GROUP_CONCAT(DISTINCT students) AS counts, GROUP_CONCAT(row, '、') AS rows
    FROM ledger
    GROUP BY date, period, grp
    HAVING COUNT(DISTINCT students) > 1
    ORDER BY date, period, grp
  `,
  message: "{date} {period}「{grp}」同一场次写了不同的参与学生人数({counts},第 {rows} 行)。请按当天考勤统一为实际人数。",
} satisfies LedgerRule;
