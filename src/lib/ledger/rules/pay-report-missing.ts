import type { LedgerRule } from '../types.ts';

export default {
  id: "pay-report.missing-person",
  clause: "1.2.3",
  severity: "error",
  basis: { kind: "notice", clause: "1.2.3", terms: ["按实报送课后服务参与人员报酬统计情况"] },
  title: "学期公示中的人员没有报送",
  description: "每学期应按实报送全体参与人员的报酬统计。",
  needs: ["semesterDisclosure", "payReport"],
  sql: `
    SELECT d.file AS file, d.row AS row, '工号' AS col, d.semester AS semester, d.name AS name, d.staff_id AS staff_id
    FROM semester_disclosure d
    WHERE d.semester IN (SELECT semester FROM pay_report)
      AND NOT EXISTS (SELECT 1 FROM pay_report p WHERE p.semester = d.semester AND p.staff_id = d.staff_id)
    ORDER BY d.row
  `,
  message: "学期公示中 {semester} 的 {name}({staff_id})没有出现在报酬统计中。",
} satisfies LedgerRule;
