import type { LedgerRule } from '../types.ts';

export default {
  id: "ledger.external-roster-missing",
  clause: "1.1.4",
  severity: "warning",
  basis: { kind: "notice", clause: "1.1.4", paragraph: 2, terms: ["建立校外引进人员资格审查机制"] },
  title: "有校外人员但没有载入校外人员名册",
  description: "台账中有校外人员时,应同时载入校外人员名册,才能核对资格审查。",
  needs: ["ledger"],
  sql: `
    SELECT NULL AS file, NULL AS row, NULL AS col, COUNT(DISTINCT staff_id) AS n
    FROM ledger
    WHERE is_external = 1
    HAVING COUNT(*) > 0 AND (SELECT COUNT(*) FROM external_roster) = 0
  `,
  message: "台账中有 {n} 名校外人员,但没有载入校外人员名册,无法核对资格审查。请一起载入名册(模板见本页)。",
} satisfies LedgerRule;
