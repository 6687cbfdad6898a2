import type { LedgerRule } from '../types.ts';

export default {
  id: "ledger.daily-both-service-types",
  clause: "1.1.1",
  severity: "warning",
  basis: { kind: "notice", clause: "1.1.1", paragraph: 1, terms: ["原则上确保每天开设作业辅导和素质教育活动"] },
  title: "当天没有同时开设作业辅导和素质教育",
  description: "通知要求原则上每天开设作业辅导和素质教育活动。",
  needs: ["ledger"],
  tables: ["ledger_daily"],
  sql: `
    SELECT file, row, '服务类型' AS col, date,
           CASE WHEN service_type = '作业辅导' THEN '素质教育' ELSE '作业辅导' END AS missing
    FROM ledger_daily
    WHERE service_types < 2
    ORDER BY date
  `,
  message: "{date} 没有开设{missing}。通知要求原则上每天开设作业辅导和素质教育活动。",
} satisfies LedgerRule;
