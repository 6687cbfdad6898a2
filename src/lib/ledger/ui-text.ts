/**
 * The wording of the ledger page (台账自查): headings, labels, buttons and the page's own sentences. The
 * engine's sentences (findings, the reading layer) are in messages.ts; this file is what the islands show
 * around them. Functions take the figures and names to put in a sentence, never decide anything.
 */
import { FILE_KINDS, type FileKind } from './format/kinds.ts';
import { SEVERITY_LABELS, SEVERITY_ORDER, type Severity } from '../policy/severity.ts';
import type { LedgerSettings } from './settings.ts';

import { placeOf, sheetPlace } from './summaries/read-report.ts';

export const LEDGER_UI = {
  checker: {
    stages: { decode: '读取编码', parse: '解析表格', validate: '校验单元格', load: '载入数据库', rules: '执行规则' } as Record<string, string>,
    run: '开始检查',
    cancel: '取消检查',
    stageSeconds: (seconds: number) => `(这一步已用 ${seconds} 秒)`,
    /** The progress line during a check: the share done and the time left are estimates (engine/progress.ts). */
    progress: {
      rule: (title: string) => `正在检查:${title}`,
      estimate: (fraction: number, remainingMs: number | null) => {
        const percent = `约 ${Math.min(99, Math.floor(fraction * 100))}%`;
        if (remainingMs === null) return percent;
        const seconds = Math.ceil(remainingMs / 1000);
        const left = seconds <= 2 ? '即将完成' : seconds < 90 ? `约还需 ${seconds} 秒` : `约还需 ${Math.round(seconds / 60)} 分钟`;
        return `${percent},${left}`;
      },
      /** Said once the bar is at the end of what is running: the step takes longer than expected, and still runs. */
      slower: (seconds: number) => `(这一步已用 ${seconds} 秒,比预计的慢,仍在进行)`,
      /** The bar's accessible name. */
      barLabel: '检查进度(估计)',
      note: '进度和剩余时间按文件大小和每项检查的实测耗时估计。',
    },
    unreadableFile: (name: string, reason: string) => `无法读取「${name}」:${reason}`,
    unopenedFile: (name: string) => `无法读取「${name}」:浏览器没能打开这个文件。请确认文件没有被其他程序占用,然后重新选择。`,
    sampleFailed: '样例文件没能载入,请刷新页面后重试。',
    noFiles: '请先选择至少一个可读取的 Excel 工作簿或 CSV 文件。',
    badSettings: (message: string) => `学校设置有误:${message}。请在“学校设置”中改正后再检查。`,
    cancelled: '检查已取消。已选的文件和学校设置都还在,可以随时重新检查。',
    failed: (reason: string) => `检查没能完成:${reason}`,
    summaryFailed: (reason: string) => `没能生成汇总:${reason}`,
    summarySheets: { monthly: '月度汇总', disclosure: '工作量公示' },
    summaryFiles: {
      xlsx: (base: string) => `${base}-月度汇总和工作量公示.xlsx`,
      monthly: (base: string) => `${base}-月度汇总.csv`,
      disclosure: (base: string) => `${base}-工作量公示.csv`,
    },
    asideFile: '无法读取的台账自查设置.json',
    downloadAside: '下载无法读取的设置',
    forgetAside: '知道了,不再保留',
    restored: (withResult: boolean) => `已恢复本次浏览中上一次的文件${withResult ? '和检查结果' : ''}(只保存在本机浏览器中,关闭标签页后清除)。`,
    startOver: '清空重来',
    showingResults: '正在显示检查结果…',
    crashed: '检查程序意外停止,请刷新页面后重试。',
    notLedger: '这个文件不是课后服务工作台账。',
    outOfMemory: '浏览器内存不足,检查没有完成。请把文件按月拆分后分别检查;已选的文件和设置都还在。',
    unexpected: (detail: string) => `程序意外出错(${detail})。请刷新页面后重试;如仍出错,请把文件和这条信息反馈给维护者。`,
    /** Read aloud when a check ends: how many findings of each severity, and how many files. */
    announce: (counts: Record<Severity, number>, files: number) =>
      `检查完成:${SEVERITY_ORDER.map((s) => `${SEVERITY_LABELS[s]} ${counts[s]} 条`).join(',')},共检查 ${files} 个文件。`,
  },
  files: {
    title: '1. 选择文件',
    drop: '把台账、月度汇总、公示、报酬统计、名册等 Excel 工作簿(.xlsx、.xls)或 CSV 文件拖到这里,或',
    pick: '选择文件(可多选)',
    local: '文件只在本机浏览器中读取和检查,不会上传。',
    accepted:
      '可以载入:Excel 工作簿(.xlsx,以及旧版 .xls),每个工作表都会按表头识别(一个工作簿可以包含台账、月度汇总、公示、报酬统计、名册等多个工作表);CSV 文件(UTF-8 或 GBK 编码)。表头上方可以有标题行和填写说明,表头可以用学校习惯的列名(如“教师工号”“课时”“地点”),合计、小计行不计入。',
    noFiles: '没有现成文件?',
    sampleClean: '载入规范样例',
    samplePlanted: '载入含错误的样例',
    columns: { file: '文件', kind: '识别为', encoding: '编码', rows: '数据行数', notes: '说明', actions: '操作' },
    /** Before a cell on a narrow screen, where the table's header is hidden (ledger.css). */
    cellLabels: { kind: '识别为:', rows: '数据行数:' },
    sheet: sheetPlace,
    mappingLabel: (file: string, sheet: string | undefined) => placeOf({ name: file, sheet }),
    reading: '读取中…',
    workbook: 'Excel 工作簿',
    encodingOf: (file: string) => `${file} 的编码`,
    autoEncoding: (detected: string | null) => `自动${detected ? `(${detected})` : ''}`,
    summarize: '生成月度汇总和工作量公示',
    summarizeXlsx: '生成汇总(Excel)',
    remove: '移除',
    removeFile: (file: string) => `移除 ${file}`,
    unknownRefused: (message: string) => `无法识别:${message}`,
    unknownNone: '无法识别:前 30 行中没有与任何模板相符的表头。请使用页面下方模板的表头。',
    unknownClosest: (kind: FileKind, missing: string[]) =>
      `无法识别:像${FILE_KINDS[kind].label},但缺少「${missing.join('」「')}」列。请在下面指明对应的列,或按模板补齐表头。`,
  },
  mapping: {
    legend: (label: string, kind: FileKind) => `列对应:「${label}」按${FILE_KINDS[kind].label}读取`,
    column: (header: string) => `模板的“${header}”是文件中的`,
    choose: '(请选择)',
    apply: '按此对应读取(保存到学校设置)',
  },
  read: { title: '读取情况' },
  findings: {
    title: '3. 检查结果',
    checked: (files: number, rows: number) => `共检查 ${files} 个文件、${rows} 行`,
    clean: '没有发现问题。',
    filter: '筛选',
    rule: '规则',
    file: '文件',
    all: '全部',
    noFile: '(不属于单个文件)',
    contains: '包含文字',
    exportCsv: '导出结果(CSV)',
    exportXlsx: '导出结果(Excel)',
    exportFile: { csv: '台账自查结果.csv', xlsx: '台账自查结果.xlsx', sheet: '检查结果' },
    showing: (visible: number, total: number) => `显示 ${visible} / ${total} 条`,
    severityHeading: (severity: Severity, count: number) => `${SEVERITY_LABELS[severity]}(${count})`,
    ruleLink: '规则说明',
    basis: '依据:',
    acrossFiles: '跨文件',
    fileHeading: (file: string, count: number) => `${file}(${count})`,
    where: (row: number, column: string | null) => `第 ${row} 行${column ? `「${column}」列` : ''}:`,
    columnOnly: (column: string) => `「${column}」列:`,
    rowRegion: (file: string, row: number, rule: string, column: string | null, nth: number) =>
      `${file} 第 ${row} 行的内容(${rule}${column ? `,「${column}」列` : ''},第 ${nth} 条)`,
    more: (next: number, total: number) => `再显示 ${next} 条(共 ${total} 条)`,
  },
  /** The school's settings kept in this browser (settings-store.ts). */
  storage: {
    unreadable: (why: string) =>
      `保存在本浏览器中的学校设置无法读取(${why}),本页暂用默认设置。原来的内容已另存一份,可用“下载无法读取的设置”取回。`,
    unreadableNotKept: (why: string) => `保存在本浏览器中的学校设置无法读取(${why}),本页暂用默认设置。另存没有成功:下次保存设置时原来的内容会被覆盖。`,
    notJson: '内容不是有效的 JSON',
    unreadableStillAside: '之前另存的一份无法读取的学校设置仍保留着,可用“下载无法读取的设置”取回。',
    saveFailed: '学校设置没能保存在本浏览器中(存储空间已满或被禁止),刷新页面后会丢失。请用“下载设置文件”保存一份。',
    storageBlocked: '本浏览器不允许本页保存数据,学校设置在刷新页面后会丢失。请用“下载设置文件”保存一份。',
  },
  settings: {
    title: '2. 学校设置',
    summary: (s: Pick<LedgerSettings, 'semesters' | 'periods' | 'parentsOffWork' | 'lessonMinutes'>) =>
      `${s.semesters.length} 个学期 · ${s.periods.map((p) => `${p.start}–${p.end}`).join('、')} · 家长下班 ${s.parentsOffWork} · 一课时 ${s.lessonMinutes} 分钟(点击修改)`,
    local: '设置只保存在本机浏览器中。法定节假日和调休上班日已按国务院安排内置;下面只需填写本校另外的非上课日或上课日。',
    semesters: '学期',
    name: '名称',
    start: '开始',
    end: '结束',
    remove: '删除',
    newSemester: '新学期',
    addSemester: '添加学期',
    periods: '时段',
    parentsOffWork: '家长下班时间',
    lessonMinutes: '一课时分钟数',
    fund: '本学期课后服务经费(元,可不填)',
    datesPlaceholder: '每行一个日期,例如 2024-11-15',
    nonSchoolDays: '本校另外的非上课日(停开日,如运动会、考试日),可在日期后写明原因',
    nonSchoolDaysPlaceholder: '每行一个日期,后面可写原因,例如:\n2024-11-15 运动会\n2024-12-20 期末考试',
    extraSchoolDays: '本校另外的上课日',
    holidayData: (lastYear: number) =>
      `内置节假日数据只到 ${lastYear} 年;之后的年份请在下面补充国务院公布的放假日期和调休上班日(调休上班日在学期内按上课日计)。 上面没有列出的学年,学期起止按上海已公布的校历,没有公布的按常规推定,检查时会提示核对。`,
    holidays: (lastYear: number) => `法定节假日(${lastYear} 年以后)`,
    workdays: (lastYear: number) => `调休上班日(${lastYear} 年以后)`,
    dutyRoster: '台账记录行政人员值班(每个服务日应有一行职责为“值班管理”的记录)',
    externalShare: '校外人员课时占比超过(%)时提示',
    calendar: '查看各学期按此设置计算的非上课日和调休上课日',
    calendarLine: (name: string, schoolDays: number, weekdaysOff: string[], weekendsOn: string[]) =>
      `${name}(${schoolDays} 个上课日):工作日不上课 ${weekdaysOff.join('、') || '无'};周末上课 ${weekendsOn.join('、') || '无'}`,
    reset: '恢复默认设置',
    wasReset: '已恢复默认设置。',
    download: '下载设置文件',
    load: '载入设置文件',
    loaded: (file: string) => `已载入设置文件「${file}」。`,
    cliHint: (fileName: string) => `设置文件可在其他电脑上载入,也可交给命令行:kehou check 文件… --settings ${fileName}`,
    undo: '撤销',
  },
};

/**
 * What `kehou check` prints around the engine's sentences (src/cli/check.ts): its usage, its argument errors and the
 * text report. Beside the page's wording because it is the same report in a terminal; the command's shared sentences
 * (an unreadable file, an internal failure) are the command line's own.
 */
export const CHECK_CLI = {
  usage: '用法:kehou check 文件... [--json] [--settings 设置.json]',
  settingsNeedsFile: '--settings 后面需要一个设置文件(JSON)。',
  noFiles: '请至少给出一个 CSV 文件或 Excel 工作簿(.xlsx)。',
  row: (row: number) => `第 ${row} 行`,
  column: (column: string) => `“${column}”列`,
  /** A finding's first line: severity, where (file, sheet, row, column; may be empty) and the sentence. */
  finding: (severity: Severity, where: string, message: string) => `[${SEVERITY_LABELS[severity]}] ${where ? where + ':' : ''}${message}`,
  /** Its second line: the rule, the clause and its page, the rule's title and basis (when the catalogue has one). */
  basis: (rule: string, citation: string, href: string, title: string, basis: string | null) =>
    `    ${rule} · ${citation} ${href} · ${title}${basis !== null ? ` · 依据:${basis}` : ''}`,
  total: (counts: Record<Severity, number>, total: number) =>
    `\n共 ${total} 条:错误 ${counts.error},警告 ${counts.warning},提示 ${counts.info}。`,
};
