import type { LedgerRule } from '../types.ts';
import { EXCLUDED_SERVICE_WORDS } from '../../policy/vocabulary.ts';
import { containsAny } from '../sql-words.ts';

export default {
  id: "ledger.excluded-service",
  clause: "1.1.1",
  severity: "error",
  basis: { kind: "notice", clause: "1.1.1", paragraph: 2, terms: ["早到校看管和自习", "午餐午休看管", "晚自习", "不得纳入课后服务范围"] },
  title: "把不属于课后服务的看管记为课后服务",
  description: "学校提供的早到校看管和自习、午餐午休看管、晚自习等服务不得纳入课后服务范围。",
  needs: ["ledger"],
  sql: `
    SELECT file, row, CASE WHEN ${containsAny('grp', EXCLUDED_SERVICE_WORDS)} THEN '班级或活动' ELSE '活动内容' END AS col,
           date, grp, content
    FROM ledger NOT INDEXED -- 整表扫描后只排序找到的行,比沿日期索引逐行回表快
    WHERE ${containsAny('grp', EXCLUDED_SERVICE_WORDS)}
       OR ${containsAny('content', EXCLUDED_SERVICE_WORDS)}
    ORDER BY date, row
  `,
  message: "{date}「{grp}」({content})属于早到校、午餐午休看管或晚自习,不得纳入课后服务范围。请从台账中删除。",
} satisfies LedgerRule;
