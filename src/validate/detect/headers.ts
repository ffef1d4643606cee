/** Reading header text as officers type it: spacing, case and units vary, the words do not. */
import { cellAt, rightOf, textAt, type GridSheet } from "../grid";
import type { YearColumn } from "./tables";

export function normalized(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/**
 * The first word of every table's first header ("Programma Samen tegen mensenhandel", "Actielijn 1. …",
 * "Geschatte kosten", Regel, Nr, Scenario), tested on the raw text: normalizing each of the hundreds of
 * thousands of texts on a large sheet cost more than the rest of detection.
 */
const TABLE_START = /^\s*(?:programma|actielijn|geschatte|regel|nr|scenario)/i;

export interface HeaderCandidate {
  row: number;
  col: number;
  /** The cell's text as typed. */
  text: string;
}

/** The text cells that may start a table, in reading order: one scan of a sheet serves every detector. */
export function headerCandidates(sheet: GridSheet): HeaderCandidate[] {
  const found: HeaderCandidate[] = [];
  for (let r = 0; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r];
    for (let c = 0; c < cells.length; c++) {
      const text = cells[c]?.value;
      if (typeof text === "string" && TABLE_START.test(text))
        found.push({ row: sheet.top + r, col: sheet.left + c, text });
    }
  }
  return found;
}

/** A year header: 2023 as a number or as text, within a plausible range. */
export function yearIn(sheet: GridSheet, row: number, col: number): number | null {
  const cell = cellAt(sheet, row, col);
  if (!cell || cell.formula !== undefined) return null;
  const text = typeof cell.value === "number" ? String(cell.value) : typeof cell.value === "string" ? cell.value : "";
  if (!/^\s*\d{4}\s*$/.test(text)) return null;
  const year = Number(text);
  return year >= 1990 && year <= 2100 ? year : null;
}

/** How many header cells (a description column, "Omschrijving") may sit between a title and its years. */
const MAX_CELLS_BEFORE_YEARS = 3;

/** The run of year headers to the right of a table's title cell, in the order they stand. */
export function yearColumnsRightOf(sheet: GridSheet, row: number, col: number): YearColumn[] {
  const years: YearColumn[] = [];
  const right = rightOf(sheet);
  for (let c = col + 1; c <= right; c++) {
    const year = yearIn(sheet, row, c);
    if (year !== null) years.push({ year, col: c });
    else if (years.length > 0 || c - col > MAX_CELLS_BEFORE_YEARS) break;
  }
  return years;
}

/** The unit a header names: "(€ x10.000)", "(€ mln)", "(€ 2 mln.)", "(€)"; null when it names none. */
export function unitInHeader(text: string): number | null {
  const header = normalized(text);
  if (/x\s*€?\s*10\.?000\b/.test(header)) return 10_000;
  if (/x\s*€?\s*1\.?000\b|€\s*(?:k|duizend)\b/.test(header)) return 1_000;
  if (/\b(?:mln|miljoen|mio)\b/.test(header)) return 1_000_000;
  if (/\(\s*(?:€|eur|euro)\s*\)|\bin euro/.test(header)) return 1;
  return null;
}

export function isTotalLabel(text: string): boolean {
  return /^tota(?:a)?l\b/.test(normalized(text));
}

/** A row is empty when no cell from the label to the last year column holds anything. */
export function rowIsEmpty(sheet: GridSheet, row: number, from: number, to: number): boolean {
  for (let col = from; col <= to; col++)
    if (textAt(sheet, row, col) !== "" || cellAt(sheet, row, col)?.formula) return false;
  return true;
}
