import type { LedgerRule } from '../types.ts';

export default {
  id: "ledger.outside-after-school-time",
  clause: "1.1.1",
  severity: "warning",
  basis: { kind: "school", setting: "时段" },
  title: "记录超出学校设置的课后服务时段",
  description: "开始早于第一时段或结束晚于最后一个时段的场次被标出,时段以学校在设置中填写的为准(本站默认 15:30–18:00)。通知只要求灵活设置 2-3 个时段,未规定具体钟点;早到校看管、午餐午休看管和晚自习由“把不属于课后服务的看管记为课后服务”按名称核对。",
  needs: ["ledger"],
  sql: `
    SELECT MIN(file) AS file, MIN(row) AS row, CASE WHEN MIN(start_min) < (SELECT MIN(start_min) FROM periods) THEN '开始时间' ELSE '结束时间' END AS col,
           date, period, grp, printf('%02d:%02d', MIN(start_min) / 60, MIN(start_min) % 60) AS start, printf('%02d:%02d', MAX(end_min) / 60, MAX(end_min) % 60) AS finish,
           printf('%02d:%02d', (SELECT MIN(start_min) FROM periods) / 60, (SELECT MIN(start_min) FROM periods) % 60) AS first_start, printf('%02d:%02d', (SELECT MAX(end_min) FROM periods) / 60, (SELECT MAX(end_min) FROM periods) % 60) AS last_end
    FROM ledger NOT INDEXED -- 整表扫描后只排序找到的行,比沿日期索引逐行回表快
    WHERE start_min < (SELECT MIN(start_min) FROM periods) OR end_min > (SELECT MAX(end_min) FROM periods)
    GROUP BY date, period, grp
    ORDER BY date, MIN(start_min)
  `,
  message: "{date}「{grp}」{start}–{finish} 超出设置的课后服务时段({first_start}–{last_end})。请核实记录的时间;如学校的时段有变,请在设置中修改。",
} satisfies LedgerRule;
