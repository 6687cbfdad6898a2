/**
 * Plan builder speed: what the page does on every keystroke (checks + document model) and on each
 * export, for the 九年一贯制 preset and for a large plan (PLAN_BENCH_GRADES grades, each answer
 * PLAN_BENCH_TEXT characters; defaults 9 and 20,000). Prints a markdown table of medians.
 */
import { performance } from 'node:perf_hooks';
import { Packer } from 'docx';
import { presetPlan } from '../../src/lib/plan/presets.ts';
import { checkPlan } from '../../src/lib/plan/checks.ts';
import { buildPlan } from '../../src/lib/plan/document.ts';
import { planToMarkdown } from '../../src/lib/plan/toMarkdown.ts';
import { planToDocx } from '../../src/lib/plan/toDocx.ts';
import { planToJson, readPlanJson } from '../../src/lib/plan/migrate.ts';
import type { Plan } from '../../src/lib/plan/schema.ts';

const GRADES = Number(process.env.PLAN_BENCH_GRADES ?? 9);
const TEXT = Number(process.env.PLAN_BENCH_TEXT ?? 20_000);
const REPEAT = 15;

function largePlan(): Plan {
  const plan = presetPlan('九年一贯制');
  const filler = '学校统筹校内外资源开展课后服务活动,落实每日记录、按月统计、按实测算。\n'.repeat(Math.ceil(TEXT / 36)).slice(0, TEXT);
  for (const key of ['basis', 'goals', 'venues', 'process', 'safety', 'records', 'quality'] as const) plan[key] += filler;
  plan.timetable = Array.from({ length: GRADES }, (_, i) => ({ ...structuredClone(plan.timetable[i % plan.timetable.length]!), grade: `第${i + 1}年级` }));
  return plan;
}

async function median(f: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < REPEAT; i++) {
    const t = performance.now();
    await f();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const rows: string[] = [];
for (const [name, plan] of [
  ['九年一贯制预设', presetPlan('九年一贯制')],
  [`大方案(${GRADES} 个年级,每项 ${TEXT} 字)`, largePlan()],
] as const) {
  const json = planToJson(plan);
  const doc = buildPlan(plan);
  // As the page does since the checks run once per change: check, then build the model from those findings.
  const keystroke = await median(() => buildPlan(plan, checkPlan(plan)));
  const markdown = await median(() => planToMarkdown(buildPlan(plan)));
  const docx = await median(() => Packer.toBuffer(planToDocx(buildPlan(plan))));
  const open = await median(() => readPlanJson('plan.json', json));
  const size = (await Packer.toBuffer(planToDocx(doc))).length;
  rows.push(
    `| ${name} | ${(json.length / 1024).toFixed(1)} KB | ${doc.blocks.length} | ${keystroke.toFixed(2)} | ${markdown.toFixed(2)} | ${docx.toFixed(1)} | ${(size / 1024).toFixed(1)} KB | ${open.toFixed(2)} |`,
  );
}

console.log(`Plan builder, median of ${REPEAT} runs (ms), Node ${process.version}\n`);
console.log('| plan | JSON | blocks | keystroke: checks + model | Markdown | .docx (Packer.toBuffer) | .docx size | open JSON |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
