import type { Defect } from './defect.ts';
import { externalIndex } from './defect.ts';

export default {
  description: '校外人员的审查日期晚于其首次参与课后服务',
  rule: 'roster.vetted-after-first-session',
  files: ({ files, school }) => {
    const days = school.options.schoolDays;
    files.externalRoster[externalIndex(files, 2)]![8] = days[Math.min(days.length - 1, 3)]!;
  },
} satisfies Defect;
