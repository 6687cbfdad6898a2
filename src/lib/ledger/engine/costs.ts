/**
 * What each step of a ledger check costs, in microseconds per byte read or per row loaded, as measured by
 * `LEDGER_COSTS_WRITE=1 npm run bench -- ledger-costs` (Node, 317,686 rows). The progress bar's estimate
 * (progress.ts) rests on these; re-run the bench after changing a rule's SQL. The last three lines are set by hand.
 * The workbook figures are for a shared-strings workbook as Excel writes it (56 bytes a row) read by the page's
 * fast reader: set from the ledger-large bench in Chromium (the same 646k rows as .xlsx took about 6 times as long
 * per byte to read as the CSV), the costs bench's own run being too noisy on a shared machine.
 */
export const WORK_COSTS = {
  measuredRows: 317686,
  csvBytesPerRow: 161,
  workbookBytesPerRow: 56,
  readCsvPerByte: 0.0338,
  readWorkbookPerByte: 0.21,
  loadPerRow: 3.25,
  preparePerRow: {
    ledger_session: 1.23,
    ledger_person_day: 0.938,
    ledger_venue: 1.39,
    ledger_daily: 0.552
  },
  rulePerRow: {
    "ledger.person-overlap": 4.8,
    "ledger.venue-overlap": 1.67,
    "ledger.external-without-assistant": 0.713,
    "ledger.excluded-service": 0.618,
    "ledger.session-students-inconsistent": 0.521,
    "ledger.forbidden-content": 0.405,
    "ledger.external-share": 0.346,
    "ledger.students-over-roster": 0.268,
    "ledger.duplicate-row": 0.266,
    "ledger.non-school-day": 0.161,
    "pay-report.hours-vs-ledger": 0.11,
    "ledger.hours-exceed-duration": 0.098,
    "ledger.external-not-in-roster": 0.081,
    "ledger.external-roster-missing": 0.0785,
    "roster.vetted-after-first-session": 0.0654,
    "ledger.outside-after-school-time": 0.0566,
    "ledger.school-day-without-record": 0.0402,
    "monthly-summary.dates-mismatch": 0.0221,
    "monthly-summary.hours-mismatch": 0.0187,
    "monthly-summary.days-mismatch": 0.0175,
    "monthly-summary.missing-person": 0.0147,
    "monthly-disclosure.missing-person": 0.0143,
    "ledger.duty-roster-missing": 0.0142,
    "monthly-summary.extra-person": 0.0138,
    "monthly-disclosure.extra-person": 0.0138,
    "monthly-disclosure.hours-mismatch": 0.0128,
    "pay-report.not-disclosed": 0.00357,
    "pay-report.missing-person": 0.0032,
    "monthly-summary.month-missing": 0.00313,
    "pay-report.hours-mismatch": 0.00279,
    "pay-report.amount-mismatch": 0.00277,
    "monthly-disclosure.month-missing": 0.00254,
    "pay-report.flat-split": 0.00203,
    "monthly-summary.days-vs-dates": 0.00166,
    "pay-report.total-over-fund": 0.00111,
    "roster.vetting-incomplete": 0.00104,
    "pay-report.semester-unknown": 0.00103,
    "ledger.ends-before-parents": 0.000788,
    "pay-report.semester-not-disclosed": 0.000623,
    "ledger.daily-both-service-types": 0.000378,
    "ledger.periods-per-day": 0.0000654
  },
  ruleFixed: 200, // per rule whatever the rows: prepare, step, free
  unknownRulePerRow: 1, // a rule the bench did not run (it applies only when some kind is missing)
  browserSlowdown: 1.5, // the page's worker against Node, until a check has shown its own speed (ledger bench)
} as const;
