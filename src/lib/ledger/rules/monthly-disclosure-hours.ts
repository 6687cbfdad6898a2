import type { LedgerRule } from '../types.ts';

export default {
  id: "monthly-disclosure.hours-mismatch",
  clause: "1.2.2",
  severity: "error",
  basis: { kind: "notice", clause: "1.2.2", terms: ["每月要在校内公示课后服务参与人员的工作量情况"] },
  title: "工作量公示的课时数与月度汇总不符",
  description: "公示数据须与上报数据保持一致。",
  needs: ["monthlySummary", "monthlyDisclosure"],
  sql: `
    SELECT d.file AS file, d.row AS row, '总课时数' AS col, d.month AS month, d.name AS name, d.staff_id AS staff_id,
           printf('%g', d.hours / 100.0) AS disclosed, printf('%g', s.hours / 100.0) AS summary_hours
    FROM monthly_disclosure d JOIN monthly_summary s ON s.month = d.month AND s.staff_id = d.staff_id
    WHERE d.hours <> s.hours
    ORDER BY d.row
  `,
  message: "{name}({staff_id}){month} 公示 {disclosed} 课时,月度汇总为 {summary_hours} 课时。公示数据须与上报数据一致。",
} satisfies LedgerRule;
