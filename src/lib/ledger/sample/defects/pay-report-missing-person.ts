import type { Defect } from './defect.ts';

export default {
  description: '学期公示中的一个人没有在报酬统计中报送',
  rule: 'pay-report.missing-person',
  files: ({ files }) => void files.payReport.splice(5, 1),
} satisfies Defect;
