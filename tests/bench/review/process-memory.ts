/**
 * Peak resident memory (sampled) and CPU time of a process tree (Linux /proc): for the page in Chromium, whose
 * renderer and worker processes are all descendants of the bench process that launched the browser.
 */
import { readdirSync, readFileSync } from 'node:fs';

function tree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const out: number[] = [];
  const walk = (pid: number) => {
    for (const c of children.get(pid) ?? []) {
      out.push(c);
      walk(c);
    }
  };
  walk(root);
  return out;
}

function rssKb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** User + system CPU time of the tree's processes so far, in ms (clock ticks of 10 ms, Linux's USER_HZ). */
export function treeCpuMs(root: number): number {
  let ticks = 0;
  for (const pid of tree(root)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // Ended meanwhile.
    }
  }
  return ticks * 10;
}

/** Samples the descendants of `root` every `everyMs` until stopped; returns the peak of their summed RSS in MB. */
export function sampleTree(root: number, everyMs = 250): { stop: () => number } {
  let peak = 0;
  const sample = () => (peak = Math.max(peak, tree(root).reduce((n, pid) => n + rssKb(pid), 0)));
  const timer = setInterval(sample, everyMs);
  sample();
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return peak / 1024;
    },
  };
}
