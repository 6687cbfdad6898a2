/**
 * What the notice asks that these files cannot show: the rules page says so plainly, so that silence
 * about a duty is never read as "checked and fine".
 */
import type { ClauseId } from '../policy/clauses.ts';

export interface NotCheckable {
  duty: string;
  clause: ClauseId;
  paragraph?: number;
  why: string;
}

export const NOT_CHECKABLE: readonly NotCheckable[] = [
  { duty: '每位学生每周至少参加一项素质教育活动', clause: '1.1.1', paragraph: 1, why: '台账按场次记录参与学生人数,没有每名学生的考勤,无法知道每个学生参加了什么。' },
  { duty: '遵循自愿原则,每学期至少开展一次意愿征询', clause: '1.1.1', paragraph: 2, why: '征询记录和家长选择不在台账中;一校一方案可写明征询安排。' },
  { duty: '校外专业人员的品德把关与“双向选择”', clause: '1.1.4', why: '名册只记录核验是否完成,无法判断把关的质量和选聘过程。' },
  { duty: '公示前按“三重一大”集体决策、党组织会议审议,公示材料存档', clause: '1.2.2', why: '会议记录和存档不在这些文件中。' },
  { duty: '上报材料含安排表、“三重一大”记录表,经校长签字、党组织盖章', clause: '1.2.3', why: '签字盖章和附件无法从表格数据判断。' },
  { duty: '严禁以课后服务名义乱收费', clause: '1.1.5', paragraph: 2, why: '收费情况不在台账中;一校一方案的检查会查找收费字样。' },
  { duty: '按时段、时长、内容、职责、效果、服务学生规模、学生满意度综合分配经费', clause: '1.1.5', paragraph: 1, why: '效果和满意度不在台账中;“报酬简单划一”只能看出人人同额这种情形,分配本身请用经费分配测算。' },
];
