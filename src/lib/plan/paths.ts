/** Reading and writing a plan by dotted field path (`teachers.training`, `leadership.workingGroup.2.name`). */
import type { Plan } from './schema.ts';

type Node = Record<string, unknown> | unknown[];

export function getAt(plan: Plan, path: string): unknown {
  let node: unknown = plan;
  for (const part of path.split('.')) node = (node as Node | undefined)?.[part as keyof Node];
  return node;
}

export function setAt(plan: Plan, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = plan as unknown as Node;
  for (const part of parts.slice(0, -1)) node = node[part as keyof Node] as Node;
  (node as Record<string, unknown>)[parts.at(-1)!] = value;
}
