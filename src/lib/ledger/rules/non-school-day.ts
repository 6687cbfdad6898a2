import type { LedgerRule } from '../types.ts';

export default {
  id: "ledger.non-school-day",
  clause: "3.5",
  severity: "error",
  title: "非上课日有课后服务记录",
  description: "课后服务只在上课日开展。记录落在周末、法定节假日或学期以外的日期,可能是日期写错或虚报。",
  needs: ["ledger"],
  sql: `
    SELECT l.file AS file, MIN(l.row) AS row, '日期' AS col, l.date AS date, COUNT(*) AS n,
           CASE WHEN c.semester IS NULL THEN '不在任何学期内' ELSE '是周末或法定节假日' END AS why
    FROM ledger l JOIN calendar c ON c.date = l.date
    WHERE c.school_day = 0
    GROUP BY l.file, l.date
    ORDER BY l.date
  `,
  message: "{date} {why},台账却有 {n} 条记录(从第 {row} 行起)。课后服务只在上课日开展;如当天是学校的上课日,请在设置中补充。",
} satisfies LedgerRule;
