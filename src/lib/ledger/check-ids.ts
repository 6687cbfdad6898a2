/**
 * Every id a ledger finding can carry, as data: the SQL rules (one file each under rules/, in the order the
 * rules page lists them) and the checks made before any SQL (format-checks.ts). A rule or check whose id is
 * not here does not compile, nor does a comparison with a misspelt id; a unit test keeps this list and the
 * rule files equal. Adding a rule = its file, its id here, one fixture.
 */
export const LEDGER_RULE_IDS = [
  'ledger.school-day-without-record',
  'ledger.non-school-day',
  'ledger.session-students-inconsistent',
  'ledger.duplicate-row',
  'ledger.daily-both-service-types',
  'ledger.periods-per-day',
  'ledger.duty-roster-missing',
  'ledger.ends-before-parents',
  'ledger.outside-after-school-time',
  'ledger.excluded-service',
  'ledger.forbidden-content',
  'ledger.hours-exceed-duration',
  'ledger.person-overlap',
  'ledger.venue-overlap',
  'ledger.external-without-assistant',
  'ledger.external-share',
  'ledger.external-roster-missing',
  'ledger.external-not-in-roster',
  'roster.vetting-incomplete',
  'roster.vetted-after-first-session',
  'ledger.students-over-roster',
  'monthly-summary.month-missing',
  'monthly-summary.missing-person',
  'monthly-summary.extra-person',
  'monthly-summary.hours-mismatch',
  'monthly-summary.days-mismatch',
  'monthly-summary.dates-mismatch',
  'monthly-summary.days-vs-dates',
  'monthly-disclosure.month-missing',
  'monthly-disclosure.missing-person',
  'monthly-disclosure.extra-person',
  'monthly-disclosure.hours-mismatch',
  'monthly-disclosure.vs-ledger',
  'pay-report.semester-not-disclosed',
  'pay-report.not-disclosed',
  'pay-report.missing-person',
  'pay-report.hours-mismatch',
  'pay-report.amount-mismatch',
  'pay-report.hours-vs-ledger',
  'pay-report.semester-unknown',
  'pay-report.total-over-fund',
  'pay-report.flat-split',
] as const;

export const LEDGER_FORMAT_CHECK_IDS = [
  'file.unreadable',
  'file.no-header',
  'file.unknown-kind',
  'file.missing-columns',
  'file.duplicate-columns',
  'file.extra-columns',
  'file.unbalanced-quotes',
  'file.control-characters',
  'file.rules-skipped',
  'file.ragged-row',
  'file.mostly-ignored',
  'file.no-rows',
  'file.total-rows',
  'file.note-rows',
  'file.other-sheets',
  'cell.invalid',
  'cell.leading-zero',
  'settings.holiday-data',
  'settings.semester-inferred',
] as const;

export type LedgerRuleId = (typeof LEDGER_RULE_IDS)[number];
export type LedgerFormatCheckId = (typeof LEDGER_FORMAT_CHECK_IDS)[number];
/** What a ledger finding's `rule` names: an SQL rule or a check made before the SQL. */
export type LedgerCheckId = LedgerRuleId | LedgerFormatCheckId;
