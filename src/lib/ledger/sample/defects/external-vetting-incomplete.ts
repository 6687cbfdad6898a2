import type { Defect } from './defect.ts';
import { externalIndex } from './defect.ts';

export default {
  description: '校外人员未完成违法信息查询',
  rule: 'roster.vetting-incomplete',
  files: ({ files }) => void (files.externalRoster[externalIndex(files, 1)]![6] = '未查询'),
} satisfies Defect;
