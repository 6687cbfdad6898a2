/** Moved: the page's downloads are built from `src/lib/ledger/sample/downloads.ts` by `src/pages/samples/` and `src/pages/templates/`. */
export { SAMPLE_OPTIONS, SAMPLE_SETS, publicFiles, sampleFiles, templateFiles } from '../../../src/lib/ledger/sample/downloads.ts';
