/**
 * The text 复制引用 puts on the clipboard: the citation, then the link.
 * `浦教义〔2024〕10号 一(一)1` + paragraph 2 → `浦教义〔2024〕10号 一(一)1 第2段 http://…/clauses/1-1-1/#p2`
 */
export function citationText(clauseCitation: string, url: string, paragraph?: number): string {
  const base = url.split('#')[0];
  return paragraph ? `${clauseCitation} 第${paragraph}段 ${base}#p${paragraph}` : `${clauseCitation} ${base}`;
}
