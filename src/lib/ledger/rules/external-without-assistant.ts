import type { LedgerRule } from '../types.ts';

export default {
  id: "ledger.external-without-assistant",
  clause: "1.1.4",
  severity: "error",
  basis: { kind: "notice", clause: "1.1.4", paragraph: 2, terms: ["所有引入的校外专业人员均须配备本校助教"] },
  title: "校外人员没有配备本校助教",
  description: "所有引入的校外专业人员均须配备本校助教:校外人员服务的每个场次都应有一名人员类别为本校教职工、职责为助教的人员。",
  needs: ["ledger"],
  sql: `
    WITH assisted AS MATERIALIZED (
      SELECT DISTINCT date, period, grp FROM ledger WHERE is_external = 0 AND role = '助教'
    )
    SELECT l.file AS file, l.row AS row, '职责' AS col, l.date AS date, l.period AS period, l.grp AS grp, l.name AS name, l.staff_type AS staff_type
    FROM ledger l
    WHERE l.is_external = 1
      AND NOT EXISTS (SELECT 1 FROM assisted a WHERE a.date = l.date AND a.period = l.period AND a.grp = l.grp)
    ORDER BY l.date, l.row
  `,
  message: "{date} {period}「{grp}」由{staff_type}{name}服务,但该场次没有本校教职工担任助教。所有引入的校外专业人员均须配备本校助教。",
} satisfies LedgerRule;
