/**
 * Download names of the ledger files the site offers (blank templates and samples). A file's kind is
 * recognised from its header, never from its name: these names are only what a download is called.
 */
import type { FileKind } from './kinds.ts';

export const FILE_NAMES: Record<FileKind, string> = {
  ledger: 'ledger.csv',
  monthlySummary: 'monthly-summary.csv',
  monthlyDisclosure: 'monthly-disclosure.csv',
  semesterDisclosure: 'semester-disclosure.csv',
  payReport: 'pay-report.csv',
  externalRoster: 'external-roster.csv',
  classRoster: 'class-roster.csv',
};
