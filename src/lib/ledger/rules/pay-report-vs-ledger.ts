import type { LedgerRule } from '../types.ts';

export default {
  id: "pay-report.hours-vs-ledger",
  clause: "1.2.3",
  severity: "error",
  basis: { kind: "notice", clause: "1.2.3", terms: ["按实报送课后服务参与人员报酬统计情况"] },
  title: "报酬统计的课时数与台账不符",
  description: "每学期按实报送:报酬统计中每人的总课时数应等于台账中该学期的课时数之和。只在台账覆盖该学期首月和末月时核对。",
  needs: ["ledger", "payReport"],
  indexes: ["ledger_person_day"],
  sql: `
    WITH days AS MATERIALIZED (SELECT DISTINCT date FROM ledger),
    covered AS (
      SELECT s.name, s.start, s."end" FROM semesters s
      WHERE EXISTS (SELECT 1 FROM days WHERE date BETWEEN s.start AND date(s.start, 'start of month', '+1 month', '-1 day'))
        AND EXISTS (SELECT 1 FROM days WHERE date BETWEEN date(s."end", 'start of month') AND s."end")
    ), reported AS (
      SELECT p.file, p.row, p.semester, p.name, p.staff_id, p.hours,
             COALESCE((SELECT SUM(l.hours) FROM ledger l WHERE l.staff_id = p.staff_id AND l.date BETWEEN c.start AND c."end"), 0) AS ledger_hours
      FROM pay_report p JOIN covered c ON c.name = p.semester
    )
    SELECT file, row, '总课时数' AS col, semester, name, staff_id,
           printf('%g', hours / 100.0) AS reported, printf('%g', ledger_hours / 100.0) AS ledger_hours
    FROM reported
    WHERE hours <> ledger_hours
    ORDER BY row
  `,
  message: "{name}({staff_id}){semester} 上报 {reported} 课时,台账中该学期合计 {ledger_hours} 课时。请按实报送。",
} satisfies LedgerRule;
