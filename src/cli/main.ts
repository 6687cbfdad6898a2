/**
 * `kehou <command> …`: one entry point over the same engines the pages use.
 * Each command module exports `run(args): Promise<number>` (the exit code): 0 fine, 1 problems found,
 * 2 usage or an unreadable input, 3 an internal failure (said in Chinese, never as a stack).
 */
import { UserError } from '../lib/errors.ts';

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: (args: string[]) => Promise<number> }> }> = {
  check: { summary: '台账自查:kehou check 文件... [--json] [--settings 文件]', load: () => import('./check.ts') },
  review: {
    summary: '学段中心审核:kehou review 文件夹或.zip [--json] [--jobs N] [--sample 学校数 --seed 种子]',
    load: () => import('./review.ts'),
  },
  allocate: {
    summary: '经费分配测算:kehou allocate 台账.csv --fund 金额 [--scores 文件] [--config 文件] [--json]',
    load: () => import('./allocate.ts'),
  },
};

export function usage(): string {
  return ['用法:', ...Object.values(COMMANDS).map((c) => `  ${c.summary}`)].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`未知命令「${name}」。\n${usage()}`);
    return 2;
  }
  return guarded(async () => (await command.load()).run(rest));
}

/** Runs a command; an exception becomes exit code 3 and a Chinese sentence on stderr. */
export async function guarded(run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof UserError) {
      console.error(error.message);
      return 2;
    }
    // An internal failure is not "errors found" (1) nor a usage error (2): exit 3, in Chinese, without a stack.
    console.error(internalFailure(error));
    if (process.env.KEHOU_DEBUG) console.error(error);
    return 3;
  }
}

export function internalFailure(error: unknown): string {
  if (error instanceof RangeError || (error instanceof Error && /out of memory|Invalid (string|array) length|Array buffer allocation failed/i.test(error.message))) {
    return 'kehou 内部错误:内存不足,检查没有完成(退出码 3)。请把文件按月拆分后分别检查;如仍出错,请用 KEHOU_DEBUG=1 重新运行,把输出反馈给维护者。';
  }
  return 'kehou 内部错误:程序意外出错,检查没有完成(退出码 3)。这不是文件里的问题;请用 KEHOU_DEBUG=1 重新运行,把输出反馈给维护者。';
}
