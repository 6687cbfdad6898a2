import type { LedgerRule } from '../types.ts';

export default {
  id: "ledger.excluded-service",
  clause: "1.1.1",
  severity: "error",
  basis: { kind: "notice", clause: "1.1.1", paragraph: 2, terms: ["早到校看管和自习", "午餐午休看管", "晚自习", "不得纳入课后服务范围"] },
  title: "把不属于课后服务的看管记为课后服务",
  description: "学校提供的早到校看管和自习、午餐午休看管、晚自习等服务不得纳入课后服务范围。",
  needs: ["ledger"],
  sql: `
    SELECT file, row, CASE WHEN instr(grp, '早到校') > 0 OR instr(grp, '午休') > 0 OR instr(grp, '午餐') > 0 OR instr(grp, '晚自习') > 0 OR instr(grp, '早管') > 0 OR instr(grp, '午管') > 0 THEN '班级或活动' ELSE '活动内容' END AS col,
           date, grp, content
    FROM ledger NOT INDEXED -- 整表扫描后只排序找到的行,比沿日期索引逐行回表快
    WHERE instr(grp, '早到校') > 0 OR instr(grp, '午休') > 0 OR instr(grp, '午餐') > 0 OR instr(grp, '晚自习') > 0 OR instr(grp, '早管') > 0 OR instr(grp, '午管') > 0
       OR instr(content, '早到校') > 0 OR instr(content, '午休') > 0 OR instr(content, '午餐') > 0 OR instr(content, '晚自习') > 0 OR instr(content, '早管') > 0 OR instr(content, '午管') > 0
    ORDER BY date, row
  `,
  message: "{date}「{grp}」({content})属于早到校、午餐午休看管或晚自习,不得纳入课后服务范围。请从台账中删除。",
} satisfies LedgerRule;
