import type { LedgerRule } from '../types.ts';

export default {
  id: "ledger.school-day-without-record",
  clause: "1.2.1",
  severity: "warning",
  basis: { kind: "notice", clause: "1.2.1", terms: ["每日按实记录"] },
  title: "上课日没有台账记录",
  description: "台账覆盖的日期范围内,每个上课日(按学期、法定节假日与调休、学校设置的非上课日)都应有课后服务记录:每日记录。",
  needs: ["ledger"],
  sql: `
    WITH days AS MATERIALIZED (SELECT DISTINCT date FROM ledger)
    SELECT NULL AS file, NULL AS row, '日期' AS col, c.date AS date
    FROM calendar c
    WHERE c.school_day = 1
      AND c.date BETWEEN (SELECT MIN(date) FROM days) AND (SELECT MAX(date) FROM days)
      AND c.date NOT IN (SELECT date FROM days)
    ORDER BY c.date
  `,
  message: "{date} 是上课日,台账中没有任何课后服务记录。通知要求每日按实记录;如当天因故停开(运动会、考试等),请在设置中登记停开日期并说明原因。",
} satisfies LedgerRule;
