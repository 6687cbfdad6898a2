import type { LedgerRule } from '../types.ts';

export default {
  id: "ledger.forbidden-content",
  clause: "1.1.1",
  severity: "error",
  title: "利用课后服务刷题备考、讲授新课或集体补课",
  description: "严禁增加学生课业负担,不得利用课后服务时间组织学生刷题备考、讲授新课或集体补课。",
  needs: ["ledger"],
  sql: `
    SELECT file, row, '活动内容' AS col, date, grp, content
    FROM ledger NOT INDEXED -- 整表扫描后只排序找到的行,比沿日期索引逐行回表快
    WHERE instr(content, '刷题') > 0 OR instr(content, '备考') > 0 OR instr(content, '新课') > 0 OR instr(content, '补课') > 0
       OR instr(grp, '刷题') > 0 OR instr(grp, '备考') > 0 OR instr(grp, '新课') > 0 OR instr(grp, '补课') > 0
    ORDER BY date, row
  `,
  message: "{date}「{grp}」的活动内容“{content}”属于刷题备考、讲授新课或集体补课,通知严禁。作业辅导应是答疑、补缺补差和拓展。",
} satisfies LedgerRule;
