/** 一(一)4 规范引入校外专业力量: two-way selection, vetting, a 本校助教 for everyone from outside. */
import { isBlank } from '../text.ts';
import { at } from './types.ts';
import type { FindingAt, PlanCheck } from './types.ts';

const partnerName = (name: string, i: number) => name.trim() || `第 ${i + 1} 行`;

export const CLAUSE_1_1_4_CHECKS: readonly PlanCheck[] = [
  {
    id: 'plan.external-listed',
    clause: '1.1.4',
    paragraph: 2,
    severity: 'warning',
    basis: { kind: 'notice', clause: '1.1.4', paragraph: 2, terms: ['严格规范引入与管理'] },
    title: '列出引入的校外力量',
    description: '引入校外力量时逐一列出人员或机构、所属单位和承担的活动。',
    check: (plan) => (plan.external.used && plan.external.partners.length === 0 ? [at('external.partners', 'externalEmpty')] : []),
  },
  {
    id: 'plan.external-two-way',
    clause: '1.1.4',
    paragraph: 1,
    severity: 'warning',
    basis: { kind: 'notice', clause: '1.1.4', paragraph: 1, terms: ['按照“双向选择”原则自主选聘'] },
    title: '按“双向选择”选聘',
    description: '引入校外力量时写明按“双向选择”原则自主选聘(按关键词核对)。',
    check: (plan) =>
      plan.external.used && !isBlank(plan.external.selection) && !plan.external.selection.includes('双向选择') ? [at('external.selection', 'externalTwoWay')] : [],
  },
  {
    id: 'plan.external-vetted',
    clause: '1.1.4',
    paragraph: 2,
    severity: 'error',
    basis: {
      kind: 'notice',
      clause: '1.1.4',
      paragraph: 2,
      terms: ['核验专业学历证明、职业资格证书等', '开展违法信息查询', '严格把关品德、身心健康状况'],
    },
    title: '校外人员通过资格审查',
    description: '每位校外人员都核验学历证明和资格证书、查询违法信息、把关品德和身心健康。',
    check: (plan) => {
      if (!plan.external.used) return [];
      const out: FindingAt[] = [];
      plan.external.partners.forEach((p, i) => {
        const missing = [
          !p.vetting.education && '学历证明核验',
          !p.vetting.certificate && '资格证书核验',
          !p.vetting.criminalRecord && '违法信息查询',
          !p.vetting.health && '品德与身心健康核验',
        ].filter((m): m is string => Boolean(m));
        if (missing.length) out.push(at(`external.partners.${i}.vetting`, 'externalNotVetted', partnerName(p.name, i), missing));
      });
      return out;
    },
  },
  {
    id: 'plan.external-assistant',
    clause: '1.1.4',
    paragraph: 2,
    severity: 'error',
    basis: { kind: 'notice', clause: '1.1.4', paragraph: 2, terms: ['所有引入的校外专业人员均须配备本校助教'] },
    title: '校外人员配备本校助教',
    description: '所有引入的校外专业人员均配备本校助教。',
    check: (plan) =>
      plan.external.used
        ? plan.external.partners.flatMap((p, i) => (isBlank(p.assistant) ? [at(`external.partners.${i}.assistant`, 'externalNoAssistant', partnerName(p.name, i))] : []))
        : [],
  },
];
