import type { LedgerRule } from '../types.ts';

export default {
  id: "monthly-summary.extra-person",
  clause: "1.2.1",
  severity: "error",
  basis: { kind: "notice", clause: "1.2.1", terms: ["每月按实汇总课后服务参与人员情况"] },
  title: "月度汇总中的人员在台账中没有记录",
  description: "月度汇总中的每一位人员当月都应在台账中有记录。",
  needs: ["ledger", "monthlySummary"],
  sql: `
    SELECT s.file AS file, s.row AS row, '工号' AS col, s.month AS month, s.staff_id AS staff_id, s.name AS name, printf('%g', s.hours / 100.0) AS hours
    FROM monthly_summary s
    WHERE s.month IN (SELECT month FROM monthly_summary INTERSECT SELECT month FROM ledger_monthly)
      AND NOT EXISTS (SELECT 1 FROM ledger_monthly m WHERE m.month = s.month AND m.staff_id = s.staff_id)
    ORDER BY s.row
  `,
  message: "月度汇总写 {name}({staff_id})在 {month} 有 {hours} 课时,台账中当月没有此人的记录。",
} satisfies LedgerRule;
