import type { LedgerRule } from '../types.ts';

export default {
  id: "ledger.venue-overlap",
  clause: "1.1.2",
  severity: "info",
  basis: { kind: "notice", clause: "1.1.2", terms: ["分时分区管理", "错时错峰使用"] },
  title: "同一场地同时安排了两个场次",
  description: "通知要求通过分时分区管理、错时错峰使用等方式科学规划场地。同一场地同时有两个场次未必有错(分区共用同一空间),列出供核对。",
  needs: ["ledger"],
  indexes: ["ledger_venue"],
  sql: `
    WITH units AS (
      -- One unit per session held in a named venue; rows without a venue are left out before anything else.
      SELECT venue, date, grp, MIN(rowid) AS first, MIN(start_min) AS start_min, MAX(end_min) AS end_min
      FROM ledger WHERE venue > '' GROUP BY venue, date, period, grp
    ), swept AS (
      -- A sweep by start time: the latest end among the sessions that start earlier (packed with the first row of that session).
      SELECT *, MAX(end_min * 4294967296 + first) OVER (PARTITION BY venue, date ORDER BY start_min, first ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reach
      FROM units
    ), hits AS (
      SELECT s.venue, s.date, s.first, s.grp, s.start_min, s.end_min, s.reach % 4294967296 AS other, l.file AS file, l.row AS row
      FROM swept s JOIN ledger l ON l.rowid = s.first
      WHERE s.reach / 4294967296 > s.start_min
    ), days AS (
      SELECT h.venue, h.date, COUNT(*) AS n, MIN(h.first) AS first, COUNT(DISTINCT h.file) AS files, MIN(MIN(h.row), MIN(o.row)) AS lo, MAX(MAX(h.row), MAX(o.row)) AS hi
      FROM hits h JOIN ledger o ON o.rowid = h.other
      GROUP BY h.venue, h.date
    )
    SELECT h.file AS file, h.row AS row, '场地' AS col, h.venue AS venue, h.date AS date,
           a.grp AS grp_a, printf('%02d:%02d', a.start_min / 60, a.start_min % 60) AS a_start, printf('%02d:%02d', a.end_min / 60, a.end_min % 60) AS a_end,
           h.grp AS grp_b, printf('%02d:%02d', h.start_min / 60, h.start_min % 60) AS b_start, printf('%02d:%02d', h.end_min / 60, h.end_min % 60) AS b_end,
           CASE WHEN d.n = 1 THEN '' WHEN d.files = 1 THEN printf(';这一天共有 %,d 处场地冲突,见第 %,d–%,d 行', d.n, d.lo, d.hi) ELSE printf(';这一天共有 %,d 处场地冲突,分布在 %d 个文件中', d.n, d.files) END AS more
    FROM days d JOIN hits h ON h.first = d.first JOIN ledger a ON a.rowid = h.other
    ORDER BY h.date, h.row
  `,
  message: "{date} 场地「{venue}」同时安排了「{grp_a}」{a_start}–{a_end} 和「{grp_b}」{b_start}–{b_end}{more}。如属分区共用可忽略;否则请核对场地安排或台账记录。",
} satisfies LedgerRule;
