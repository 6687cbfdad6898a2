import type { LedgerRule } from '../types.ts';

export default {
  id: "monthly-summary.hours-mismatch",
  clause: "1.2.1",
  severity: "error",
  basis: { kind: "notice", clause: "1.2.1", terms: ["每月按实汇总", "总课时数"] },
  title: "月度汇总的总课时数与台账不符",
  description: "每人每月的总课时数应等于台账中当月课时数之和(按实测算)。",
  needs: ["ledger", "monthlySummary"],
  sql: `
    SELECT s.file AS file, s.row AS row, '总课时数' AS col, s.month AS month, s.name AS name, s.staff_id AS staff_id,
           printf('%g', s.hours / 100.0) AS summary_hours, printf('%g', m.hours / 100.0) AS ledger_hours
    FROM monthly_summary s JOIN ledger_monthly m ON m.month = s.month AND m.staff_id = s.staff_id
    WHERE s.hours <> m.hours
    ORDER BY s.row
  `,
  message: "{name}({staff_id}){month} 的总课时数写 {summary_hours},台账合计为 {ledger_hours}。",
} satisfies LedgerRule;
