/** Moved to `./sample/` (school, one file per defect, generate); this path stays while other branches still import it. */
export * from './sample/index.ts';
