/**
 * Excel reads text that begins with =, +, - or @ as a formula (the start of formula injection from
 * pasted or imported text). Written through Office.js, such text gets Excel's text prefix, the
 * apostrophe: the cell shows and holds the text as it is, and nothing is ever evaluated.
 */
const FORMULA_START = /^[=+\-@]/;

export function asLiteral<T>(value: T): T | string {
  return typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : value;
}

/** A layout cell as Office.js `values` should receive it: empty as "", text never as a formula. */
export function cellInput(value: string | number | null): string | number {
  return value === null ? "" : asLiteral(value);
}
