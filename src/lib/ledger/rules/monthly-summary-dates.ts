import type { LedgerRule } from '../types.ts';

export default {
  id: "monthly-summary.dates-mismatch",
  clause: "1.2.1",
  severity: "error",
  basis: { kind: "notice", clause: "1.2.1", terms: ["每月按实汇总", "当月参与课后服务的日期"] },
  title: "月度汇总的参与日期与台账不符",
  description: "每人每月列出的参与日期应与台账中的日期一一对应。",
  needs: ["ledger", "monthlySummary"],
  sql: `
    SELECT s.file AS file, s.row AS row, '参与日期' AS col, s.month AS month, s.name AS name, s.staff_id AS staff_id,
           REPLACE(m.dates, ',', '、') AS ledger_dates
    FROM monthly_summary s JOIN ledger_monthly m ON m.month = s.month AND m.staff_id = s.staff_id
    WHERE s.dates <> m.dates
    ORDER BY s.row
  `,
  message: "{name}({staff_id}){month} 的参与日期与台账不一致。台账中的日期是:{ledger_dates}。",
} satisfies LedgerRule;
