import type { Defect } from './defect.ts';
import { bump } from './defect.ts';

export default {
  description: '学期公示和报酬统计的总课时数与台账不符',
  rule: 'pay-report.hours-vs-ledger',
  files: ({ files }) => {
    files.semesterDisclosure[1]![3] = bump(files.semesterDisclosure[1]![3]!, 200);
    files.payReport[1]![3] = files.semesterDisclosure[1]![3]!;
  },
} satisfies Defect;
