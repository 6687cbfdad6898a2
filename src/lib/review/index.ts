/** 学段中心审核: a district's schools checked one by one with the ledger engine, compared, sampled. */
export { expandZips, groupSchools, type Grouped, type Named, type SchoolFiles } from './group.ts';
export { unzip, ZIP_LIMITS, type FileEntry, type ZipLimits } from './unzip.ts';
export { planBatch, utf8, type Batch, type SchoolJob } from './batch.ts';
export { checkSchool, failureText, type SchoolInput } from './check-school.ts';
export { readFigures, type SchoolFigures, type SemesterFigures, type Person } from './figures.ts';
export { summarizeSchool, districtFigures, timeLeftMs, type SchoolSummary, type DistrictFigures } from './summary.ts';
export { drawSample, sampleChecklist, seedNumber, newSeed, type Sample, type SampleRequest, type SampledSchool } from './sample.ts';
export { decide, readPlanForReview, reviewedPlanJson, REVIEW_STATUS_LABELS, REVIEW_STATUSES, ReviewSchema, type Review, type ReviewStatus, type ReviewedPlan } from './plans.ts';
export { readSession, sessionSizeProblem, sessionToJson, SESSION_MAX_BYTES, ReviewSessionSchema, SESSION_FORMAT, type ReviewSession } from './session.ts';
export { districtTable, findingsTable, tableToCsv, type Table } from './export.ts';
export { noteText, reviewText, NOTE_MESSAGES, REVIEW_MESSAGES, type ReviewNote } from './messages.ts';
export { runPool } from './pool.ts';
export { SchoolResultSchema, reportOf, type SchoolResult } from './result.ts';
export { sortSummaries, filterSummaries, extremes, SORT_KEYS, type SortKey, type TableFilter } from './table.ts';
