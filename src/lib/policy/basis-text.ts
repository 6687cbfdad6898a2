/** A basis in words and as a link, the same on every page: "依据:通知原文 一(二)1" … "依据:本站默认(可在设置中修改)". */
import type { Basis } from './basis.ts';
import { BASIS_KIND_LABELS } from './basis.ts';
import { citation, clauseHref } from './clauses.ts';

/** `通知原文 浦教义〔2024〕10号 一(二)1` · `国家规定 教基厅函〔2023〕26号` · `本站默认(可在设置中修改)` or `本站默认(本站标准模板)` when fixed · `学校设置:时段`. */
export function basisText(basis: Basis): string {
  switch (basis.kind) {
    case 'notice':
      return `${BASIS_KIND_LABELS.notice} ${citation(basis.clause, basis.paragraph)}`;
    case 'shanghai':
    case 'national':
      return `${BASIS_KIND_LABELS[basis.kind]} ${basis.document}`;
    case 'default':
      return `${BASIS_KIND_LABELS.default}${basis.note ? `(${basis.note})` : ''}${basis.fixed ? '' : '(可在设置中修改)'}`;
    case 'school':
      return `${BASIS_KIND_LABELS.school}:${basis.setting}`;
  }
}

/** Where a reader checks the basis: the clause, or the 依据文件 page for other documents; none for defaults. */
export function basisHref(basis: Basis): string | null {
  if (basis.kind === 'notice') return clauseHref(basis.clause, basis.paragraph);
  if (basis.kind === 'national' || basis.kind === 'shanghai') return '/basis/';
  return null;
}
