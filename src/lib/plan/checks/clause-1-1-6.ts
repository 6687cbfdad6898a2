/** 一(一)6 完善质量监控体系. */
import { mentionsCheck } from './keywords.ts';
import type { PlanCheck } from './types.ts';

export const CLAUSE_1_1_6_CHECKS: readonly PlanCheck[] = [
  mentionsCheck(
    {
      id: 'plan.quality-monitoring',
      clause: '1.1.6',
      severity: 'warning',
      basis: { kind: 'notice', clause: '1.1.6', terms: ['原则上每学期对课后服务实施情况进行质量评估', '考勤记录制度', '干部巡检'] },
      title: '质量评估、考勤和巡检',
      description: '质量监控写到每学期质量评估、考勤记录和干部巡检(按关键词核对)。',
    },
    { path: 'quality', value: (p) => p.quality },
    [
      ['每学期质量评估', '评估'],
      ['考勤记录', '考勤'],
      ['干部巡检', '巡检', '巡查'],
    ],
    'quality',
  ),
];
