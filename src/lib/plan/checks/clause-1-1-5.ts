/** 一(一)5 用好课后服务专项经费: the allocation's factors, and no 乱收费. */
import { isBlank } from '../text.ts';
import { forbiddenWordsCheck, mentionsCheck } from './keywords.ts';
import { at } from './types.ts';
import type { PlanCheck } from './types.ts';

const NO_FEE_TERMS = ['严禁以课后服务名义乱收费', '擅自增加收费项目、扩大收费范围', '强制收费或捆绑收费', '通过家长委员会、第三方机构等收取课后服务费'];

export const CLAUSE_1_1_5_CHECKS: readonly PlanCheck[] = [
  mentionsCheck(
    {
      id: 'plan.funding-factors',
      clause: '1.1.5',
      paragraph: 1,
      severity: 'warning',
      basis: { kind: 'notice', clause: '1.1.5', paragraph: 1, terms: ['时段、时长、内容、职责、效果、服务学生规模、学生满意度等因素', '防止简单划一'] },
      title: '分配方案综合考虑各项因素',
      description: '经费分配方案写到时段、时长、内容、职责、效果、服务学生规模、学生满意度等因素(按关键词核对,意思相同的写法请人工复核)。',
    },
    { path: 'funding.allocation', value: (p) => p.funding.allocation },
    [
      ['时段', '时段'],
      ['时长', '时长', '课时'],
      ['内容', '内容'],
      ['职责', '职责'],
      ['效果', '效果'],
      ['服务学生规模', '学生规模', '学生人数', '服务学生'],
      ['学生满意度', '满意度'],
    ],
    'fundingFactors',
  ),
  {
    id: 'plan.no-fee-statement',
    clause: '1.1.5',
    paragraph: 2,
    severity: 'warning',
    basis: { kind: 'notice', clause: '1.1.5', paragraph: 2, terms: NO_FEE_TERMS },
    title: '写明不乱收费',
    description:
      '方案写明收费规范:不擅自增加收费项目、扩大收费范围,不强制或捆绑收费,不通过家委会、第三方机构收费。(“课后服务不向家长收费”是上海市的规定,不是本通知的原文。)',
    check: (plan) => (isBlank(plan.funding.noFee) ? [at('funding.noFee', 'noFee')] : []),
  },
  forbiddenWordsCheck(
    {
      id: 'plan.fee-words',
      clause: '1.1.5',
      paragraph: 2,
      severity: 'warning',
      basis: { kind: 'notice', clause: '1.1.5', paragraph: 2, terms: ['严禁以课后服务名义乱收费'] },
      title: '正文出现收费字样',
      description: '方案正文(收费规范以外)出现收费、缴费、代收等时提请核实。',
    },
    ['收费', '缴费', '交费', '代收'],
    '通知严禁以课后服务名义乱收费',
  ),
];
