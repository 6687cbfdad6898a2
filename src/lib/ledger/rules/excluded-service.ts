import type { LedgerRule } from '../types.ts';

export default {
  id: "ledger.excluded-service",
  clause: "1.1.1",
  severity: "error",
  title: "把不属于课后服务的看管记为课后服务",
  description: "学校提供的早到校看管和自习、午餐午休看管、晚自习等服务不得纳入课后服务范围。",
  needs: ["ledger"],
  sql: `
    SELECT file, row, CASE WHEN grp LIKE '%早到校%' OR grp LIKE '%午休%' OR grp LIKE '%午餐%' OR grp LIKE '%晚自习%' OR grp LIKE '%早管%' OR grp LIKE '%午管%' THEN '班级或活动' ELSE '活动内容' END AS col,
           date, grp, content
    FROM ledger
    WHERE grp LIKE '%早到校%' OR grp LIKE '%午休%' OR grp LIKE '%午餐%' OR grp LIKE '%晚自习%' OR grp LIKE '%早管%' OR grp LIKE '%午管%'
       OR content LIKE '%早到校%' OR content LIKE '%午休%' OR content LIKE '%午餐%' OR content LIKE '%晚自习%' OR content LIKE '%早管%' OR content LIKE '%午管%'
    ORDER BY date, row
  `,
  message: "{date}「{grp}」({content})属于早到校、午餐午休看管或晚自习,不得纳入课后服务范围。请从台账中删除。",
} satisfies LedgerRule;
