import { STAGES, reviewStatus } from '../../lib/plan/schema.ts';
import type { Stage } from '../../lib/plan/schema.ts';
import { MESSAGES } from '../../lib/plan/messages.ts';
import { ReviewBanner } from './ReviewStatus.tsx';
import { PRESET_STAGES } from '../../lib/plan/presets.ts';
import { fieldId } from '../../lib/plan/steps.ts';
import type { Step } from '../../lib/plan/steps.ts';
import { TextArea, TextInput } from './fields.tsx';
import { ConsultationTable, MembersTable, PartnersTable, PeriodsTable } from './tables.tsx';
import { Timetable } from './Timetable.tsx';
import type { Form } from './form.ts';

function Select<T extends string>({ id, label, value, options, onChange }: { id: string; label: string; value: T; options: readonly T[]; onChange: (v: T) => void }) {
  return (
    <div className="plan-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o}>{o}</option>
        ))}
      </select>
    </div>
  );
}

export interface StepActions {
  onPreset: (stage: Stage) => void;
  /** Marks the plan 已提交 with today's date and saves the file for the 学段中心. */
  onSubmit: () => void;
  onBackToDraft: () => void;
}

export function StepForm({ step, form, actions }: { step: Step; form: Form; actions: StepActions }) {
  const { onPreset } = actions;
  const { plan, edit } = form;
  switch (step.id) {
    case 'school':
      return (
        <>
          <div className="plan-presets" role="group" aria-labelledby="plan-presets-label">
            <p id="plan-presets-label">按学段填入参考文字(之后逐项修改;学校名称和状态保留):</p>
            {PRESET_STAGES.map((s) => (
              <button key={s} type="button" onClick={() => onPreset(s)}>
                {s}预设
              </button>
            ))}
          </div>
          <TextInput form={form} path="school.name" label="学校名称" placeholder="上海市浦东新区××小学" />
          <Select
            id={fieldId('school.stage')}
            label="学段"
            value={plan.school.stage}
            options={STAGES}
            onChange={(v) => edit((d) => void (d.school.stage = v))}
          />
          <TextInput form={form} path="school.schoolYear" label="学年" placeholder="2025学年" />
          <TextArea form={form} path="school.students" label="服务对象" rows={2} />
        </>
      );
    case 'basis':
      return (
        <>
          <TextArea form={form} path="basis" label="指导思想与依据" rows={8} hint="列出依据的文件:教基厅函〔2023〕26号、沪教委基〔2022〕3号、沪教委基〔2024〕34号、浦教义〔2022〕5号、浦教义〔2024〕10号。" />
          <TextArea form={form} path="goals" label="工作目标与基本原则" rows={5} hint="如:自愿、免费、愿留尽留、安全、减负。" />
        </>
      );
    case 'organization':
      return (
        <>
          <MembersTable form={form} group="leadingGroup" legend="课后服务工作领导小组" />
          <MembersTable form={form} group="workingGroup" legend="课后服务工作小组" />
          <TextArea form={form} path="leadership.duty" label="行政值班" rows={3} />
        </>
      );
    case 'time':
      return (
        <>
          <TextInput form={form} path="school.parentsOffWork" label="家长下班时间" hint="本校大部分学生家长的正常下班时间;最后一个时段不早于此时结束。" placeholder="17:30" />
          <PeriodsTable form={form} />
          <TextArea form={form} path="departure" label="弹性离校与签退" rows={3} />
          <TextArea form={form} path="exclusions" label="不纳入课后服务的情形" rows={3} hint="早到校看管和自习、午餐午休看管、晚自习等不得纳入课后服务范围。" />
          <ConsultationTable form={form} />
          <TextArea form={form} path="consultation.freeChoice" label="自主选择" rows={3} hint="学生和家长可自主选择参加的天数、时段和内容。" />
        </>
      );
    case 'content':
      return (
        <>
          <TextArea form={form} path="content.homework" label="作业辅导" rows={3} />
          <TextArea form={form} path="content.remedial" label="补缺补差" rows={3} />
          <TextArea form={form} path="content.extension" label="拓展学习" rows={3} />
          <TextArea form={form} path="content.activities" label="素质教育活动" rows={3} />
          <TextArea form={form} path="content.transition" label="学段衔接(幼小衔接、小初衔接)" rows={3} />
        </>
      );
    case 'timetable':
      return <Timetable form={form} />;
    case 'venues':
      return (
        <>
          <TextArea form={form} path="venues" label="场地安排" rows={4} hint="分时分区、错时错峰、每天开放各类设施、“环学校育人圈”。" />
          <TextArea form={form} path="teachers.flexibleHours" label="弹性工作制" rows={3} />
          <TextArea form={form} path="teachers.training" label="专题研修" rows={3} />
          <TextArea form={form} path="teachers.projects" label="活动项目开发" rows={3} />
        </>
      );
    case 'external':
      return (
        <>
          <div className="plan-field">
            <label className="plan-check">
              <input
                id={fieldId('external.used')}
                type="checkbox"
                checked={plan.external.used}
                onChange={(e) => {
                  const used = e.target.checked;
                  edit((d) => void (d.external.used = used));
                }}
              />
              引入校外力量(退休教师、大学生志愿者、校外专业人员或第三方机构)
            </label>
          </div>
          {plan.external.used ? (
            <>
              <TextArea form={form} path="external.selection" label="双向选择与管理" rows={4} />
              <PartnersTable form={form} />
            </>
          ) : (
            <p className="plan-hint">不引入校外力量时,方案中不出现这一部分。</p>
          )}
        </>
      );
    case 'management':
      return (
        <>
          <TextArea form={form} path="process" label="管理流程" rows={6} hint="报名 → 编班 → 排班 → 每日考勤和台账 → 巡检、访谈 → 调代课 → 月统计 → 公示 → 上报。" />
          <TextArea form={form} path="safety" label="安全保障与应急预案" rows={4} />
          <TextArea form={form} path="records" label="数据统计、公示与上报" rows={6} />
          <TextArea form={form} path="quality" label="质量监控与考核评价" rows={4} />
        </>
      );
    case 'funding':
      return (
        <>
          <TextArea form={form} path="funding.allocation" label="经费分配方案" rows={5} hint="通知要求综合考虑时段、时长、内容、职责、效果、服务学生规模、学生满意度等因素,防止简单划一(一(一)5 第1段)。本页按关键词核对这些因素,意思相同的其他写法请人工复核。" />
          <TextArea form={form} path="funding.disclosure" label="公示与发放" rows={3} />
          <TextArea
            form={form}
            path="funding.noFee"
            label="收费规范"
            rows={4}
            hint="通知严禁以课后服务名义乱收费:不得擅自增加收费项目、扩大收费范围,不得强制或捆绑收费,不得通过家长委员会、第三方机构等收取课后服务费(一(一)5 第2段)。“课后服务不向家长收费”是上海市的规定(沪教委基〔2022〕3号),不是本通知的原文,写入时请注明。"
          />
        </>
      );
    case 'finish': {
      const status = reviewStatus(plan);
      return (
        <>
          <p>{MESSAGES.submitHint}</p>
          <ReviewBanner plan={plan} />
          {status === 'draft' && <p>当前状态:草稿。</p>}
          <div className="plan-submit">
            <button type="button" id={fieldId('review')} onClick={actions.onSubmit}>
              {MESSAGES.submitButton}
            </button>
            {status === 'submitted' && (
              <button type="button" onClick={actions.onBackToDraft}>
                {MESSAGES.backToDraft}
              </button>
            )}
          </div>
          {status === 'returned' && (
            <TextArea form={form} path="review.reason" label="退回原因(学段中心的意见;文件中没有时可在此记下)" rows={3} />
          )}
        </>
      );
    }
    default:
      return null;
  }
}
