/**
 * The `kehou` command's own sentences, shared by its commands (src/cli/main.ts, src/cli/io.ts): usage, an
 * unknown command or option, a file that cannot be read, an internal failure. Each command's own wording
 * lives with its tool (`kehou allocate`: ALLOCATE_CLI in src/lib/allocation/messages.ts; `kehou check`: CHECK_CLI in
 * src/lib/ledger/ui-text.ts; `kehou review`: REVIEW_CLI in src/lib/review/ui-text.ts).
 */
import { render, type ParamsOf } from '../text/messages.ts';

/** Why a file could not be opened, by the system's error code. */
export const OPEN_FAILURES = { ENOENT: '文件不存在', EISDIR: '这是一个文件夹', EACCES: '没有读取权限', EPERM: '没有读取权限', other: '无法打开' } as const;
export type OpenFailure = keyof typeof OPEN_FAILURES;

export const CLI_MESSAGES = {
  usageHeading: () => '用法:',
  unknownCommand: (p: { name: string }) => `未知命令「${p.name}」。`,
  unknownOption: (p: { option: string }) => `未知选项「${p.option}」。`,
  needsValue: (p: { option: string }) => `${p.option} 后面需要一个值。`,
  /** `what`: 文件 / 设置文件. */
  cannotOpen: (p: { what: string; file: string; why: OpenFailure }) => `无法读取${p.what} ${p.file}:${OPEN_FAILURES[p.why]}。`,
  isFolder: (p: { what: string; file: string }) => `无法读取${p.what} ${p.file}:这是一个文件夹。`,
  notRegularFile: (p: { what: string; file: string }) => `无法读取${p.what} ${p.file}:这不是普通文件(是管道或设备)。请给出保存在磁盘上的文件。`,
  tooLarge: (p: { what: string; file: string; size: string; limit: string }) => `${p.what} ${p.file} 有 ${p.size},超过 ${p.limit} 的上限,没有读取。请拆分后再检查。`,
  readFailed: (p: { what: string; file: string }) => `无法读取${p.what} ${p.file}:读取时出错。`,
  outOfMemory: () => 'kehou 内部错误:内存不足,检查没有完成(退出码 3)。请把文件按月拆分后分别检查;如仍出错,请用 KEHOU_DEBUG=1 重新运行,把输出反馈给维护者。',
  internalFailure: () => 'kehou 内部错误:程序意外出错,检查没有完成(退出码 3)。这不是文件里的问题;请用 KEHOU_DEBUG=1 重新运行,把输出反馈给维护者。',
};

export type CliMessageCode = keyof typeof CLI_MESSAGES;

/** The sentence of a code of the command line with its params (a misspelt code or a missing param does not compile). */
export function cliText<C extends CliMessageCode>(code: C, params: ParamsOf<typeof CLI_MESSAGES, C>): string {
  return render(CLI_MESSAGES, code, params);
}

/** What a file is called in the read messages: a 台账 or score file, or the ledger check's settings. */
export const FILE_WHAT = { file: '文件', settings: '设置文件' } as const;

/** The commands' one-line summaries in `kehou --help`. */
export const COMMAND_SUMMARIES = {
  check: '台账自查:kehou check 文件... [--json] [--settings 文件]',
  review: '学段中心审核:kehou review 文件夹或.zip [--json] [--jobs N] [--sample 学校数 --seed 种子]',
  allocate: '经费分配测算:kehou allocate 台账.csv --fund 金额 [--scores 文件] [--config 文件] [--json]',
} as const;
