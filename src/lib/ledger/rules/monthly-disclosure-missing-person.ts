import type { LedgerRule } from '../types.ts';

export default {
  id: "monthly-disclosure.missing-person",
  clause: "1.2.2",
  severity: "error",
  basis: { kind: "notice", clause: "1.2.2", terms: ["每月要在校内公示课后服务参与人员的工作量情况"] },
  title: "工作量公示漏了月度汇总中的人员",
  description: "每月校内公示应包括当月每一位参与人员,公示数据与上报数据保持一致。",
  needs: ["monthlySummary", "monthlyDisclosure"],
  sql: `
    SELECT s.file AS file, s.row AS row, '工号' AS col, s.month AS month, s.name AS name, s.staff_id AS staff_id
    FROM monthly_summary s
    WHERE s.month IN (SELECT month FROM monthly_disclosure INTERSECT SELECT month FROM monthly_summary)
      AND NOT EXISTS (SELECT 1 FROM monthly_disclosure d WHERE d.month = s.month AND d.staff_id = s.staff_id)
    ORDER BY s.row
  `,
  message: "{month} 月度汇总中的 {name}({staff_id})没有出现在工作量公示中。公示应包括全体参与人员。",
} satisfies LedgerRule;
