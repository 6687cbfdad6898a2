/** The school calendar: semesters for any date and workdays beyond the bundled holiday data. Pure. */
export {
  PUBLISHED_SEMESTERS,
  currentSchoolYear,
  currentSemester,
  effectiveSemesters,
  parseSemesterName,
  schoolYearName,
  semesterName,
  semesterOf,
  termOf,
  termsOfYears,
  type Semester,
  type Term,
  type TermSource,
} from './semesters.ts';
export { HOLIDAY_DATA_LAST_YEAR, daysBetween, isWorkday, yearsBeyondHolidayData, type ExtraDays } from './holidays.ts';
