import type { LedgerRule } from '../types.ts';

export default {
  id: "monthly-summary.days-mismatch",
  clause: "1.2.1",
  severity: "error",
  basis: { kind: "notice", clause: "1.2.1", terms: ["每月按实汇总", "当月参与课后服务的日期"] },
  title: "月度汇总的参与天数与台账不符",
  description: "每人每月的参与天数应等于台账中当月有记录的不同日期数。",
  needs: ["ledger", "monthlySummary"],
  sql: `
    SELECT s.file AS file, s.row AS row, '参与天数' AS col, s.month AS month, s.name AS name, s.staff_id AS staff_id, s.days AS summary_days, m.days AS ledger_days
    FROM monthly_summary s JOIN ledger_monthly m ON m.month = s.month AND m.staff_id = s.staff_id
    WHERE s.days <> m.days
    ORDER BY s.row
  `,
  message: "{name}({staff_id}){month} 的参与天数写 {summary_days} 天,台账中有 {ledger_days} 天。",
} satisfies LedgerRule;
