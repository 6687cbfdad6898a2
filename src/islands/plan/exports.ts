/** Files out of the page: the island is the only place that turns the document into a Blob. */
import { buildPlan } from '../../lib/plan/document.ts';
import { planToJson } from '../../lib/plan/migrate.ts';
import { planFileName } from '../../lib/plan/file.ts';
import { planToMarkdown } from '../../lib/plan/toMarkdown.ts';
import type { Plan } from '../../lib/plan/schema.ts';
import { saveBlob } from '../download.ts';

const fileName = planFileName;

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
