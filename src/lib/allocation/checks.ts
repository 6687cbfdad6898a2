/**
 * The allocation model's checks as data: what the calculator refuses (错误) or points out (提醒)
 * before a scenario can be published, each citing the clause it serves. `message` is the wording
 * shown at the field; `{…}` placeholders are filled by `formatCheck`.
 */
import { fillTemplate } from '../text/template.ts';
import type { ClauseId } from '../policy/clauses.ts';

export type AllocationCheckId =
  | 'allocation.fund-valid'
  | 'allocation.coefficient-range'
  | 'allocation.workload-positive'
  | 'allocation.scores-match-ledger'
  | 'allocation.performance-positive'
  | 'allocation.not-uniform'
  | 'allocation.management-share-cap';

export interface AllocationCheck {
  id: AllocationCheckId;
  clause: ClauseId;
  severity: 'error' | 'warning';
  title: string;
  description: string;
  message: string;
}

export const ALLOCATION_CHECKS: readonly AllocationCheck[] = [
  {
    id: 'allocation.fund-valid',
    clause: '1.1.5',
    severity: 'error',
    title: '经费总额有效',
    description: '专项补助经费总额须是不小于 0 的金额(元,最多 2 位小数)。',
    message: '经费总额「{value}」无效:{reason}。请填写以元为单位、最多两位小数的金额,例如 60000 或 60000.50。',
  },
  {
    id: 'allocation.coefficient-range',
    clause: '1.1.5',
    severity: 'error',
    title: '系数与占比在范围内',
    description: '时段、内容、职责、学生人数系数须在 0–10 之间,最多 3 位小数;占比为 0–100 的整数。',
    message: '{field}「{value}」无效:{reason}。',
  },
  {
    id: 'allocation.workload-positive',
    clause: '1.1.5',
    severity: 'error',
    title: '折算课时合计大于 0',
    description: '折算课时合计须大于 0,经费才能按工作量分配(多劳多得)。',
    message: '所有人的折算课时合计为 0,经费无法按工作量分配。请导入有课时的台账,或检查系数是否都被设为 0。',
  },
  {
    id: 'allocation.scores-match-ledger',
    clause: '1.1.5',
    severity: 'error',
    title: '评分表与台账人员一致',
    description: '评分表与台账须是同一批人:评分表里的人都在台账中,台账里的人都有评分。',
    message: '{detail}',
  },
  {
    id: 'allocation.performance-positive',
    clause: '1.1.5',
    severity: 'error',
    title: '绩效系数不全为 0',
    description: '有绩效部分时,至少一人的绩效系数须大于 0(优绩优酬)。',
    message: '所有人的效果评分和满意度按权重计都为 0,绩效部分({percent}%)无法分配。请检查评分,或把工作量占比设为 100%。',
  },
  {
    id: 'allocation.not-uniform',
    clause: '1.1.5',
    severity: 'warning',
    title: '结果不同于简单划一',
    description: '分配结果不应与简单划一(按人平均或按课时平均)完全相同:通知要求防止简单划一。',
    message: '本方案的结果与「{scheme}」完全相同,相当于简单划一。请按时段、内容、职责、学生人数和评分设置系数。',
  },
  {
    id: 'allocation.management-share-cap',
    clause: '1.1.5',
    severity: 'warning',
    title: '值班管理不超过管理部分上限',
    description: '值班管理所得不超过方案设定的管理部分上限(默认经费的 10%)。',
    message: '值班管理约得 {amount} 元,占经费的 {percent}%,超过设定的上限 {cap}%。请降低值班管理系数或调整上限。',
  },
];

export function checkById(id: AllocationCheckId): AllocationCheck {
  return ALLOCATION_CHECKS.find((c) => c.id === id)!;
}

export function formatCheck(id: AllocationCheckId, values: Record<string, string | number>): string {
  return fillTemplate(checkById(id).message, values);
}
