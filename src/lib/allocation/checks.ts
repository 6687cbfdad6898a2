/**
 * The allocation model's checks as data: what the calculator refuses (错误), asks to verify (警告) or
 * points out (提示) before a scenario can be published, each citing the clause it serves. `message` is
 * the wording shown at the field; `{…}` placeholders are filled by `formatCheck`.
 */
import { fillTemplate } from '../text/template.ts';
import type { ClauseId } from '../policy/clauses.ts';
import type { Severity } from '../policy/severity.ts';

export type AllocationCheckId =
  | 'allocation.fund-valid'
  | 'allocation.coefficient-range'
  | 'allocation.workload-positive'
  | 'allocation.scores-match-ledger'
  | 'allocation.performance-positive'
  | 'allocation.not-uniform'
  | 'allocation.management-share-cap'
  | 'allocation.scheme-within-fund'
  | 'allocation.scheme-score-positive'
  | 'allocation.factors-considered'
  | 'allocation.scheme-unallocated';

export interface AllocationCheck {
  id: AllocationCheckId;
  clause: ClauseId;
  severity: Severity;
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
  {
    id: 'allocation.scheme-within-fund',
    clause: '1.1.5',
    severity: 'error',
    title: '各步骤合计不超过经费',
    description: '方案的各个步骤依次从剩余经费中支出,任何一步都不能超出剩余的经费。',
    message: '第 {step} 步「{label}」需要的金额超出剩余经费 {shortfall} 元。请降低这一步的单价或金额,或调整前面的步骤。',
  },
  {
    id: 'allocation.scheme-score-positive',
    clause: '1.1.5',
    severity: 'error',
    title: '按评分分配时评分不全为 0',
    description: '按评分分配的步骤有金额时,至少一人的评分按权重计须大于 0。',
    message: '第 {step} 步「{label}」:所有人的评分按权重计都为 0,这一步的金额无法分配。请检查评分,或把这一步的金额设为 0。',
  },
  {
    id: 'allocation.factors-considered',
    clause: '1.1.5',
    severity: 'warning',
    title: '综合考虑七项因素',
    description: '通知要求综合考虑时段、时长、内容、职责、效果、服务学生规模、学生满意度等因素:方案中每项因素至少有一步让金额随之变化。',
    message: '本方案没有让金额随「{factors}」变化。通知要求综合考虑时段、时长、内容、职责、效果、服务学生规模、学生满意度等因素,请确认是否有意不计这些因素。',
  },
  {
    id: 'allocation.scheme-unallocated',
    clause: '1.1.5',
    severity: 'info',
    title: '经费是否分完',
    description: '各步骤分完后若有结余,列为「结余(未分配)」,不计入任何人。',
    message: '各步骤分完后还有 {amount} 元未分配,列为结余。如要分完,可在最后加一步「余额平分」。',
  },
];

export function checkById(id: AllocationCheckId): AllocationCheck {
  return ALLOCATION_CHECKS.find((c) => c.id === id)!;
}

export function formatCheck(id: AllocationCheckId, values: Record<string, string | number>): string {
  return fillTemplate(checkById(id).message, values);
}
