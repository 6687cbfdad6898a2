import type { LedgerRule } from '../types.ts';

export default {
  id: "monthly-disclosure.vs-ledger",
  clause: "1.2.2",
  severity: "error",
  basis: { kind: "notice", clause: "1.2.2", terms: ["每月要在校内公示课后服务参与人员的工作量情况"] },
  title: "工作量公示与台账不符(未载入月度汇总)",
  description: "没有载入月度汇总时,把工作量公示直接与台账按人按月汇总的课时比较:人员和课时数都应一致。载入月度汇总时由“工作量公示与月度汇总”的规则核对,本规则不执行。",
  needs: ["ledger", "monthlyDisclosure"],
  unless: ["monthlySummary"],
  sql: `
    SELECT d.file AS file, d.row AS row, CASE WHEN m.staff_id IS NULL THEN '工号' ELSE '总课时数' END AS col, d.month AS month, d.name AS name, d.staff_id AS staff_id,
           CASE WHEN m.staff_id IS NULL THEN printf('公示 %g 课时,台账中该月没有此人的记录', d.hours / 100.0)
                ELSE printf('公示 %g 课时,台账合计 %g 课时', d.hours / 100.0, m.hours / 100.0) END AS why
    FROM monthly_disclosure d LEFT JOIN ledger_monthly m ON m.month = d.month AND m.staff_id = d.staff_id
    WHERE d.month IN (SELECT month FROM ledger_monthly)
      AND (m.staff_id IS NULL OR m.hours <> d.hours)
    UNION ALL
    SELECT NULL AS file, NULL AS row, '工号' AS col, m.month AS month, m.name AS name, m.staff_id AS staff_id,
           printf('台账中共 %g 课时,工作量公示中没有此人', m.hours / 100.0) AS why
    FROM ledger_monthly m
    WHERE m.month IN (SELECT month FROM monthly_disclosure)
      AND NOT EXISTS (SELECT 1 FROM monthly_disclosure d WHERE d.month = m.month AND d.staff_id = m.staff_id)
    ORDER BY month, staff_id
  `,
  message: "{month} {name}({staff_id}):{why}。公示的工作量应与台账按实记录的一致。",
} satisfies LedgerRule;
