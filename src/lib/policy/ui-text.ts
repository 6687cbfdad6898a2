/** The wording of the in-place popovers (InPlace.tsx) that every tool uses to show a clause or a check. */
export const IN_PLACE_UI = {
  close: '关闭',
  loadingClause: '正在读取条款原文…',
  clauseFailed: '条款原文没能读取,请用下面的链接打开条款页。',
  openClause: '打开条款页(离开本页)',
  ruleLink: '规则说明',
  basis: (citation: string) => `依据:${citation}`,
  openRule: '规则全文和 SQL(离开本页)',
};
