/** One zod schema per file kind: the cells of a row in, the normalised row out. */
import { z } from 'zod';
import type { FileKind } from './kinds.ts';
import { ACTIVITY_CATEGORIES, PERIOD_NAMES, RECORD_CHECK, ROLES, SERVICE_TYPES, STAFF_TYPES, YES_NO } from '../policy/vocabulary.ts';
import { count, date, fen, hundredths, month, oneOf, text, time } from './fields.ts';


export const LedgerRowSchema = z.object({
  date: date('日期'),
  period: oneOf('时段', PERIOD_NAMES),
  start: time('开始时间'),
  end: time('结束时间'),
  group: text('班级或活动'),
  serviceType: oneOf('服务类型', SERVICE_TYPES),
  category: oneOf('活动类别', ACTIVITY_CATEGORIES, false),
  content: text('活动内容', false),
  venue: text('场地', false),
  students: count('参与学生人数'),
  staffId: text('工号'),
  name: text('姓名'),
  staffType: oneOf('人员类别', STAFF_TYPES),
  role: oneOf('职责', ROLES),
  hours: hundredths('课时数'),
});

export const MonthlySummaryRowSchema = z.object({
  month: month('月份'),
  staffId: text('工号'),
  name: text('姓名'),
  dates: text('参与日期'),
  days: count('参与天数'),
  hours: hundredths('总课时数'),
});

export const MonthlyDisclosureRowSchema = z.object({
  month: month('月份'),
  staffId: text('工号'),
  name: text('姓名'),
  hours: hundredths('总课时数'),
});

export const SemesterDisclosureRowSchema = z.object({
  semester: text('学期'),
  staffId: text('工号'),
  name: text('姓名'),
  hours: hundredths('总课时数'),
  amount: fen('拟发放报酬'),
});

export const PayReportRowSchema = z.object({
  semester: text('学期'),
  staffId: text('工号'),
  name: text('姓名'),
  hours: hundredths('总课时数'),
  amount: fen('报酬金额'),
});

export const ExternalRosterRowSchema = z.object({
  staffId: text('工号'),
  name: text('姓名'),
  staffType: oneOf('人员类别', STAFF_TYPES),
  org: text('所属单位', false),
  degreeChecked: oneOf('学历证明核验', YES_NO),
  certificateChecked: oneOf('资格证书核验', YES_NO),
  recordCheck: oneOf('违法信息查询', RECORD_CHECK),
  healthChecked: oneOf('身心健康核验', YES_NO),
  vettedOn: date('审查日期'),
});

export const ClassRosterRowSchema = z.object({
  group: text('班级或活动'),
  students: count('学生人数'),
});

export const ROW_SCHEMAS = {
  ledger: LedgerRowSchema,
  monthlySummary: MonthlySummaryRowSchema,
  monthlyDisclosure: MonthlyDisclosureRowSchema,
  semesterDisclosure: SemesterDisclosureRowSchema,
  payReport: PayReportRowSchema,
  externalRoster: ExternalRosterRowSchema,
  classRoster: ClassRosterRowSchema,
} satisfies Record<FileKind, z.ZodType>;

export type LedgerRow = z.infer<typeof LedgerRowSchema>;
/** A row read from a 月度汇总 file (what the school wrote), checked against the 台账 by the rules. */
export type MonthlySummaryRow = z.infer<typeof MonthlySummaryRowSchema>;
export type RowOf<K extends FileKind> = z.infer<(typeof ROW_SCHEMAS)[K]>;
