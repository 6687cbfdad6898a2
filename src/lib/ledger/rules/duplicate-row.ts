import type { LedgerRule } from '../types.ts';

export default {
  id: "ledger.duplicate-row",
  clause: "1.2.1",
  severity: "error",
  basis: { kind: "notice", clause: "1.2.1", terms: ["每日按实记录"] },
  seeAlso: ["3.5", "3.7"],
  title: "重复记录",
  description: "每日按实记录:同一人在同一场次(日期、时段、班级或活动)只应有一行;重复的行会重复计算课时(另见三(五)、三(七)关于虚报多报)。",
  needs: ["ledger"],
  indexes: ["ledger_session"],
  sql: `
    WITH repeated AS (
      SELECT date, period, grp, staff_id FROM ledger GROUP BY date, period, grp, staff_id HAVING COUNT(*) > 1
    )
    SELECT MIN(l.file) AS file, MAX(l.row) AS row, '工号' AS col, l.date AS date, l.period AS period, l.grp AS grp, l.staff_id AS staff_id,
           MIN(l.name) AS name, COUNT(*) AS n,
           -- A few rows are listed; thousands are given as a range, so that no message lists them all.
           CASE WHEN COUNT(*) <= 10 THEN GROUP_CONCAT(l.row, '、') ELSE printf('%,d–%,d', MIN(l.row), MAX(l.row)) END AS rows
    FROM repeated r JOIN ledger l ON l.date = r.date AND l.period = r.period AND l.grp = r.grp AND l.staff_id = r.staff_id
    GROUP BY l.date, l.period, l.grp, l.staff_id
    ORDER BY l.date, l.period, l.grp
  `,
  message: "{name}({staff_id})在 {date} {period}「{grp}」重复登记 {n} 次(第 {rows} 行),课时会被重复计算。请删除重复的行。",
} satisfies LedgerRule;
