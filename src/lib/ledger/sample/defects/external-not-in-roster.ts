import type { Defect } from './defect.ts';
import { externalIndex } from './defect.ts';

export default {
  description: '校外人员不在校外人员名册中',
  rule: 'ledger.external-not-in-roster',
  files: ({ files }) => void files.externalRoster.splice(externalIndex(files, 0), 1),
} satisfies Defect;
