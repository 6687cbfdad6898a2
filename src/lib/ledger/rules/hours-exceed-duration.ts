import type { LedgerRule } from '../types.ts';

export default {
  id: "ledger.hours-exceed-duration",
  clause: "1.2.1",
  severity: "error",
  basis: { kind: "notice", clause: "1.2.1", terms: ["按实记录", "课时数"] },
  seeAlso: ["3.5", "3.7"],
  title: "课时数超过场次时长",
  description: "每日按实记录工作量(课时数):课时数不应超过场次时长折算的课时(时长 ÷ 一课时分钟数,本站默认 40 分钟,可在设置中修改;允许 0.25 课时的误差)。另见三(五)、三(七)关于虚报多报。",
  needs: ["ledger"],
  sql: `
    SELECT file, row, '课时数' AS col, date, grp, name, printf('%g', hours / 100.0) AS hours,
           printf('%02d:%02d', start_min / 60, start_min % 60) AS start, printf('%02d:%02d', end_min / 60, end_min % 60) AS finish, end_min - start_min AS minutes,
           printf('%g', ROUND((end_min - start_min) * 1.0 / (SELECT value FROM settings WHERE key = 'lesson_minutes'), 2)) AS max_hours,
           (SELECT value FROM settings WHERE key = 'lesson_minutes') AS lesson
    FROM ledger NOT INDEXED -- 整表扫描后只排序找到的行,比沿日期索引逐行回表快
    WHERE hours > (end_min - start_min) * 100.0 / (SELECT value FROM settings WHERE key = 'lesson_minutes') + 25
    ORDER BY date, row
  `,
  message: "{name} 在 {date}「{grp}」记 {hours} 课时,但 {start}–{finish} 只有 {minutes} 分钟,按每课时 {lesson} 分钟最多 {max_hours} 课时。请按实记录。",
} satisfies LedgerRule;
