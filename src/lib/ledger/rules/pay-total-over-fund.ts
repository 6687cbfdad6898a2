import type { LedgerRule } from '../types.ts';

export default {
  id: "pay-report.total-over-fund",
  clause: "1.1.5",
  severity: "error",
  title: "报酬合计超过专项经费",
  description: "据实发放、专款专用:一个学期的报酬合计不应超过设置中填写的课后服务专项经费。未填写经费时不核对。",
  needs: ["payReport"],
  sql: `
    SELECT MIN(file) AS file, NULL AS row, '报酬金额' AS col, semester, printf('%.2f', SUM(amount) / 100.0) AS total,
           printf('%.2f', (SELECT value FROM settings WHERE key = 'fund_fen') / 100.0) AS fund
    FROM pay_report
    GROUP BY semester
    HAVING (SELECT value FROM settings WHERE key = 'fund_fen') IS NOT NULL
       AND SUM(amount) > (SELECT value FROM settings WHERE key = 'fund_fen')
  `,
  message: "{semester} 报酬合计 {total} 元,超过专项经费 {fund} 元。",
} satisfies LedgerRule;
