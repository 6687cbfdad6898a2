import type { LedgerRule } from '../types.ts';

export default {
  id: "ledger.ends-before-parents",
  clause: "1.1.1",
  severity: "warning",
  basis: { kind: "notice", clause: "1.1.1", paragraph: 1, terms: ["结束时间与本校大部分学生家长正常下班时间相衔接"] },
  title: "当天结束时间早于家长下班时间",
  description: "课后服务的结束时间应与大部分学生家长正常下班时间相衔接(设置中的家长下班时间,默认 17:30)。",
  needs: ["ledger"],
  tables: ["ledger_daily"],
  sql: `
    SELECT file, row, '结束时间' AS col, date, printf('%02d:%02d', last_end / 60, last_end % 60) AS last_end,
           printf('%02d:%02d', (SELECT value FROM settings WHERE key = 'parents_off_work') / 60, (SELECT value FROM settings WHERE key = 'parents_off_work') % 60) AS off_work
    FROM ledger_daily
    WHERE last_end < (SELECT value FROM settings WHERE key = 'parents_off_work')
    ORDER BY date
  `,
  message: "{date} 最晚的课后服务在 {last_end} 结束,早于家长下班时间 {off_work}。结束时间应与大部分家长正常下班时间相衔接。",
} satisfies LedgerRule;
