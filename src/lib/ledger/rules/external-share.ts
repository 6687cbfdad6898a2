import type { LedgerRule } from '../types.ts';

export default {
  id: "ledger.external-share",
  clause: "1.1.4",
  severity: "info",
  basis: { kind: "notice", clause: "1.1.4", paragraph: 1, terms: ["课后服务主要由本校教师承担"] },
  title: "校外人员承担的课时占比偏高",
  description: "通知要求课后服务主要由本校教师承担。按月计算校外人员(人员类别不是“本校教职工”)的课时占全部课时的比例,超过设置中的上限时提示;上限为本站默认 50%,学校可在设置中修改。",
  needs: ["ledger"],
  sql: `
    SELECT NULL AS file, NULL AS row, '人员类别' AS col, substr(date, 1, 7) AS month,
           printf('%.1f', SUM(CASE WHEN is_external = 1 THEN hours ELSE 0 END) * 100.0 / SUM(hours)) AS share,
           printf('%g', SUM(CASE WHEN is_external = 1 THEN hours ELSE 0 END) / 100.0) AS external_hours,
           printf('%g', SUM(hours) / 100.0) AS total_hours,
           printf('%g', (SELECT value FROM settings WHERE key = 'external_share_max')) AS max_share
    FROM ledger NOT INDEXED -- 整表扫描一次,按月汇总
    GROUP BY substr(date, 1, 7)
    HAVING SUM(hours) > 0
       AND SUM(CASE WHEN is_external = 1 THEN hours ELSE 0 END) * 100.0 > (SELECT value FROM settings WHERE key = 'external_share_max') * SUM(hours)
    ORDER BY month
  `,
  message: "{month} 校外人员承担 {external_hours} 课时,占全部 {total_hours} 课时的 {share}%,超过设置的 {max_share}%。通知要求课后服务主要由本校教师承担,请核实。",
} satisfies LedgerRule;
