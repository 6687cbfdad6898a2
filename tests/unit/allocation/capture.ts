import { vi } from 'vitest';

/** What an in-process `kehou allocate` run prints: console.log and console.error captured (restore with vi.restoreAllMocks). */
export function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  return { out: () => out.join('\n'), err: () => err.join('\n') };
}
