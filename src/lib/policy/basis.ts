/**
 * What a rule, check, default or page statement rests on. The site never attributes to the notice what it
 * does not say: each statement names its basis, and the pages show it ("依据:本站默认(可在设置中修改)").
 */
import type { ClauseId } from './clauses.ts';

export type Basis =
  /** 浦教义〔2024〕10号 itself; `terms` are words of the clause's text that the statement enforces (a test checks them). */
  | { kind: 'notice'; clause: ClauseId; paragraph?: number; terms: readonly string[] }
  /** A Shanghai municipal document, by its number (listed on 依据文件). */
  | { kind: 'shanghai'; document: string }
  /** A national document, by its number (listed on 依据文件). */
  | { kind: 'national'; document: string }
  /**
   * A default of this site that the school can change in its settings; `fixed` when no setting changes it (the
   * template's file format, a validity check), so the page does not promise "可在设置中修改".
   */
  | { kind: 'default'; note?: string; fixed?: true }
  /** A value the school set itself (settings, its own scheme). */
  | { kind: 'school'; setting: string };

export const BASIS_KIND_LABELS: Record<Basis['kind'], string> = {
  notice: '通知原文',
  shanghai: '上海市规定',
  national: '国家规定',
  default: '本站默认',
  school: '学校设置',
};
