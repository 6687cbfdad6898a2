import type { LedgerRule } from '../types.ts';

export default {
  id: "ledger.duplicate-row",
  clause: "3.5",
  severity: "error",
  title: "重复记录",
  description: "同一人在同一场次(日期、时段、班级或活动)只应有一行;重复的行会重复计算课时。",
  needs: ["ledger"],
  sql: `
    SELECT MIN(file) AS file, MAX(row) AS row, '工号' AS col, date, period, grp, staff_id, MIN(name) AS name,
           GROUP_CONCAT(row, '、') AS rows, COUNT(*) AS n
    FROM ledger
    GROUP BY date, period, grp, staff_id
    HAVING COUNT(*) > 1
    ORDER BY date, period, grp
  `,
  message: "{name}({staff_id})在 {date} {period}「{grp}」记了 {n} 行(第 {rows} 行),课时会被重复计算。请删除重复的行。",
} satisfies LedgerRule;
