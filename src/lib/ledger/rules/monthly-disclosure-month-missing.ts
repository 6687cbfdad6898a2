import type { LedgerRule } from '../types.ts';

export default {
  id: "monthly-disclosure.month-missing",
  clause: "1.2.2",
  severity: "warning",
  basis: { kind: "notice", clause: "1.2.2", terms: ["每月要在校内公示课后服务参与人员的工作量情况"] },
  title: "台账中的月份没有工作量公示",
  description: "台账中有记录的每个月都应在校内公示工作量。其他公示规则只核对两个文件都有的月份,整月缺少公示由本规则指出。",
  needs: ["ledger", "monthlyDisclosure"],
  sql: `
    SELECT NULL AS file, NULL AS row, '月份' AS col, month, COUNT(*) AS people, printf('%g', SUM(hours) / 100.0) AS hours
    FROM ledger_monthly
    WHERE month NOT IN (SELECT month FROM monthly_disclosure)
    GROUP BY month
    ORDER BY month
  `,
  message: "台账中 {month} 有 {people} 人共 {hours} 课时的记录,载入的工作量公示中没有 {month}。通知要求每月在校内公示工作量;请补上该月公示,或一并载入该月的公示文件。",
} satisfies LedgerRule;
