import type { LedgerRule } from '../types.ts';

export default {
  id: "pay-report.total-over-fund",
  clause: "3.6",
  severity: "warning",
  basis: { kind: "school", setting: "课后服务专项经费" },
  title: "报酬合计超过设置的专项经费",
  description: "把一个学期的报酬合计与学校在设置中填写的课后服务专项经费比较。通知三(六)要求课后服务经费专款专用(计财处管理监督),未规定报酬上限;未填写经费时不核对。",
  needs: ["payReport"],
  sql: `
    SELECT MIN(file) AS file, NULL AS row, '报酬金额' AS col, semester, printf('%.2f', SUM(amount) / 100.0) AS total,
           printf('%.2f', (SELECT value FROM settings WHERE key = 'fund_fen') / 100.0) AS fund
    FROM pay_report
    GROUP BY semester
    HAVING (SELECT value FROM settings WHERE key = 'fund_fen') IS NOT NULL
       AND SUM(amount) > (SELECT value FROM settings WHERE key = 'fund_fen')
  `,
  message: "{semester} 报酬合计 {total} 元,超过设置中填写的专项经费 {fund} 元。请核对报酬统计或经费设置。",
} satisfies LedgerRule;
