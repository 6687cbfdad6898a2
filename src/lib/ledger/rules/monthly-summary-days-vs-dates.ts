import type { LedgerRule } from '../types.ts';

export default {
  id: "monthly-summary.days-vs-dates",
  clause: "1.2.1",
  severity: "error",
  basis: { kind: "notice", clause: "1.2.1", terms: ["当月参与课后服务的日期"] },
  title: "参与天数与所列参与日期的个数不符",
  description: "同一行的参与天数应等于该行列出的参与日期个数。",
  needs: ["monthlySummary"],
  sql: `
    SELECT file, row, '参与天数' AS col, month, name, staff_id, days, date_count
    FROM monthly_summary
    WHERE days <> date_count
    ORDER BY row
  `,
  message: "{name}({staff_id}){month} 写参与 {days} 天,但参与日期列了 {date_count} 个日期。",
} satisfies LedgerRule;
