import type { LedgerRule } from '../types.ts';

export default {
  id: "ledger.external-not-in-roster",
  clause: "1.1.4",
  severity: "error",
  basis: { kind: "notice", clause: "1.1.4", paragraph: 2, terms: ["建立校外引进人员资格审查机制"] },
  title: "校外人员不在名册中",
  description: "每名校外人员都应在校外人员名册中,经过资格审查后才能进校服务。",
  needs: ["ledger", "externalRoster"],
  sql: `
    SELECT l.file AS file, MIN(l.row) AS row, '工号' AS col, l.staff_id AS staff_id, MIN(l.name) AS name, MIN(l.staff_type) AS staff_type
    FROM ledger l
    WHERE l.is_external = 1 AND NOT EXISTS (SELECT 1 FROM external_roster r WHERE r.staff_id = l.staff_id)
    GROUP BY l.file, l.staff_id
    ORDER BY row
  `,
  message: "{staff_type}{name}({staff_id})在台账中服务(第 {row} 行起),但不在校外人员名册中。严禁未经资格审查的人员进校提供课后服务。",
} satisfies LedgerRule;
