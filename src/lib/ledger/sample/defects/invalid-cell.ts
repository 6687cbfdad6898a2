import type { Defect } from './defect.ts';
import { mapFirst } from './defect.ts';

export default {
  description: '一行的“职责”不是规定的取值',
  rule: 'cell.invalid',
  day: (rows) => mapFirst(rows, () => true, (r) => ({ ...r, role: '主持人' })),
} satisfies Defect;
