import type { LedgerRule } from '../types.ts';
import { FORBIDDEN_WORDS } from '../../policy/vocabulary.ts';
import { containsAny } from '../sql-words.ts';

export default {
  id: "ledger.forbidden-content",
  clause: "1.1.1",
  severity: "warning",
  basis: { kind: "notice", clause: "1.1.1", paragraph: 2, terms: ["刷题备考", "讲授新课", "集体补课"] },
  title: "疑似刷题备考、讲授新课或集体补课",
  description: "通知严禁利用课后服务时间组织学生刷题备考、讲授新课或集体补课。本规则只按“刷题、备考、新课、补课”等字样查找,会把“新课标阅读”之类合规内容也列出,请逐条核实。",
  needs: ["ledger"],
  sql: `
    SELECT file, row, CASE WHEN ${containsAny('content', FORBIDDEN_WORDS)} THEN '活动内容' ELSE '班级或活动' END AS col, date, grp, content
    FROM ledger NOT INDEXED -- 整表扫描后只排序找到的行,比沿日期索引逐行回表快
    WHERE ${containsAny('content', FORBIDDEN_WORDS)}
       OR ${containsAny('grp', FORBIDDEN_WORDS)}
    ORDER BY date, row
  `,
  message: "{date}「{grp}」的活动内容“{content}”疑似刷题备考、讲授新课或集体补课(通知严禁),请核实。作业辅导应是答疑、补缺补差和拓展;如内容合规,可忽略本条。",
} satisfies LedgerRule;
