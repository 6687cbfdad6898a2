/**
 * The planted defects of the sample school, one file each, named after what it breaks. Each names the rule
 * (or cell check) that must catch it. The order is the order they are planted in (one per school day from
 * the 2nd on) and listed in the sample's README: keep it.
 */
import type { Defect } from './defect.ts';
import invalidCell from './invalid-cell.ts';
import missingSchoolDay from './missing-school-day.ts';
import singlePeriodDay from './single-period-day.ts';
import homeworkOnlyDay from './homework-only-day.ts';
import inconsistentStudentCount from './inconsistent-student-count.ts';
import duplicateRow from './duplicate-row.ts';
import externalWithoutAssistant from './external-without-assistant.ts';
import personDoubleBooked from './person-double-booked.ts';
import venueDoubleBooked from './venue-double-booked.ts';
import sessionOnNonSchoolDay from './session-on-non-school-day.ts';
import hoursNotMatchingLength from './hours-not-matching-length.ts';
import sessionBeforeSchool from './session-before-school.ts';
import drillingContent from './drilling-content.ts';
import excludedSupervision from './excluded-supervision.ts';
import studentsOverClassRoster from './students-over-class-roster.ts';
import externalNotInRoster from './external-not-in-roster.ts';
import externalVettingIncomplete from './external-vetting-incomplete.ts';
import vettingAfterFirstSession from './vetting-after-first-session.ts';
import monthlySummaryHoursWrong from './monthly-summary-hours-wrong.ts';
import monthlySummaryDatesWrong from './monthly-summary-dates-wrong.ts';
import monthlySummaryMissingPerson from './monthly-summary-missing-person.ts';
import disclosureMissingPerson from './disclosure-missing-person.ts';
import payReportMissingPerson from './pay-report-missing-person.ts';
import disclosureDiffersFromSummary from './disclosure-differs-from-summary.ts';
import semesterDisclosureDiffersFromPayReport from './semester-disclosure-differs-from-pay-report.ts';
import semesterHoursDifferFromLedger from './semester-hours-differ-from-ledger.ts';

export const DEFECTS = {
  'invalid-cell': invalidCell,
  'missing-school-day': missingSchoolDay,
  'single-period-day': singlePeriodDay,
  'homework-only-day': homeworkOnlyDay,
  'inconsistent-student-count': inconsistentStudentCount,
  'duplicate-row': duplicateRow,
  'external-without-assistant': externalWithoutAssistant,
  'person-double-booked': personDoubleBooked,
  'venue-double-booked': venueDoubleBooked,
  'session-on-non-school-day': sessionOnNonSchoolDay,
  'hours-not-matching-length': hoursNotMatchingLength,
  'session-before-school': sessionBeforeSchool,
  'drilling-content': drillingContent,
  'excluded-supervision': excludedSupervision,
  'students-over-class-roster': studentsOverClassRoster,
  'external-not-in-roster': externalNotInRoster,
  'external-vetting-incomplete': externalVettingIncomplete,
  'vetting-after-first-session': vettingAfterFirstSession,
  'monthly-summary-hours-wrong': monthlySummaryHoursWrong,
  'monthly-summary-dates-wrong': monthlySummaryDatesWrong,
  'monthly-summary-missing-person': monthlySummaryMissingPerson,
  'disclosure-missing-person': disclosureMissingPerson,
  'pay-report-missing-person': payReportMissingPerson,
  'disclosure-differs-from-summary': disclosureDiffersFromSummary,
  'semester-disclosure-differs-from-pay-report': semesterDisclosureDiffersFromPayReport,
  'semester-hours-differ-from-ledger': semesterHoursDifferFromLedger,
} satisfies Record<string, Defect>;

export type DefectName = keyof typeof DEFECTS;
export const DEFECT_NAMES = Object.keys(DEFECTS) as DefectName[];
export type { Defect, DayContext, FilesContext } from './defect.ts';
