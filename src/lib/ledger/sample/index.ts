/** The sample school, its planted defects and the files made from them (test, bench and build tooling). */
export * from './school.ts';
export * from './generate.ts';
export { DEFECTS, DEFECT_NAMES, type DefectName, type Defect } from './defects/index.ts';
export { FILE_NAMES } from '../format/file-names.ts';
export * from './downloads.ts';
