/** SQL that asks whether a column contains any word of one of the notice's word lists (policy/vocabulary.ts). */
const quote = (word: string) => `'${word.replace(/'/g, "''")}'`;

/** `instr(content, '刷题') > 0 OR instr(content, '备考') > 0 …` */
export function containsAny(column: string, words: readonly string[]): string {
  return words.map((w) => `instr(${column}, ${quote(w)}) > 0`).join(' OR ');
}
