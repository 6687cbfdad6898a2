import type { LedgerRule } from '../types.ts';

export default {
  id: "pay-report.hours-mismatch",
  clause: "1.2.2",
  severity: "error",
  basis: { kind: "notice", clause: "1.2.2", terms: ["公示数据需与上报数据保持一致"] },
  title: "报酬统计的课时数与学期公示不符",
  description: "公示数据须与上报数据保持一致。",
  needs: ["semesterDisclosure", "payReport"],
  sql: `
    SELECT p.file AS file, p.row AS row, '总课时数' AS col, p.semester AS semester, p.name AS name, p.staff_id AS staff_id,
           printf('%g', p.hours / 100.0) AS reported, printf('%g', d.hours / 100.0) AS disclosed
    FROM pay_report p JOIN semester_disclosure d ON d.semester = p.semester AND d.staff_id = p.staff_id
    WHERE p.hours <> d.hours
    ORDER BY p.row
  `,
  message: "{name}({staff_id}){semester} 上报 {reported} 课时,学期公示为 {disclosed} 课时。公示数据须与上报数据一致。",
} satisfies LedgerRule;
