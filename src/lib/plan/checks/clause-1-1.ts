/** 一(一) 优化课后服务管理: the plan itself, its groups, its review. */
import { describePath } from '../messages.ts';
import { unansweredPaths } from '../required.ts';
import { isBlank } from '../text.ts';
import { at } from './types.ts';
import type { FindingAt, PlanCheck } from './types.ts';

export const CLAUSE_1_1_CHECKS: readonly PlanCheck[] = [
  {
    id: 'plan.unanswered',
    clause: '1.1',
    severity: 'info',
    basis: { kind: 'notice', clause: '1.1', terms: ['一校一方案', '实施方式、管理流程、保障机制'] },
    title: '方案各部分已填写',
    description: '方案应写明实施方式、管理流程、保障机制:逐项列出还没有填写的部分。',
    check: (plan) => unansweredPaths(plan).map((path) => at(path, 'unanswered', describePath(path))),
  },
  {
    id: 'plan.groups',
    clause: '1.1',
    severity: 'error',
    basis: { kind: 'notice', clause: '1.1', terms: ['建立健全课后服务工作领导小组和工作小组'] },
    title: '领导小组和工作小组',
    description: '建立健全课后服务工作领导小组和工作小组:两个小组都有成员。',
    check: (plan) => {
      const out: FindingAt[] = [];
      if (plan.leadership.leadingGroup.length === 0) out.push(at('leadership.leadingGroup', 'leadingGroupEmpty'));
      if (plan.leadership.workingGroup.length === 0) out.push(at('leadership.workingGroup', 'workingGroupEmpty'));
      return out;
    },
  },
  {
    id: 'plan.group-head',
    clause: '1.1',
    severity: 'info',
    basis: { kind: 'default', note: '领导小组注明组长是本站的建议,通知只要求建立健全领导小组。', fixed: true },
    title: '领导小组注明组长',
    description: '领导小组某位成员的职务或职责写明“组长”(本站建议)。',
    check: (plan) => {
      const group = plan.leadership.leadingGroup;
      const head = group.some((m) => (m.position + m.duty).includes('组长') && !(m.position + m.duty).includes('副组长'));
      return group.length > 0 && !head ? [at('leadership.leadingGroup', 'leadingGroupNoHead')] : [];
    },
  },
  {
    id: 'plan.status-reason',
    clause: '1.1',
    severity: 'warning',
    basis: { kind: 'notice', clause: '1.1', terms: ['每年定期报送学段中心审核备案'] },
    title: '退回有原因',
    description: '方案每年报送学段中心审核备案;被退回时记下退回原因。',
    check: (plan) => (plan.review?.status === 'returned' && isBlank(plan.review.reason ?? '') ? [at('review.reason', 'returnedNoReason')] : []),
  },
];
