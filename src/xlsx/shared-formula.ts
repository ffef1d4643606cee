/**
 * A shared formula as it reads in one of its follower cells: the leader's text with every relative
 * A1 reference moved by the follower's offset (`$` keeps a row or column fixed). Text in quotes, names,
 * function names (LOG10) and structured references (Begroting[2023]) are left as they are.
 */
const QUOTED = /("(?:[^"]|"")*")/;
const REFERENCE = /(?<![A-Za-z0-9_.[\]])(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_([])/g;

export function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters) n = n * 26 + letter.charCodeAt(0) - 64;
  return n;
}

export function columnLetters(n: number): string {
  let letters = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function slideFormula(formula: string, rows: number, columns: number): string {
  return formula
    .split(QUOTED)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REFERENCE, (_, fixColumn: string, column: string, fixRow: string, row: string) => {
            const c = fixColumn ? column : columnLetters(columnNumber(column) + columns);
            const r = fixRow ? row : String(Number(row) + rows);
            return `${fixColumn}${c}${fixRow}${r}`;
          }),
    )
    .join("");
}
