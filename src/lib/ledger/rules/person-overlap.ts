import type { LedgerRule } from '../types.ts';

export default {
  id: "ledger.person-overlap",
  clause: "1.2.1",
  severity: "error",
  basis: { kind: "notice", clause: "1.2.1", terms: ["每日按实记录", "参与人员工作量"] },
  seeAlso: ["3.5", "3.7"],
  title: "同一人同时出现在两个场次",
  description: "同一人不能在时间重叠的两个场次同时服务;这样的记录会虚增工作量。",
  needs: ["ledger"],
  indexes: ["ledger_person_day"],
  sql: `
    SELECT b.file AS file, b.row AS row, '开始时间' AS col, b.name AS name, b.staff_id AS staff_id, b.date AS date,
           a.grp AS grp_a, printf('%02d:%02d', a.start_min / 60, a.start_min % 60) AS a_start, printf('%02d:%02d', a.end_min / 60, a.end_min % 60) AS a_end, a.row AS a_row,
           b.grp AS grp_b, printf('%02d:%02d', b.start_min / 60, b.start_min % 60) AS b_start, printf('%02d:%02d', b.end_min / 60, b.end_min % 60) AS b_end
    FROM ledger a JOIN ledger b
      ON a.staff_id = b.staff_id AND a.date = b.date
     AND (a.file < b.file OR (a.file = b.file AND a.row < b.row))
     AND a.start_min < b.end_min AND b.start_min < a.end_min
     AND NOT (a.period = b.period AND a.grp = b.grp)
    ORDER BY b.date, b.row
  `,
  message: "{name}({staff_id})在 {date} 同时出现在「{grp_a}」{a_start}–{a_end}(第 {a_row} 行)和「{grp_b}」{b_start}–{b_end}。同一人不能同时服务两个场次。",
} satisfies LedgerRule;
