import type { LedgerRule } from '../types.ts';

export default {
  id: "pay-report.semester-not-disclosed",
  clause: "1.2.2",
  severity: "error",
  basis: { kind: "notice", clause: "1.2.2", terms: ["每学期公示课后服务参与人员工作量和拟发放报酬情况"] },
  title: "报酬统计中的学期没有学期公示",
  description: "每学期应公示参与人员工作量和拟发放报酬,再报送报酬统计。其他规则只核对两个文件都有的学期,整个学期没有公示由本规则指出。",
  needs: ["payReport", "semesterDisclosure"],
  sql: `
    SELECT MIN(file) AS file, MIN(row) AS row, '学期' AS col, semester, COUNT(*) AS people
    FROM pay_report
    WHERE semester NOT IN (SELECT semester FROM semester_disclosure)
    GROUP BY semester
    ORDER BY MIN(row)
  `,
  message: "报酬统计报送了 {semester} 的 {people} 人,载入的学期公示中没有这个学期。通知要求每学期公示工作量和拟发放报酬;请补上公示,或一并载入该学期的公示文件。",
} satisfies LedgerRule;
