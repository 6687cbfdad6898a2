/** Files out of the page: the island is the only place that turns the document into a Blob. */
import { buildPlan } from '../../lib/plan/document.ts';
import { planToJson } from '../../lib/plan/migrate.ts';
import { planToMarkdown } from '../../lib/plan/toMarkdown.ts';
import type { Plan } from '../../lib/plan/schema.ts';
import { saveBlob } from '../download.ts';

/** `上海市浦东新区明珠小学2025学年课后服务实施方案.docx`, without characters a file name cannot hold. */
export function fileName(plan: Plan, ext: string): string {
  const base = `${plan.school.name.trim()}${plan.school.schoolYear.trim()}课后服务实施方案`.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_');
  return `${base}.${ext}`;
}

export async function exportDocx(plan: Plan): Promise<void> {
  // docx is only needed on export: load it then, not with the page.
  const [{ Packer }, { planToDocx }] = await Promise.all([import('docx'), import('../../lib/plan/toDocx.ts')]);
  const blob = await Packer.toBlob(planToDocx(buildPlan(plan)));
  saveBlob(fileName(plan, 'docx'), blob);
}

export function exportMarkdown(plan: Plan): void {
  saveBlob(fileName(plan, 'md'), new Blob([planToMarkdown(buildPlan(plan))], { type: 'text/markdown;charset=utf-8' }));
}

export function exportJson(plan: Plan): void {
  saveBlob(fileName(plan, 'json'), new Blob([planToJson(plan)], { type: 'application/json;charset=utf-8' }));
}
