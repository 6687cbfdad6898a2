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
    SELECT MIN(b.file) AS file, MIN(b.row) AS row, '场地' AS col, b.venue AS venue, b.date AS date,
           a.grp AS grp_a, printf('%02d:%02d', MIN(a.start_min) / 60, MIN(a.start_min) % 60) AS a_start, printf('%02d:%02d', MAX(a.end_min) / 60, MAX(a.end_min) % 60) AS a_end,
           b.grp AS grp_b, printf('%02d:%02d', MIN(b.start_min) / 60, MIN(b.start_min) % 60) AS b_start, printf('%02d:%02d', MAX(b.end_min) / 60, MAX(b.end_min) % 60) AS b_end
    FROM ledger a JOIN ledger b
      ON a.date = b.date AND a.venue = b.venue AND a.venue <> '' AND a.grp < b.grp
     AND a.start_min < b.end_min AND b.start_min < a.end_min
    GROUP BY b.date, a.period, a.grp, b.period, b.grp
    ORDER BY b.date, MIN(b.row)
  `,
  message: "{date} 场地「{venue}」同时安排了「{grp_a}」{a_start}–{a_end} 和「{grp_b}」{b_start}–{b_end}。如属分区共用可忽略;否则请核对场地安排或台账记录。",
} satisfies LedgerRule;
