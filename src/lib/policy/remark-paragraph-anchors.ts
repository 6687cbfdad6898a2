/**
 * Gives each top-level paragraph of a clause file a stable anchor `p1`, `p2`, … so a citation
 * such as 一(一)1 第2段 links to `/clauses/1-1-1/#p2`.
 */
interface Node {
  type: string;
  children?: Node[];
  data?: { hProperties?: Record<string, unknown> };
}

export function paragraphAnchors() {
  return (tree: Node, file: { history?: string[]; path?: string }) => {
    const path = file.path ?? file.history?.[0] ?? '';
    if (!/[\\/]content[\\/]clauses[\\/]/.test(path)) return;
    let n = 0;
    for (const node of tree.children ?? []) {
      if (node.type !== 'paragraph') continue;
      n += 1;
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: `p${n}`, className: ['clause-paragraph'] } };
    }
  };
}
