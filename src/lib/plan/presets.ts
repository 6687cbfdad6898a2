/**
 * Starting text for 小学, 初中 and 九年一贯制, drawn from the notice and from published school plans.
 * A preset fills every section with wording a school edits; names of people are left blank on purpose,
 * so the plan shows them as 【待填写】 until the school writes them in.
 */
import { shanghaiDate } from '../units/dates.ts';
import { DAYS, PLAN_FORMAT, PLAN_VERSION, PlanSchema, emptyPlan, gradesOf } from './schema.ts';
import type { Cell, Day, GradeTimetable, Period, Plan, Stage } from './schema.ts';
import { currentSchoolYear } from '../calendar/semesters.ts';

const BASIS =
  '以习近平新时代中国特色社会主义思想为指导,全面贯彻党的教育方针,落实立德树人根本任务,切实减轻学生过重学业负担,满足学生多样化需求。\n' +
  '依据《教育部办公厅等四部门关于进一步规范义务教育课后服务有关工作的通知》(教基厅函〔2023〕26号)、《上海市教育委员会关于印发上海市义务教育课后服务工作指南的通知》(沪教委基〔2022〕3号)、《上海市教育委员会关于优化本市义务教育课后服务管理提高课后育人水平的通知》(沪教委基〔2024〕34号)、浦东新区教育局等三部门《关于进一步做好本区义务教育课后服务工作的实施方案》(浦教义〔2022〕5号)和《浦东新区教育局关于进一步优化本区义务教育课后服务管理提高课后育人水平的通知》(浦教义〔2024〕10号),结合本校实际,制定本方案。';

const GOALS =
  '坚持“5+2”全覆盖:每周5天、每天不少于2小时,做到愿留尽留。课后服务以作业辅导和素质教育为主要内容,促进学生全面发展。\n' +
  '基本原则:一是自愿参加,学生和家长自主选择;二是公益免费,经费由专项经费保障;三是安全第一,落实全过程安全管理;四是减负增效,不增加学生课业负担。';

const LEADING_DUTY = '全面领导课后服务工作,审议课后服务方案、经费分配方案和公示事项。';

const DEPARTURE =
  '实行弹性离校:学生按家长在意愿征询中选择的时段离校,由本班看护教师核对名单后签退;确需提前离校的,家长提前告知班主任并当面接领。最后一个时段结束后,值班行政与看护教师确认全部学生离校后方可离开。';

const EXCLUSIONS =
  '学校为学生提供的早到校看管和自习、午餐午休看管、晚自习等服务,不纳入课后服务范围,不计入课后服务工作量和经费测算。';

const FREE_CHOICE =
  '遵循学生和家长自愿原则,不强制学生参加或不参加。学生和家长可自主选择参加的天数、时段和内容,学期中确需调整的,向班主任提出,下周起生效。';

const HOMEWORK =
  '第一时段以作业辅导为主:学生在教师指导下完成当天书面作业,教师开展个性化答疑,帮助学生查漏补缺、养成良好学习习惯。';

const REMEDIAL = '对学有困难的学生,由任课教师进行针对性的补缺补差,以个别辅导和小组辅导为主,不组织集体授课。';

const EXTENSION = '为学有余力的学生拓展特长学习空间,开设阅读、科创、艺术、体育等拓展项目,鼓励学生自主探究。';

const ACTIVITIES =
  '素质教育活动涵盖德育、体育、美育、科学、劳动、阅读、兴趣小组、社团活动和安全实训,每天开设,确保每位学生每周至少参加一项素质教育活动。活动安排见附件《课后服务安排表》。';

const VENUES =
  '制定课后服务时段场地设施安排计划,实行分时分区管理、错时错峰使用:作业辅导在本班教室进行,素质教育活动使用专用教室、操场、体育馆、图书馆等场地,每天开放各类设施。统筹校园空间,保证各场地同一时段不重复安排。与周边高校、社区、场馆联建联动,打造“环学校育人圈”。';

const FLEXIBLE =
  '对参与课后服务的教师实行弹性工作制,承担课后服务的教师可在当天上午弹性到校或错峰安排工作,保障教师休息。';

const TRAINING = '每学期开展课后服务专题研修,支持教师参加科技、艺术、体育等技能培训,搭建课后服务展示交流平台。';

const PROJECTS =
  '鼓励教职工以个人、集体或与校外场馆、科研院所联合等形式开发素质教育活动项目,发挥党团员教师先锋带头作用,积极参与学区、集团共享活动项目。';

const SELECTION =
  '课后服务主要由本校教师承担。确需引入退休教师、大学生志愿者或校外专业人员的,按照“双向选择”原则自主选聘,由学校统一管理;引入第三方机构的,严格规范引入与管理。所有引入人员进校前完成资格审查,每个活动配备本校助教,协助开展考勤管理、秩序维持、安全规范、弹性离校等工作。';

const PROCESS =
  '报名:每学期开学前发布课后服务告知书,开展意愿征询,家长自愿报名。\n' +
  '编班与排班:根据报名情况编班,排定时段、活动、人员和场地,形成课后服务安排表。\n' +
  '日常管理:行政人员每日值班,教师每日考勤,按实记录课后服务工作台账;因故不能到岗的,提前报备并安排调代课。\n' +
  '过程监控:干部巡检、随机访谈,发现问题及时整改。\n' +
  '统计与公示:每月汇总参与人员情况并校内公示,每学期公示工作量和拟发放报酬,并向学段中心报送。';

const SAFETY =
  '落实安全责任制,校长为第一责任人。课后服务期间每个活动场地有教师在岗看护,校门、楼道安排行政值班和安保人员。完善学生考勤和接送交接制度,学生未按时到场的,看护教师及时联系家长。制定突发事件、意外伤害、恶劣天气等应急预案,每学期组织一次应急演练。';

const RECORDS =
  '落实行政人员值班制度,建立课后服务工作台账,每日按实记录各时段班级开设情况、参与学生人数和参与人员工作量(课时数)。每月按实汇总每位参与人员当月参与的日期和总课时数。\n' +
  '每月在校内公示参与人员工作量,每学期公示工作量和拟发放报酬;公示前按“三重一大”事项集体决策制度提交学校党组织会议审议,公示材料存档备查,公示数据与上报数据保持一致。\n' +
  '每学期向学段中心按实报送参与人员报酬统计情况,附课后服务安排表、“三重一大”事项记录表和校内公示材料,经校长签字确认、学校党组织审核盖章。';

const ALLOCATION =
  '课后服务专项经费专款专用。分配方案综合考虑参与人员的时段、时长(课时数)、内容、职责、效果、服务学生规模和学生满意度等因素,按“多劳多得,优绩优酬”的原则设置系数,防止简单划一。管理人员所占比例不超过经费总额的10%。';

const DISCLOSURE =
  '分配方案经教职工讨论、党组织会议审议后执行。每月校内公示工作量,每学期公示工作量和拟发放报酬,公示无异议后据实发放。';

/**
 * What 一(一)5 forbids (乱收费: 擅自收费、强制或捆绑收费、借家委会或第三方收费), then the free-of-charge
 * statement, which is Shanghai's practice (as publicly reported; the document that says it is not named here
 * because we have not verified which one does), not the notice's, and says so.
 */
const NO_FEE =
  '严禁以课后服务名义乱收费:本校不以课后服务名义擅自增加收费项目、扩大收费范围,不违背学生家长意愿强制收费或捆绑收费,不通过家长委员会、第三方机构等收取课后服务费。\n' +
  '按照上海市有关规定,本校课后服务不向学生家长收取费用,经费由课后服务专项经费保障。';

/** The school year a moment falls in, by the date in Shanghai (src/lib/calendar: September starts the year; 2026-11-29 → 2026). */
export function schoolYearStart(date: Date): number {
  return currentSchoolYear(shanghaiDate(date));
}

const QUALITY =
  '完善课后服务质量监控体系,每学期开展一次质量评估,通过学生和家长问卷、座谈了解满意度,建立基于评估结果的反馈改进机制。建立健全考勤记录制度,确保每天师生参与数据准确、可追溯;管理团队通过干部巡检、随机访谈等方式进行过程监控。将教师参与课后服务的情况作为职称评聘、表彰奖励和绩效分配的重要参考。';

const TRANSITION: Record<Stage, string> = {
  小学: '一年级开展幼小衔接:入学初期以习惯养成、游戏活动和阅读启蒙为主,作业辅导时间适当缩短,逐步适应小学生活。',
  初中: '六年级开展小初衔接:作业辅导侧重学习方法指导和时间管理,素质教育活动帮助学生尽快融入新集体。',
  九年一贯制:
    '一年级开展幼小衔接,以习惯养成、游戏活动和阅读启蒙为主;五、六年级开展小初衔接,侧重学习方法指导和时间管理,依托一贯制优势安排学长结对。',
};

const STUDENTS: Record<Stage, string> = {
  小学: '本校一至五年级有课后服务需求的学生,家长自愿报名。',
  初中: '本校六至九年级有课后服务需求的学生,家长自愿报名。',
  九年一贯制: '本校一至九年级有课后服务需求的学生,家长自愿报名。',
};

/** 小学 stay until 18:00 (free since 2019); 初中 finish later in the day, so two 时段 reach 18:00. */
const PERIODS: Record<Stage, Period[]> = {
  小学: [
    { start: '15:30', end: '16:30' },
    { start: '16:30', end: '17:30' },
    { start: '17:30', end: '18:00' },
  ],
  初中: [
    { start: '16:00', end: '17:00' },
    { start: '17:00', end: '18:00' },
  ],
  九年一贯制: [
    { start: '15:30', end: '16:30' },
    { start: '16:30', end: '17:30' },
    { start: '17:30', end: '18:00' },
  ],
};

const WEEKLY_ACTIVITIES: Record<Day, Pick<Cell, 'activity' | 'category' | 'place'>> = {
  周一: { activity: '体育活动(跳绳、篮球)', category: '体育', place: '操场' },
  周二: { activity: '合唱与美术社团', category: '美育', place: '音乐室、美术室' },
  周三: { activity: '科创兴趣小组', category: '科学', place: '创新实验室' },
  周四: { activity: '经典阅读', category: '阅读', place: '图书馆' },
  周五: { activity: '劳动实践与安全实训', category: '劳动', place: '劳动教室' },
};

function timetableFor(grades: string[], periods: number): GradeTimetable[] {
  return grades.map((grade) => ({
    grade,
    cells: DAYS.flatMap((day): Cell[] => {
      const cells: Cell[] = [
        { day, period: 0, type: '作业辅导', activity: '作业辅导与个性化答疑', category: '', place: '本班教室' },
        { day, period: 1, type: '素质教育', ...WEEKLY_ACTIVITIES[day] },
      ];
      if (periods > 2) cells.push({ day, period: 2, type: '作业辅导', activity: '自主作业与弹性离校', category: '', place: '本班教室' });
      return cells;
    }),
  }));
}

const STAFF = (position: string, duty: string) => ({ name: '', position, duty });

/** A full plan for a stage; the current draft's school name, year and status are kept. */
export function presetPlan(stage: Stage, current?: Plan, today: Date = new Date()): Plan {
  const year = schoolYearStart(today);
  const grades = gradesOf(stage);
  const periods = PERIODS[stage];
  return PlanSchema.parse({
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    ...(current?.review ? { review: current.review } : {}),
    school: {
      name: current?.school.name ?? '',
      stage,
      schoolYear: current?.school.schoolYear || `${year}学年`,
      grades,
      students: STUDENTS[stage],
      parentsOffWork: current?.school.parentsOffWork || '17:30',
    },
    basis: BASIS,
    goals: GOALS,
    leadership: {
      leadingGroup: [STAFF('校长', `组长,${LEADING_DUTY}`), STAFF('党组织书记', '副组长,负责课后服务的监督和“三重一大”事项审议。'), STAFF('副校长', '组员,分管课后服务日常工作。')],
      workingGroup: [
        STAFF('教导主任', '负责课后服务安排表、作业辅导和教师排班。'),
        STAFF('德育主任', '负责素质教育活动、意愿征询和家校沟通。'),
        STAFF('总务主任', '负责场地设施和安全保障。'),
        STAFF('财务人员', '负责经费测算、公示和报酬发放。'),
      ],
      duty: '落实行政人员值班制度,每天安排一名行政人员值班,负责巡查各时段课后服务开设情况、处理突发事件,并按实记录台账。',
    },
    periods,
    departure: DEPARTURE,
    exclusions: EXCLUSIONS,
    consultation: {
      rounds: [
        { semester: '第一学期', date: `${year}-08-25`, method: '开学前发放课后服务告知书和意愿征询表,家长线上或纸质回执。' },
        { semester: '第二学期', date: `${year + 1}-02-20`, method: '开学前再次征询,允许调整参加天数、时段和内容。' },
      ],
      freeChoice: FREE_CHOICE,
    },
    content: { homework: HOMEWORK, remedial: REMEDIAL, extension: EXTENSION, activities: ACTIVITIES, transition: TRANSITION[stage] },
    timetable: timetableFor(grades, periods.length),
    venues: VENUES,
    teachers: { flexibleHours: FLEXIBLE, training: TRAINING, projects: PROJECTS },
    external: { used: false, selection: SELECTION, partners: [] },
    process: PROCESS,
    safety: SAFETY,
    records: RECORDS,
    funding: { allocation: ALLOCATION, disclosure: DISCLOSURE, noFee: NO_FEE },
    quality: QUALITY,
  });
}

export const PRESET_STAGES: readonly Stage[] = ['小学', '初中', '九年一贯制'];

/**
 * Whether a preset would replace something in the plan: any answer other than those a preset keeps
 * (school name, year, review) or merely defaults (stage, 家长下班时间) differs from an empty plan.
 * The page asks before overwriting such a plan.
 */
export function presetWouldOverwrite(plan: Plan): boolean {
  const strip = (p: Plan) => {
    const { review: _review, school, ...rest } = p;
    return JSON.stringify({ ...rest, school: { ...school, name: '', schoolYear: '', stage: '', parentsOffWork: '' } });
  };
  return strip(plan) !== strip(emptyPlan());
}
