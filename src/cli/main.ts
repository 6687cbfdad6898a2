/**
 * `kehou <command> …`: one entry point over the same engines the pages use.
 * Each command module exports `run(args): Promise<number>` (the exit code).
 */
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
  const { run } = await command.load();
  return run(rest);
}
