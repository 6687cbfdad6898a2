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
  sql: `
    WITH units AS (
      -- One unit per session of a person (rows repeated within a session are duplicate-row's business).
      SELECT staff_id, date, grp, MIN(rowid) AS first, MIN(start_min) AS start_min, MAX(end_min) AS end_min
      FROM ledger GROUP BY staff_id, date, period, grp
    ), swept AS (
      -- A sweep by start time: the latest end among the sessions that start earlier (packed with the first row of that session).
      SELECT *, MAX(end_min * 4294967296 + first) OVER (PARTITION BY staff_id, date ORDER BY start_min, first ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reach
      FROM units
    ), hits AS (
      SELECT s.staff_id, s.date, s.first, s.grp, s.start_min, s.end_min, s.reach % 4294967296 AS other, l.file AS file, l.row AS row
      FROM swept s JOIN ledger l ON l.rowid = s.first
      WHERE s.reach / 4294967296 > s.start_min
    ), days AS (
      SELECT h.staff_id, h.date, COUNT(*) AS n, MIN(h.first) AS first, COUNT(DISTINCT h.file) AS files, MIN(MIN(h.row), MIN(o.row)) AS lo, MAX(MAX(h.row), MAX(o.row)) AS hi
      FROM hits h JOIN ledger o ON o.rowid = h.other
      GROUP BY h.staff_id, h.date
    )
    SELECT h.file AS file, h.row AS row, '开始时间' AS col, b.name AS name, h.staff_id AS staff_id, h.date AS date,
           a.grp AS grp_a, printf('%02d:%02d', a.start_min / 60, a.start_min % 60) AS a_start, printf('%02d:%02d', a.end_min / 60, a.end_min % 60) AS a_end, a.row AS a_row,
           h.grp AS grp_b, printf('%02d:%02d', h.start_min / 60, h.start_min % 60) AS b_start, printf('%02d:%02d', h.end_min / 60, h.end_min % 60) AS b_end,
           CASE WHEN d.n = 1 THEN '' WHEN d.files = 1 THEN printf(';这一天共有 %,d 处时间重叠,见第 %,d–%,d 行', d.n, d.lo, d.hi) ELSE printf(';这一天共有 %,d 处时间重叠,分布在 %d 个文件中', d.n, d.files) END AS more
    FROM days d JOIN hits h ON h.first = d.first JOIN ledger b ON b.rowid = h.first JOIN ledger a ON a.rowid = h.other
    ORDER BY h.date, h.row
  `,
  message: "{name}({staff_id})在 {date} 同时出现在「{grp_a}」{a_start}–{a_end}(第 {a_row} 行)和「{grp_b}」{b_start}–{b_end}{more}。同一人不能同时服务两个场次。",
} satisfies LedgerRule;
