/**
 * The wording of the review page (学段中心审核): headings, labels, buttons and the page's own sentences.
 * The review's notes and messages about its input are in messages.ts; this file is what the islands show.
 */
import { FILE_KINDS, type FileKind } from '../ledger/format/kinds.ts';
import { SEVERITY_LABELS } from '../policy/severity.ts';

/** Shown for a figure that cannot be worked out (no 报酬统计, no 台账). */
const NONE = '—';

export const REVIEW_UI = {
  none: NONE,
  tool: {
    inputTitle: '1. 载入各校文件',
    // Parts: the odd ones are set in bold.
    inputIntro: [
      '每所学校一个文件夹(以校名命名,放台账、月度汇总、公示、报酬统计、名册等 CSV 或工作簿),或每校一个以校名命名的工作簿;可整体压缩成一个 .zip。各校的一校一方案 JSON 放进该校文件夹,或另外载入(按方案中的学校名称对应)。文件',
      '不会上传',
      ',检查在本机浏览器中完成。',
    ],
    drop: '把全区的文件夹或 .zip 拖到这里,或:',
    pickFolder: '选择文件夹',
    pickFiles: '选择 .zip 或文件',
    pickPlans: '方案文件(JSON)',
    defaults: '各校按本站默认设置检查(学期、时段、家长下班时间 17:30、一课时 40 分钟);学校文件夹中的“台账自查设置.json”(台账自查页面下载)优先。',
    progress: (done: number, total: number, threads: number, secondsLeft: number | null) =>
      `已检查 ${done} / ${total} 所学校${threads ? `(${threads} 个线程)` : ''}${secondsLeft !== null ? `,预计还需 ${secondsLeft} 秒` : ''}`,
    cancel: '取消',
    unreadable: (reason: string) => `没能读取所选文件:${reason}。已有的结果保持不变。`,
    notes: (count: number) => `未使用的文件与说明(${count})`,
    saveSession: '保存会话',
    openSession: '打开会话',
    sessionFile: (date: string) => `学段中心审核-会话-${date}.json`,
    xlsxFailed: '没能生成 .xlsx 文件,请改用 CSV 导出。',
    exportXlsx: '导出 .xlsx(汇总 + 全部问题)',
    exportDistrict: '导出各校汇总(CSV)',
    exportFindings: '导出全部问题(CSV)',
    printSummary: '打印汇总',
    failed: (reason: string) => `检查未完成:${reason}`,
    planOnly: '该校没有数据文件,只有方案。',
    printSample: '打印抽查清单',
    crashed: '检查程序意外停止(可能是内存不足)。',
  },
  exports: {
    district: '学段中心审核-各校汇总.csv',
    findings: '学段中心审核-全部问题.csv',
    xlsx: '学段中心审核.xlsx',
    districtSheet: '各校汇总',
    findingsSheet: '全部问题',
  },
  table: {
    title: '各校结果',
    region: '各校结果表',
    columns: {
      school: '学校',
      rows: '读取行数',
      months: '覆盖月份',
      error: SEVERITY_LABELS.error,
      warning: SEVERITY_LABELS.warning,
      info: SEVERITY_LABELS.info,
      topRules: '最多的三条规则',
      hours: '课时(各学期)',
      payFen: '报酬(元,各学期)',
      payPerHour: '元/课时',
      externalShare: '校外占比',
      plan: '方案',
    },
    filter: '筛选',
    nameContains: '校名包含',
    onlyErrors: '只看有错误的学校',
    planStatus: '方案状态',
    all: '全部',
    noPlan: '无方案',
    showing: (shown: number, total: number) => `显示 ${shown} / ${total} 所`,
    noData: '无数据',
    months: (list: string[]) => (list.length === 0 ? NONE : list.length <= 2 ? list.join('、') : `${list[0]} 至 ${list[list.length - 1]}(${list.length} 个月)`),
    ruleCount: (title: string, count: number) => `${title}(${count})`,
    /** A semester's figure; a 台账 row outside every semester is under 学期外. */
    semester: (name: string, figure: string) => `${name || '学期外'}:${figure}`,
    planCounts: (error: number, warning: number) => `错误 ${error} · 警告 ${warning}`,
  },
  chart: {
    title: '全区概况',
    series: {
      pay: { title: '每课时报酬(元/课时,按报酬统计)', basis: '通知 一(一)5 用好专项经费;一(二)3 经费保障', missing: '报酬统计' },
      external: { title: '校外人员课时占比(按台账)', basis: '通知 一(一)4 规范引入校外专业力量', missing: '台账' },
    },
    nothing: (missing: string) => `没有可比较的学校(缺少${missing})。`,
    caption: (basis: string, schools: number, cutTo: number | null) =>
      `依据:${basis}。${cutTo !== null ? `共 ${schools} 所学校,图中为最高和最低各 ${cutTo} 所;全部见上表。` : `共 ${schools} 所学校。`}标 ● 的学校有错误。`,
    // Parts: the odd ones are the figures the page sets in bold.
    schools: (schools: number, checked: number, rows: string) => ['学校 ', String(schools), ' 所,检查了 ', String(checked), ` 所的数据,共 ${rows} 行`],
    withErrors: (names: string[]) => ['有错误的学校 ', String(names.length), ` 所${names.length ? `:${names.join('、')}` : ''}`],
    payAndShare: (yuanPerHour: string | null, share: string | null) => ['全区每课时报酬 ', yuanPerHour === null ? NONE : `${yuanPerHour} 元`, ';校外人员课时占比 ', share ?? NONE],
  },
  plan: {
    none: '该校没有方案文件(一校一方案 JSON)。把方案文件放进该校的文件夹,或与各校文件一起载入。',
    fileName: (school: string, status: string) => `${school}-一校一方案-${status}.json`,
    title: '一校一方案(审核备案,通知 一(一)、二(一))',
    file: (file: string) => `文件「${file}」· 状态 `,
    decided: (date: string | undefined, reviewer: string | undefined) => (date ? `(${date}${reviewer ? `,${reviewer}` : ''})` : ''),
    reason: (reason: string | undefined) => (reason ? ` · 理由:${reason}` : ''),
    checks: '方案检查:',
    findings: (count: number) => `方案检查结果(${count} 条)`,
    finding: (severity: string, path: string, message: string) => `[${severity}] 「${path}」${message} `,
    decision: '审核',
    reviewer: '审核人',
    reasonLabel: '理由(退回时必填)',
    filed: '设为已备案',
    returned: '退回',
    download: '下载方案文件(含审核状态)',
    hint: '下载的文件可在“一校一方案”页面打开,审核状态与理由随文件保存。',
  },
  sample: {
    title: '抽查',
    basis: '依据通知 二(二)“确保每学年抽查和检查覆盖所有学校”与 三(五)“建立定期抽查和监督机制”。随机种子记录在清单上:同一种子、同一批学校总是抽到同样的学校、日期和人员,便于复核。',
    seed: '随机种子',
    newSeed: '换一个种子',
    schools: '抽取学校数',
    perSchool: '每校抽取日期、人员各',
    draw: '抽取',
    heading: (seed: string) => `随机种子 ${seed}`,
    drawn: (from: number, drawn: number) => `:从 ${from} 所学校中抽取 ${drawn} 所`,
    print: '打印清单',
    download: '下载清单(文本)',
    fileName: (seed: string) => `抽查清单-种子${seed}.txt`,
    day: (date: string) => `${date}:核对当日台账、考勤与现场记录`,
    person: (name: string, staffId: string, external: boolean) => `${name}(工号 ${staffId}${external ? ',校外人员' : ''}):核对课时、报酬与${external ? '名册审查材料' : '签到记录'}`,
    nothing: '该校台账中没有可抽取的日期和人员。',
  },
  read: {
    files: '读取的文件:',
    file: (name: string, kind: FileKind | null, rows: number) => `${name}:${kind ? FILE_KINDS[kind].label : '未识别'},${rows} 行`,
    ran: (count: number) => `运行了 ${count} 条规则`,
    skipped: (missing: FileKind[], rules: number) => `;缺少${missing.map((k) => `“${FILE_KINDS[k].label}”`).join('、')},未运行 ${rules} 条`,
    end: '。',
  },
};

/**
 * What `kehou review` prints (src/cli/review.ts): its usage, its argument errors and the text report, the page's
 * summary table in lines. Figures come already written (format.ts); a missing one is NONE.
 */
export const REVIEW_CLI = {
  usage: '用法:kehou review 文件夹或.zip [--json] [--jobs N] [--sample 学校数 --seed 种子 [--per-school N]]',
  needsInteger: (option: string, min: number) => `${option} 后面需要一个不小于 ${min} 的整数。`,
  seedNeedsValue: '--seed 后面需要一个随机种子(数字或文字)。',
  oneFolder: '只能给出一个文件夹或 .zip。',
  noFolder: '请给出存放各校文件的文件夹或 .zip。',
  sampleNeedsSeed: '抽查需要随机种子:请同时给出 --seed(记下它,同一种子可重现同一份抽查清单)。',
  /** `why`: the system's error code, or null when the folder does not exist. */
  unreadable: (dir: string, why: string | null) => `无法读取 ${dir}:${why ?? '不存在'}。`,
  noSchools: (dir: string) => `${dir} 里没有找到任何学校的文件(每所学校一个文件夹,或一个以校名命名的工作簿)。`,
  progress: (done: number, total: number) => `\r已检查 ${done}/${total} 所学校`,
  plan: (status: string, errors: number, warnings: number) => `方案 ${status}(错误 ${errors},警告 ${warnings})`,
  noPlan: '无方案',
  school: (p: { school: string; files: number; rows: number; months: readonly string[]; counts: Record<'error' | 'warning' | 'info', number>; plan: string }) =>
    `${p.school}:${p.files} 个文件 ${p.rows} 行,月份 ${p.months.join('、') || NONE};错误 ${p.counts.error},警告 ${p.counts.warning},提示 ${p.counts.info};${p.plan}`,
  failed: (reason: string) => `    检查未完成:${reason}`,
  topRules: (rules: readonly { title: string; count: number }[]) => `    最多:${rules.map((r) => `${r.title} ${r.count}`).join(';')}`,
  /** `name` empty: the dates outside every semester. `pay` null: no 报酬统计. */
  semester: (name: string, hours: string, pay: string | null) => `    ${name || '学期外日期'}:课时 ${hours},报酬 ${pay ?? NONE} 元`,
  district: (p: { schools: number; checked: number; rows: number; seconds: string; threads: number }) =>
    `共 ${p.schools} 所学校(检查了 ${p.checked} 所的数据,${p.rows} 行,用时 ${p.seconds} 秒,${p.threads} 个线程)。`,
  /** The district's counts, each after its severity's label. */
  counts: (counts: readonly { label: string; count: number }[]) => `${counts.map((c) => `${c.label} ${c.count}`).join(',')}。`,
  /** `schools`: their names, already joined (and made safe for a terminal). */
  withErrors: (count: number, schools: string) => `有错误的学校(${count}):${schools || '无'}`,
  schoolList: (schools: readonly string[]) => schools.join('、'),
  figures: (payPerHour: string | null, externalShare: string | null) => `全区 元/课时:${payPerHour ?? NONE};校外人员课时占比:${externalShare ?? NONE}`,
  notes: (lines: readonly string[]) => `\n未使用的文件与说明:\n${lines.map((l) => `  ${l}`).join('\n')}`,
};
