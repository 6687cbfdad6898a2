/**
 * `{name}` → the value of that key: the one message filler of every tool (ledger rules fill theirs from a
 * SQL row, allocation checks from their figures). A name without a value stays visible, so a typo shows.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (values[key] === undefined || values[key] === null ? whole : String(values[key])));
}
