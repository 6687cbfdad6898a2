/** Every ledger rule, in the order the rules page lists them. Adding a rule = one file here + one fixture. */
import type { LedgerRule } from '../types.ts';
import schoolDayWithoutRecord from './school-day-without-record.ts';
import nonSchoolDay from './non-school-day.ts';
import sessionStudentsInconsistent from './session-students-inconsistent.ts';
import duplicateRow from './duplicate-row.ts';
import dailyBothServiceTypes from './daily-both-service-types.ts';
import periodsPerDay from './periods-per-day.ts';
import endsBeforeParents from './ends-before-parents.ts';
import outsideAfterSchoolTime from './outside-after-school-time.ts';
import excludedService from './excluded-service.ts';
import forbiddenContent from './forbidden-content.ts';
import hoursExceedDuration from './hours-exceed-duration.ts';
import personOverlap from './person-overlap.ts';
import venueOverlap from './venue-overlap.ts';
import externalWithoutAssistant from './external-without-assistant.ts';
import externalRosterMissing from './external-roster-missing.ts';
import externalNotInRoster from './external-not-in-roster.ts';
import vettingIncomplete from './vetting-incomplete.ts';
import vettedAfterFirstSession from './vetted-after-first-session.ts';
import studentsOverRoster from './students-over-roster.ts';
import monthlySummaryMissingPerson from './monthly-summary-missing-person.ts';
import monthlySummaryExtraPerson from './monthly-summary-extra-person.ts';
import monthlySummaryHours from './monthly-summary-hours.ts';
import monthlySummaryDays from './monthly-summary-days.ts';
import monthlySummaryDates from './monthly-summary-dates.ts';
import monthlySummaryDaysVsDates from './monthly-summary-days-vs-dates.ts';
import monthlyDisclosureMissingPerson from './monthly-disclosure-missing-person.ts';
import monthlyDisclosureExtraPerson from './monthly-disclosure-extra-person.ts';
import monthlyDisclosureHours from './monthly-disclosure-hours.ts';
import payReportNotDisclosed from './pay-report-not-disclosed.ts';
import payReportMissing from './pay-report-missing.ts';
import payReportHours from './pay-report-hours.ts';
import payReportAmount from './pay-report-amount.ts';
import payReportVsLedger from './pay-report-vs-ledger.ts';
import semesterUnknown from './semester-unknown.ts';
import payTotalOverFund from './pay-total-over-fund.ts';
import flatSplit from './flat-split.ts';
import dutyRosterMissing from './duty-roster-missing.ts';
import externalShare from './external-share.ts';
import monthlySummaryMonthMissing from './monthly-summary-month-missing.ts';
import monthlyDisclosureMonthMissing from './monthly-disclosure-month-missing.ts';
import monthlyDisclosureVsLedger from './monthly-disclosure-vs-ledger.ts';
import semesterDisclosureMissing from './semester-disclosure-missing.ts';

export const LEDGER_RULES: LedgerRule[] = [
  schoolDayWithoutRecord,
  nonSchoolDay,
  sessionStudentsInconsistent,
  duplicateRow,
  dailyBothServiceTypes,
  periodsPerDay,
  dutyRosterMissing,
  endsBeforeParents,
  outsideAfterSchoolTime,
  excludedService,
  forbiddenContent,
  hoursExceedDuration,
  personOverlap,
  venueOverlap,
  externalWithoutAssistant,
  externalShare,
  externalRosterMissing,
  externalNotInRoster,
  vettingIncomplete,
  vettedAfterFirstSession,
  studentsOverRoster,
  monthlySummaryMonthMissing,
  monthlySummaryMissingPerson,
  monthlySummaryExtraPerson,
  monthlySummaryHours,
  monthlySummaryDays,
  monthlySummaryDates,
  monthlySummaryDaysVsDates,
  monthlyDisclosureMonthMissing,
  monthlyDisclosureMissingPerson,
  monthlyDisclosureExtraPerson,
  monthlyDisclosureHours,
  monthlyDisclosureVsLedger,
  semesterDisclosureMissing,
  payReportNotDisclosed,
  payReportMissing,
  payReportHours,
  payReportAmount,
  payReportVsLedger,
  semesterUnknown,
  payTotalOverFund,
  flatSplit,
];
