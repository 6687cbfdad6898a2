import type { LedgerRule } from '../types.ts';

export default {
  id: "ledger.periods-per-day",
  clause: "1.1.1",
  severity: "warning",
  basis: { kind: "notice", clause: "1.1.1", paragraph: 1, terms: ["灵活设置2-3个时段"] },
  title: "当天少于 2 个时段",
  description: "通知要求灵活设置 2–3 个时段。",
  needs: ["ledger"],
  tables: ["ledger_daily"],
  sql: `
    SELECT file, row, '时段' AS col, date, periods AS n, period AS only
    FROM ledger_daily
    WHERE periods < 2
    ORDER BY date
  `,
  message: "{date} 只开设了 {n} 个时段({only})。通知要求灵活设置 2–3 个时段,方便家长按需选择。",
} satisfies LedgerRule;
