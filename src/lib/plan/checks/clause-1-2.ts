/** 一(二) 规范数据管理: 台账 and monthly totals (1), 校内公示 and “三重一大” (2), 报送 to the 学段中心 (3). */
import { isBlank } from '../text.ts';
import { mentionsCheck } from './keywords.ts';
import { at } from './types.ts';
import type { PlanCheck } from './types.ts';

export const CLAUSE_1_2_CHECKS: readonly PlanCheck[] = [
  mentionsCheck(
    {
      id: 'plan.records-duties',
      clause: '1.2.1',
      severity: 'warning',
      basis: { kind: 'notice', clause: '1.2.1', terms: ['建立课后服务工作台账', '每日按实记录', '每月按实汇总'] },
      title: '台账每日记录、按月汇总',
      description: '数据统计写到建立课后服务工作台账(每日记录)并按月汇总参与人员情况(按关键词核对)。',
    },
    { path: 'records', value: (p) => p.records },
    [
      ['工作台账', '台账'],
      ['按月汇总', '汇总', '按月统计'],
    ],
    'records',
  ),
  {
    id: 'plan.disclosure',
    clause: '1.2.2',
    severity: 'warning',
    basis: { kind: 'notice', clause: '1.2.2', terms: ['每月要在校内公示', '每学期公示', '“三重一大”事项集体决策制度'] },
    title: '校内公示与“三重一大”审议',
    description: '写明每月、每学期校内公示,公示前按“三重一大”提交党组织会议审议(按关键词核对)。',
    check: (plan) => {
      const text = plan.records + plan.funding.disclosure;
      if (isBlank(plan.funding.disclosure)) return [];
      if (!text.includes('公示')) return [at('funding.disclosure', 'fundingDisclosure')];
      return text.includes('三重一大') ? [] : [at('funding.disclosure', 'disclosureReview')];
    },
  },
  mentionsCheck(
    {
      id: 'plan.pay-report',
      clause: '1.2.3',
      severity: 'warning',
      basis: { kind: 'notice', clause: '1.2.3', terms: ['每学期定期向所属学段中心按实报送课后服务参与人员报酬统计情况'] },
      title: '每学期报送报酬统计',
      description: '写明每学期向学段中心报送参与人员报酬统计情况(按关键词核对)。',
    },
    { path: 'records', value: (p) => p.records },
    [['向学段中心报送', '报送', '上报']],
    'records',
  ),
];
