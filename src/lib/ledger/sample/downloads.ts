/**
 * The downloads of the ledger page, built with the site (`src/pages/templates/`, `src/pages/samples/`):
 * blank templates and two sample data sets, one clean school-month and the same month with every defect
 * planted. The page links to them by name (`../file-names.ts`); it never runs the generator.
 */
import { toCsv } from '../export.ts';
import { defaultSettings, schoolCalendar } from '../settings.ts';
import { FILE_NAMES } from '../file-names.ts';
import { FILE_HEADERS, type FileName, type GenerateOptions } from './school.ts';
import { generateSchool } from './generate.ts';
import { DEFECTS, DEFECT_NAMES, type DefectName } from './defects/index.ts';

const settings = defaultSettings();

/** October 2024 under the default settings: 国庆 off, the make-up Saturday 10-12 a school day. */
export const SAMPLE_OPTIONS: GenerateOptions = {
  seed: 20241008,
  schoolDays: schoolCalendar(settings, '2024-10-01', '2024-10-31').filter((d) => d.schoolDay).map((d) => d.date),
  periods: settings.periods,
  lessonMinutes: settings.lessonMinutes,
  semester: settings.semesters.find((s) => s.start <= '2024-10-01' && '2024-10-31' <= s.end)!.name,
  classes: 6,
};

export const SAMPLE_SETS = {
  clean: { title: '规范样例(一校一月)', defects: [] },
  // Semester totals are compared with the 台账 only when it covers the whole semester, not in a one-month sample.
  'planted-errors': { title: '含预置错误的样例', defects: DEFECT_NAMES.filter((d) => d !== 'semester-hours-differ-from-ledger') },
} as const satisfies Record<string, { title: string; defects: readonly DefectName[] }>;

export type SampleSet = keyof typeof SAMPLE_SETS;

/** `clean/ledger.csv` → CSV text (UTF-8 with BOM), for every file of both sets. */
export function sampleFiles(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [set, { defects }] of Object.entries(SAMPLE_SETS)) {
    const { files } = generateSchool({ ...SAMPLE_OPTIONS, defects });
    for (const f of Object.values(files) as { name: string; header: readonly string[]; rows: string[][] }[]) {
      out.set(`${set}/${f.name}`, toCsv(f.header, f.rows));
    }
  }
  // With a BOM: browsers and Notepad otherwise guess a legacy encoding for a .txt and show mojibake.
  const readme = [
    '本样例在规范样例基础上预置了以下错误(每条后面是应当发现它的检查规则编号,见 /tools/ledger/rules/):',
    ...SAMPLE_SETS['planted-errors'].defects.map((d) => `- ${DEFECTS[d].description}:${DEFECTS[d].rule}`),
    '',
  ];
  out.set('planted-errors/README.txt', `\uFEFF${readme.join('\r\n')}`);
  return out;
}

/** The files of one sample set, as a user would pick them: `{name, text}` per file. */
export function sampleSet(set: SampleSet): { name: string; text: string }[] {
  return [...sampleFiles()].filter(([key]) => key.startsWith(`${set}/`)).map(([key, text]) => ({ name: key.slice(set.length + 1), text }));
}

/** `templates/ledger.csv` → the header row alone, UTF-8 with BOM. */
export function templateFiles(): Map<string, string> {
  return new Map((Object.keys(FILE_NAMES) as FileName[]).map((k) => [`templates/${FILE_NAMES[k]}`, toCsv(FILE_HEADERS[k], [])]));
}

/** Every generated download, keyed by its path under the site's root. */
export function publicFiles(): Map<string, string> {
  const out = new Map(templateFiles());
  for (const [name, text] of sampleFiles()) out.set(`samples/${name}`, text);
  return out;
}
