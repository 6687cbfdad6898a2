import type { LedgerRule } from '../types.ts';

export default {
  id: "pay-report.not-disclosed",
  clause: "1.2.2",
  severity: "error",
  basis: { kind: "notice", clause: "1.2.2", terms: ["公示数据需与上报数据保持一致"] },
  title: "报酬统计中的人员没有在学期公示中公示",
  description: "上报的报酬须先经校内公示,公示数据与上报数据保持一致。",
  needs: ["semesterDisclosure", "payReport"],
  sql: `
    SELECT p.file AS file, p.row AS row, '工号' AS col, p.semester AS semester, p.name AS name, p.staff_id AS staff_id
    FROM pay_report p
    WHERE p.semester IN (SELECT semester FROM semester_disclosure)
      AND NOT EXISTS (SELECT 1 FROM semester_disclosure d WHERE d.semester = p.semester AND d.staff_id = p.staff_id)
    ORDER BY p.row
  `,
  message: "报酬统计中 {semester} 的 {name}({staff_id})没有出现在学期公示中。上报前须在校内公示。",
} satisfies LedgerRule;
