import type { LedgerRule } from '../types.ts';

export default {
  id: "ledger.duty-roster-missing",
  clause: "1.2.1",
  severity: "info",
  basis: { kind: "notice", clause: "1.2.1", terms: ["落实行政人员值班制度"] },
  title: "服务日没有行政值班记录",
  description: "通知要求落实行政人员值班制度。学校在设置中开启“行政人员值班”后,每个有课后服务记录的日子都应有一行职责为“值班管理”的记录;未开启时不核对(台账未必记录值班)。",
  needs: ["ledger"],
  sql: `
    SELECT NULL AS file, NULL AS row, '职责' AS col, date, COUNT(*) AS n
    FROM ledger NOT INDEXED -- 整表扫描一次,按日汇总
    WHERE (SELECT value FROM settings WHERE key = 'duty_roster') = 1
    GROUP BY date
    HAVING SUM(role = '值班管理') = 0
    ORDER BY date
  `,
  message: "{date} 有 {n} 条课后服务记录,但没有职责为“值班管理”的行政值班记录。通知要求落实行政人员值班制度;如当天有值班,请补记。",
} satisfies LedgerRule;
