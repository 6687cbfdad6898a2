import type { LedgerRule } from '../types.ts';

export default {
  id: "monthly-summary.missing-person",
  clause: "1.2.1",
  severity: "error",
  basis: { kind: "notice", clause: "1.2.1", terms: ["每月按实汇总课后服务参与人员情况"] },
  title: "月度汇总漏了台账中的人员",
  description: "月度汇总应包括当月台账中每一位参与人员。只核对两份文件都有的月份。",
  needs: ["ledger", "monthlySummary"],
  sql: `
    SELECT NULL AS file, NULL AS row, '工号' AS col, m.month AS month, m.staff_id AS staff_id, m.name AS name, printf('%g', m.hours / 100.0) AS hours, m.days AS days
    FROM ledger_monthly m
    WHERE m.month IN (SELECT month FROM monthly_summary INTERSECT SELECT month FROM ledger_monthly)
      AND NOT EXISTS (SELECT 1 FROM monthly_summary s WHERE s.month = m.month AND s.staff_id = m.staff_id)
    ORDER BY m.month, m.staff_id
  `,
  message: "{month} 台账中 {name}({staff_id})参与 {days} 天、共 {hours} 课时,月度汇总中没有此人。请补上。",
} satisfies LedgerRule;
