/**
 * `kehou <command> …`: one entry point over the same engines the pages use.
 * Each command module exports `run(args): Promise<number>` (the exit code): 0 fine, 1 problems found,
 * 2 usage or an unreadable input, 3 an internal failure (said in Chinese, never as a stack).
 */
import { UserError } from '../lib/errors.ts';
import { cliText, COMMAND_SUMMARIES } from '../lib/cli/messages.ts';

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: (args: string[]) => Promise<number> }> }> = {
  check: { summary: COMMAND_SUMMARIES.check, load: () => import('./check.ts') },
  review: { summary: COMMAND_SUMMARIES.review, load: () => import('./review.ts') },
  allocate: { summary: COMMAND_SUMMARIES.allocate, load: () => import('./allocate.ts') },
};

export function usage(): string {
  return [cliText('usageHeading', {}), ...Object.values(COMMANDS).map((c) => `  ${c.summary}`)].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`${cliText('unknownCommand', { name })}\n${usage()}`);
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
    return cliText('outOfMemory', {});
  }
  return cliText('internalFailure', {});
}
