/** The semester packet's wording: titles, file names, checklist items and notes. */
const PACKET_SCHOOL_PLACEHOLDER = '(学校名称)';

export const PACKET_TEXT = {
  title: (school: string, semester: string) => `${school || PACKET_SCHOOL_PLACEHOLDER}${semester}课后服务上报材料`,
  timetable: '课后服务安排表',
  monthlyDisclosure: '工作量公示(每月)',
  semesterDisclosure: '学期公示',
  payReport: '报酬统计',
  meetingRecord: '“三重一大”事项记录表',
  cover: '封面与材料清单',
  topic: (semester: string, scheme: string) => `${semester}课后服务参与人员工作量和拟发放报酬校内公示(分配方案:${scheme})`,
  topicDetail: (fund: string, people: number, paid: string, reserves: string) =>
    `本学期课后服务专项补助经费 ${fund} 元,参与人员 ${people} 人,拟发放报酬合计 ${paid} 元${reserves}。按“三重一大”事项集体决策制度,公示前提交学校党组织会议审议。`,
  reservesPart: (lines: readonly string[]) => `,留存 ${lines.join('、')}`,
  reserveLine: (label: string, amount: string) => `${label} ${amount} 元`,
  toFill: '(待填写)',
  noPlan: '未载入一校一方案文件:课后服务安排表须从方案的每周安排生成。请在本页载入方案 JSON 后再导出。',
  noTimetable: '方案中没有每周安排,课后服务安排表为空。请在「一校一方案」中填写各年级每周安排。',
  undatedSessions: (count: number) => `${count} 条服务记录没有日期,未计入每月工作量公示。请载入带日期的台账。`,
  checklist: {
    timetable: '课后服务安排表(来自一校一方案)',
    disclosure: '校内公示(每月工作量、学期工作量和拟发放报酬)',
    payReport: '报酬统计',
    meetingRecord: '“三重一大”事项记录表',
    meetingDate: '党组织会议日期(公示前审议)',
    disclosureStart: '公示开始日期',
    disclosureEnd: '公示结束日期',
    principalSigned: '校长签字',
    partySealed: '党组织审核(盖章)',
  },
  missing: '未完成',
  done: '已完成',
  meetingAfterDisclosure: (meeting: string, start: string) => `党组织会议日期 ${meeting} 晚于公示开始日期 ${start}:通知要求公示前提交党组织会议审议。`,
  endBeforeStart: (start: string, end: string) => `公示结束日期 ${end} 早于开始日期 ${start}。`,
  /** The 记录表's rows, in order; 议题, 议题说明, 会议日期, 参会人员 and 表决结果 are prefilled. */
  meetingFields: { topic: '议题', meetingDate: '会议日期', host: '主持人', participants: '参会人员', attendees: '列席人员', topicDetail: '议题说明', voteResult: '表决结果', recorder: '记录人' },
  fileBase: {
    monthlyDisclosure: (semester: string) => `工作量公示-${semester}`,
    semesterDisclosure: (semester: string) => `学期公示-${semester}`,
    payReport: (semester: string) => `报酬统计-${semester}`,
  },
  checklistHeader: ['材料或事项', '状态', '填写内容', '依据'],
  stillMissing: (items: readonly string[]) => `尚未完成:${items.join('、')}`,
  schoolPlaceholder: PACKET_SCHOOL_PLACEHOLDER,
  basis: '依据:浦教义〔2024〕10号 一(二)2 强化校内公示制度、一(二)3 落实经费保障制度。',
  signature: '校长(签字):__________    学校党组织(盖章):__________    日期:__________',
  scheme: (name: string, basis: string) => `分配方案:${name}(${basis})`,
} as const;
