/**
 * The notice's vocabulary in one place: the words its tables and checks use for 时段, 服务类型, 活动类别,
 * 人员类别, 职责, and the activities it forbids or excludes. The ledger template, the plan builder and the
 * allocation tool all read them from here, so a session means the same in each.
 *
 * Basis: 服务类型 (作业辅导 / 素质教育), the 活动类别 and the forbidden and excluded activities are the
 * notice's own words (通知原文 1.1.1, 1.1.2); 人员类别 follows 1.1.4 (校外人员: 退休教师、大学生志愿者、
 * 校外专业人员、第三方机构人员); 时段 names, 职责 and the 核验 answers are this site's template v1 (本站默认).
 */

/** 时段 are named by position, as in the 台账: the first is 第一时段 (本站默认, template v1). */
export const PERIOD_NAMES = ['第一时段', '第二时段', '第三时段'] as const;
/** 通知原文 1.1.1: 作业辅导 and 素质教育 are the two kinds of service. */
export const SERVICE_TYPES = ['作业辅导', '素质教育'] as const;
/** 素质教育 names its 活动类别; 作业辅导 does not. */
export const takesCategory = (type: (typeof SERVICE_TYPES)[number]): boolean => type === SERVICE_TYPES[1];
/** 通知原文 1.1.2: the 素质教育 activities. */
export const ACTIVITY_CATEGORIES = ['德育', '体育', '美育', '科学', '劳动', '阅读', '兴趣小组', '社团活动', '安全实训'] as const;
/** 本校教职工 and the outside people of 通知原文 1.1.4. */
export const INTERNAL_STAFF = '本校教职工';
export const EXTERNAL_STAFF_TYPES = ['退休教师', '大学生志愿者', '校外专业人员', '第三方机构人员'] as const;
export const STAFF_TYPES = [INTERNAL_STAFF, ...EXTERNAL_STAFF_TYPES] as const;
/** 职责 of a person in a session (本站默认, template v1). */
export const ROLES = ['主讲', '助教', '看护', '值班管理'] as const;
/** Answers of the 校外人员名册's 核验 columns (本站默认, template v1). */
export const YES_NO = ['是', '否'] as const;
export const RECORD_CHECK = ['无记录', '有记录', '未查询'] as const;

/** The seven factors 一(一)5 asks an allocation to weigh (时段、时长、内容、职责、效果、服务学生规模、学生满意度). */
export const FUNDING_FACTORS = ['时段', '时长', '内容', '职责', '效果', '服务学生规模', '学生满意度'] as const;
export type FundingFactor = (typeof FUNDING_FACTORS)[number];

/** 通知原文 1.1.1: 严禁 刷题备考、讲授新课、集体补课 — the words a text is scanned for. */
export const FORBIDDEN_WORDS = ['刷题', '备考', '新课', '补课'] as const;
/** 通知原文 1.1.1: 早到校看管和自习、午餐午休看管、晚自习 are not after-school service — the words in a 台账 row. */
export const EXCLUDED_SERVICE_WORDS = ['早到校', '午休', '午餐', '晚自习', '早管', '午管'] as const;

export type PeriodName = (typeof PERIOD_NAMES)[number];
export type ServiceType = (typeof SERVICE_TYPES)[number];
export type ActivityCategory = (typeof ACTIVITY_CATEGORIES)[number];
export type StaffType = (typeof STAFF_TYPES)[number];
export type Role = (typeof ROLES)[number];
