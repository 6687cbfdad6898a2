import type { LedgerRule } from '../../types.ts';

export default {
  id: "ledger.non-school-day",
  clause: "1.2.1",
  severity: "error",
  basis: { kind: "national", document: "教基厅函〔2023〕26号" },
  title: "非上课日有课后服务记录",
  description: "台账应每日按实记录(一(二)1)。按国家规定(教基厅函〔2023〕26号),课后服务在上课日开展;本通知对此未作规定。记录落在周末、法定节假日或学期以外的日期,可能是日期写错,也可能是学校另行安排的上课日。",
  needs: ["ledger"],
  sql: `
    SELECT l.file AS file, MIN(l.row) AS row, '日期' AS col, l.date AS date, COUNT(*) AS n,
           CASE WHEN c.closed IS NOT NULL THEN '是学校设置中登记的停开日' || CASE WHEN c.closed <> '' THEN '(' || c.closed || ')' ELSE '' END
                WHEN c.semester IS NULL THEN '不在任何学期内' ELSE '是周末或法定节假日' END AS why,
           CASE WHEN c.closed IS NOT NULL THEN '请核对日期;如当天实际开展了课后服务,请在设置中删去这一停开日。'
                ELSE '请核对日期;如当天是学校的上课日(如调休上班日),请在设置中登记。' END AS advice
    FROM ledger l JOIN calendar c ON c.date = l.date
    WHERE c.school_day = 0
    GROUP BY l.file, l.date
    ORDER BY l.date
  `,
  message: "{date} {why},台账却有 {n} 条记录(从第 {row} 行起)。按教基厅函〔2023〕26号,课后服务在上课日开展。{advice}",
} satisfies LedgerRule;
