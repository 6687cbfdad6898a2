import type { LedgerRule } from '../types.ts';

export default {
  id: "monthly-disclosure.extra-person",
  clause: "1.2.2",
  severity: "error",
  basis: { kind: "notice", clause: "1.2.2", terms: ["每月要在校内公示课后服务参与人员的工作量情况"] },
  title: "工作量公示中的人员不在月度汇总中",
  description: "公示数据须与上报数据保持一致。",
  needs: ["monthlySummary", "monthlyDisclosure"],
  sql: `
    SELECT d.file AS file, d.row AS row, '工号' AS col, d.month AS month, d.name AS name, d.staff_id AS staff_id
    FROM monthly_disclosure d
    WHERE d.month IN (SELECT month FROM monthly_disclosure INTERSECT SELECT month FROM monthly_summary)
      AND NOT EXISTS (SELECT 1 FROM monthly_summary s WHERE s.month = d.month AND s.staff_id = d.staff_id)
    ORDER BY d.row
  `,
  message: "工作量公示中 {month} 的 {name}({staff_id})不在月度汇总中。",
} satisfies LedgerRule;
