import type { LedgerRule } from '../types.ts';

export default {
  id: "roster.vetting-incomplete",
  clause: "1.1.4",
  severity: "error",
  basis: { kind: "notice", clause: "1.1.4", paragraph: 2, terms: ["核验专业学历证明、职业资格证书等", "开展违法信息查询", "身心健康状况"] },
  title: "校外人员资格审查未完成或不合格",
  description: "校外引进人员须核验学历证明和资格证书、开展违法信息查询、把关身心健康;有违法记录或未完成核验的不得进校。",
  needs: ["externalRoster"],
  sql: `
    SELECT file, row,
           CASE WHEN record_check <> '无记录' THEN '违法信息查询' WHEN degree_checked = '否' THEN '学历证明核验'
                WHEN certificate_checked = '否' THEN '资格证书核验' ELSE '身心健康核验' END AS col,
           name, staff_id,
           RTRIM((CASE WHEN record_check = '有记录' THEN '违法信息查询有记录、' WHEN record_check = '未查询' THEN '未做违法信息查询、' ELSE '' END) ||
                 (CASE WHEN degree_checked = '否' THEN '学历证明未核验、' ELSE '' END) ||
                 (CASE WHEN certificate_checked = '否' THEN '资格证书未核验、' ELSE '' END) ||
                 (CASE WHEN health_checked = '否' THEN '身心健康未核验、' ELSE '' END), '、') AS problems
    FROM external_roster
    WHERE record_check <> '无记录' OR degree_checked = '否' OR certificate_checked = '否' OR health_checked = '否'
    ORDER BY row
  `,
  message: "{name}({staff_id}):{problems}。严禁不符合规定条件的人员进校提供课后服务;请完成审查,不合格者不得安排。",
} satisfies LedgerRule;
