import type { LedgerRule } from '../types.ts';

export default {
  id: "pay-report.semester-unknown",
  clause: "1.2.3",
  severity: "info",
  basis: { kind: "school", setting: "学期" },
  title: "学期名称不在设置中",
  description: "学期公示和报酬统计中的学期名称应与设置中的学期一致,才能与台账按日期核对。",
  needs: ["payReport"],
  sql: `
    SELECT file, MIN(row) AS row, '学期' AS col, semester
    FROM pay_report
    WHERE semester NOT IN (SELECT name FROM semesters)
    GROUP BY file, semester
  `,
  message: "学期“{semester}”不在设置的学期列表中,无法与台账按日期核对课时。请在设置中添加这个学期及其起止日期。",
} satisfies LedgerRule;
