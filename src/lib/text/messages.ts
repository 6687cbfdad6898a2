/**
 * Messages as data: a tool's `messages.ts` is a table of sentences keyed by code, each taking its params (plain
 * JSON data). Findings and notes carry `{ code, params }`; the Chinese sentence is rendered from the table, so
 * a misspelt code or params of the wrong shape do not compile.
 */
// `never` takes any one-argument (or no-argument) sentence function.
export type MessageTable = Record<string, (params: never) => string>;

/** The params of one code: its sentence's argument, or `{}` for a sentence without one. */
export type ParamsOf<T extends MessageTable, C extends keyof T> = Parameters<T[C]> extends [infer P, ...unknown[]] ? P : Record<string, never>;

/** One message of a table: a code and its params. */
export type MessageOf<T extends MessageTable> = { [C in keyof T & string]: { code: C; params: ParamsOf<T, C> } }[keyof T & string];

/** The sentence of a code with its params. */
export function render<T extends MessageTable, C extends keyof T & string>(table: T, code: C, params: ParamsOf<T, C>): string {
  return (table[code] as unknown as (p: ParamsOf<T, C>) => string)(params);
}
