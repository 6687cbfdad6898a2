/**
 * Where in a JSON file a problem is, in the words of the page that edits it: `['semesters', 1, 'start']`
 * with labels {semesters: 学期, start: 开始} → `学期 › 第 2 项 › 开始`. One describer for every tool's files
 * (json-file.ts, the ledger settings); each tool passes its own labels. A label may be keyed by the dotted
 * path without item numbers (`coefficients.duration`) when the same key means different things in different places.
 *
 * The plan builder has a second describer, plan/messages.ts `describePath`, on purpose: that one names a place
 * on the plan's page (a form field, a row of one of its tables: 第 N 行; a field with its own label stands for
 * its section), where a finding or a 【待填写】 mark sends the user. This one names a place in a file as
 * loaded, every level of nesting shown and a list element a 项, so the same plan path reads
 * `校外力量 › 校外人员与机构 › 第 3 项 › 本校助教` here and `校外人员与机构 › 第 3 行 › 本校助教` there.
 */
export type PathLabels = Readonly<Record<string, string>>;

export function describePath(path: readonly PropertyKey[], labels: PathLabels, whole = '整个文件'): string {
  const parts: string[] = [];
  const keys: string[] = [];
  for (const part of path) {
    if (typeof part === 'number') {
      parts.push(`第 ${part + 1} 项`);
      continue;
    }
    keys.push(String(part));
    parts.push(labels[keys.join('.')] ?? labels[String(part)] ?? String(part));
  }
  return parts.join(' › ') || whole;
}

/** A name a file can carry on Windows, macOS and Linux: `/ \ : * ? " < > |` and control characters become `_`. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_');
}
