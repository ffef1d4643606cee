/** A1 addresses as Office.js writes them: "B2", "A1:C3", "'Scenario''s'!A1:C3", with or without "$". */

/** A rectangle of cells, 0-based like Office.js `rowIndex` / `columnIndex`. */
export interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export function columnLetters(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const letter of letters.toUpperCase()) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function parseCell(text: string): { row: number; col: number } | null {
  const match = CELL.exec(text.trim());
  return match ? { row: Number(match[2]) - 1, col: columnIndex(match[1]) } : null;
}

/** Splits "'It''s'!A1:B2" into the sheet name (unquoted) and the local address. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

/** "A1:C3" (or "A1", or whole columns "A:C") → a box; null when it is not an address. */
export function parseBox(local: string): Box | null {
  const parts = local.split(":");
  if (parts.length > 2) return null;
  const wholeColumns = parts.every((part) => /^\$?[A-Za-z]{1,3}$/.test(part.trim()));
  if (wholeColumns) {
    const [first, last] = parts.map((part) => columnIndex(part.replace("$", "").trim()));
    const from = Math.min(first, last ?? first);
    return { row: 0, col: from, rows: 1_048_576, cols: Math.abs((last ?? first) - first) + 1 };
  }
  const cells = parts.map(parseCell);
  if (cells.some((cell) => cell === null)) return null;
  const [a, b = a] = cells as { row: number; col: number }[];
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { row, col, rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 };
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function boxAddress(box: Box): string {
  const first = cellAddress(box.row, box.col);
  return box.rows === 1 && box.cols === 1
    ? first
    : `${first}:${cellAddress(box.row + box.rows - 1, box.col + box.cols - 1)}`;
}

/** The sheet part of an address as Office.js writes it: quoted when the name is not a plain word. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function intersects(a: Box, b: Box): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export function contains(outer: Box, row: number, col: number): boolean {
  return row >= outer.row && row < outer.row + outer.rows && col >= outer.col && col < outer.col + outer.cols;
}
