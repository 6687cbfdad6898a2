import type { LedgerRule } from '../types.ts';

export default {
  id: "pay-report.flat-split",
  clause: "1.1.5",
  severity: "warning",
  basis: { kind: "notice", clause: "1.1.5", paragraph: 1, terms: ["防止简单划一"] },
  title: "报酬简单划一",
  description: "经费分配应综合考虑时段、时长、内容、职责、效果等因素,防止简单划一:课时数不同的人拿到完全相同的报酬时提示。",
  needs: ["payReport"],
  sql: `
    SELECT MIN(file) AS file, NULL AS row, '报酬金额' AS col, semester, COUNT(*) AS n, printf('%.2f', MIN(amount) / 100.0) AS amount,
           printf('%g', MIN(hours) / 100.0) AS min_hours, printf('%g', MAX(hours) / 100.0) AS max_hours
    FROM pay_report
    GROUP BY semester
    HAVING COUNT(*) >= 3 AND COUNT(DISTINCT amount) = 1 AND COUNT(DISTINCT hours) > 1
  `,
  message: "{semester} 的 {n} 人课时数从 {min_hours} 到 {max_hours} 不等,报酬却都是 {amount} 元。通知要求防止简单划一,体现多劳多得、优绩优酬(可用本站“经费分配测算”)。",
} satisfies LedgerRule;
