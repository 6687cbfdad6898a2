import type { LedgerRule } from '../types.ts';

export default {
  id: "pay-report.hours-vs-ledger",
  clause: "1.2.3",
  severity: "error",
  title: "报酬统计的课时数与台账不符",
  description: "每学期按实报送:报酬统计中每人的总课时数应等于台账中该学期的课时数之和。只在台账覆盖该学期首月和末月时核对。",
  needs: ["ledger", "payReport"],
  sql: `
    WITH covered AS (
      SELECT s.name, s.start, s."end" FROM semesters s
      WHERE EXISTS (SELECT 1 FROM ledger WHERE month = substr(s.start, 1, 7))
        AND EXISTS (SELECT 1 FROM ledger WHERE month = substr(s."end", 1, 7))
    ), totals AS (
      SELECT c.name AS semester, l.staff_id, SUM(l.hours) AS hours
      FROM covered c JOIN ledger l ON l.date BETWEEN c.start AND c."end"
      GROUP BY c.name, l.staff_id
    )
    SELECT p.file AS file, p.row AS row, '总课时数' AS col, p.semester AS semester, p.name AS name, p.staff_id AS staff_id,
           printf('%g', p.hours / 100.0) AS reported, printf('%g', COALESCE(t.hours, 0) / 100.0) AS ledger_hours
    FROM pay_report p JOIN covered c ON c.name = p.semester
    LEFT JOIN totals t ON t.semester = p.semester AND t.staff_id = p.staff_id
    WHERE p.hours <> COALESCE(t.hours, 0)
    ORDER BY p.row
  `,
  message: "{name}({staff_id}){semester} 上报 {reported} 课时,台账中该学期合计 {ledger_hours} 课时。请按实报送。",
} satisfies LedgerRule;
