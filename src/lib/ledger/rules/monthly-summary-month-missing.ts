import type { LedgerRule } from '../types.ts';

export default {
  id: "monthly-summary.month-missing",
  clause: "1.2.1",
  severity: "warning",
  basis: { kind: "notice", clause: "1.2.1", terms: ["每月按实汇总课后服务参与人员情况"] },
  title: "台账中的月份没有月度汇总",
  description: "台账中有记录的每个月都应有月度汇总。其他月度汇总规则只核对两个文件都有的月份,整月缺少汇总由本规则指出。",
  needs: ["ledger", "monthlySummary"],
  sql: `
    SELECT NULL AS file, NULL AS row, '月份' AS col, month, COUNT(*) AS people, printf('%g', SUM(hours) / 100.0) AS hours
    FROM ledger_monthly
    WHERE month NOT IN (SELECT month FROM monthly_summary)
    GROUP BY month
    ORDER BY month
  `,
  message: "台账中 {month} 有 {people} 人共 {hours} 课时的记录,载入的月度汇总中没有 {month}。请补做该月汇总,或一并载入该月的月度汇总文件。",
} satisfies LedgerRule;
