/**
 * What each step of a ledger check costs, in microseconds per byte read or per row loaded, as measured by
 * `LEDGER_COSTS_WRITE=1 npm run bench -- ledger-costs` (Node, 317,686 rows). The progress bar's estimate
 * (progress.ts) rests on these; re-run the bench after changing a rule's SQL. The last three lines are set by hand.
 * The workbook figures are for a shared-strings workbook as Excel writes it (56 bytes a row) read by the page's
 * fast reader: `readWorkbookPerByte` as the costs bench measures it with the fast reader in Node: on a quiet
 * machine the ledger-large bench in Chromium gives the same ratio to the CSV (≈ 5× per byte; 3.4 s for 35 MB against
 * 2.0 s for 100 MB).
 */
export const WORK_COSTS = {
  measuredRows: 317686,
  csvBytesPerRow: 161,
  workbookBytesPerRow: 55.5,
  readCsvPerByte: 0.0272,
  readWorkbookPerByte: 0.127,
  loadPerRow: 2.9,
  preparePerRow: {
    ledger_session: 1.09,
    ledger_person_day: 0.977,
    ledger_venue: 1.13,
    ledger_daily: 0.575
  },
  rulePerRow: {
    "ledger.person-overlap": 4.22,
    "ledger.venue-overlap": 1.84,
    "ledger.external-without-assistant": 0.718,
    "ledger.excluded-service": 0.616,
    "ledger.session-students-inconsistent": 0.589,
    "ledger.forbidden-content": 0.409,
    "ledger.external-share": 0.342,
    "ledger.duplicate-row": 0.292,
    "ledger.students-over-roster": 0.273,
    "ledger.non-school-day": 0.164,
    "ledger.hours-exceed-duration": 0.114,
    "pay-report.hours-vs-ledger": 0.112,
    "ledger.external-not-in-roster": 0.0851,
    "ledger.external-roster-missing": 0.0732,
    "roster.vetted-after-first-session": 0.0673,
    "ledger.outside-after-school-time": 0.0576,
    "ledger.school-day-without-record": 0.0424,
    "monthly-summary.dates-mismatch": 0.0219,
    "monthly-summary.hours-mismatch": 0.0189,
    "monthly-summary.days-mismatch": 0.0165,
    "monthly-summary.missing-person": 0.0156,
    "monthly-disclosure.missing-person": 0.0147,
    "monthly-disclosure.extra-person": 0.0146,
    "monthly-summary.extra-person": 0.0143,
    "ledger.duty-roster-missing": 0.0141,
    "monthly-disclosure.hours-mismatch": 0.0122,
    "pay-report.not-disclosed": 0.00357,
    "pay-report.missing-person": 0.00328,
    "monthly-summary.month-missing": 0.003,
    "pay-report.amount-mismatch": 0.00297,
    "pay-report.hours-mismatch": 0.00289,
    "monthly-disclosure.month-missing": 0.00244,
    "pay-report.flat-split": 0.00198,
    "monthly-summary.days-vs-dates": 0.00129,
    "pay-report.total-over-fund": 0.00119,
    "pay-report.semester-unknown": 0.00105,
    "roster.vetting-incomplete": 0.00105,
    "ledger.ends-before-parents": 0.000703,
    "pay-report.semester-not-disclosed": 0.000549,
    "ledger.daily-both-service-types": 0.000492,
    "ledger.periods-per-day": 0.0000804
  },
  ruleFixed: 200, // per rule whatever the rows: prepare, step, free
  unknownRulePerRow: 1, // a rule the bench did not run (it applies only when some kind is missing)
  browserSlowdown: 1.5, // the page's worker against Node, until a check has shown its own speed (ledger bench)
} as const;
