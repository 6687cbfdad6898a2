import type { LedgerRule } from '../types.ts';

export default {
  id: "pay-report.amount-mismatch",
  clause: "1.2.2",
  severity: "error",
  basis: { kind: "notice", clause: "1.2.2", terms: ["公示数据需与上报数据保持一致"] },
  title: "报酬金额与学期公示的拟发放报酬不符",
  description: "公示数据须与上报数据保持一致;据实发放。",
  needs: ["semesterDisclosure", "payReport"],
  sql: `
    SELECT p.file AS file, p.row AS row, '报酬金额' AS col, p.semester AS semester, p.name AS name, p.staff_id AS staff_id,
           printf('%.2f', p.amount / 100.0) AS reported, printf('%.2f', d.amount / 100.0) AS disclosed
    FROM pay_report p JOIN semester_disclosure d ON d.semester = p.semester AND d.staff_id = p.staff_id
    WHERE p.amount <> d.amount
    ORDER BY p.row
  `,
  message: "{name}({staff_id}){semester} 上报报酬 {reported} 元,学期公示的拟发放报酬为 {disclosed} 元。",
} satisfies LedgerRule;
