import type { LedgerRule } from '../types.ts';

export default {
  id: "roster.vetted-after-first-session",
  clause: "1.1.4",
  severity: "error",
  basis: { kind: "notice", clause: "1.1.4", paragraph: 2, terms: ["严禁不符合规定条件的人员进入学校提供课后服务"] },
  title: "资格审查晚于首次服务",
  description: "资格审查应在校外人员第一次进校服务之前完成。",
  needs: ["ledger", "externalRoster"],
  sql: `
    SELECT r.file AS file, r.row AS row, '审查日期' AS col, r.name AS name, r.staff_id AS staff_id, r.vetted_on AS vetted_on, MIN(l.date) AS first_day
    FROM external_roster r JOIN ledger l ON l.staff_id = r.staff_id
    GROUP BY r.file, r.row
    HAVING r.vetted_on > MIN(l.date)
    ORDER BY r.row
  `,
  message: "{name}({staff_id})的审查日期 {vetted_on} 晚于台账中首次服务的 {first_day}。资格审查须在进校服务前完成。",
} satisfies LedgerRule;
