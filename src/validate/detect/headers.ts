/** Reading header text as officers type it: spacing, case and units vary, the words do not. */
import type { FormulaEvaluator } from "../formula";
import { cellAt, forEachCell, rightOf, textAt, type GridSheet } from "../grid";
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
 * "Geschatte kosten", Regel, Nr, Scenario, Jaar), tested on the raw text: normalizing each of the hundreds of
 * thousands of texts on a large sheet cost more than the rest of detection.
 */
const TABLE_START = /^\s*(?:programma|actielijn|geschatte|regel|nr|scenario|jaar)/i;

export interface HeaderCandidate {
  row: number;
  col: number;
  /** The cell's text as typed. */
  text: string;
}

/** The text cells that may start a table, in reading order: one scan of a sheet serves every detector. */
export function headerCandidates(sheet: GridSheet): HeaderCandidate[] {
  const found: HeaderCandidate[] = [];
  forEachCell(sheet, ({ value: text }, row, col) => {
    if (typeof text === "string" && TABLE_START.test(text)) found.push({ row, col, text });
  });
  return found;
}

/** A header cell the validator cannot read: its table is found but its amounts are left unjudged. */
export interface UnreadHeader {
  row: number;
  col: number;
  /** Dutch: what cannot be read, and what to do about it. */
  message: string;
}

type YearCell = { year: number } | { unread: string } | null;

const YEAR_TEXT = /^\s*\d{4}\s*$/;

function plausibleYear(value: unknown): number | null {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value : "";
  if (!YEAR_TEXT.test(text)) return null;
  const year = Number(text);
  return year >= 1990 && year <= 2100 ? year : null;
}

/** A date shown as its year only ("jjjj"/"yyyy"): 1-1-2024 typed as the header 2024. */
const YEAR_ONLY_FORMAT = /^(?:\[\$-[0-9a-f]+\])?(?:yyyy|jjjj)$/i;
/** Excel's day 0 (30 December 1899) in JavaScript time. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function yearOfDate(value: unknown, numberFormat: string | undefined): number | null {
  if (!numberFormat || !YEAR_ONLY_FORMAT.test(numberFormat.trim())) return null;
  // ExcelJS hands a date as ISO text, Office.js as the serial day number.
  if (typeof value === "string") return plausibleYear(/^(\d{4})-\d{2}-\d{2}/.exec(value)?.[1]);
  if (typeof value !== "number") return null;
  return plausibleYear(new Date(EXCEL_EPOCH_MS + Math.floor(value) * 86_400_000).getUTCFullYear());
}

/**
 * A year header: 2023 as a number or as text, or a formula (`=D5+1`) by its cached result or, when the
 * file holds none, as the validator's evaluator computes it. A formula that gives no year is unread.
 */
function yearAt(sheet: GridSheet, row: number, col: number, evaluator: FormulaEvaluator): YearCell {
  const cell = cellAt(sheet, row, col);
  if (!cell) return null;
  if (cell.formula === undefined) {
    const year = plausibleYear(cell.value) ?? yearOfDate(cell.value, cell.numberFormat);
    return year === null ? null : { year };
  }
  const value = evaluator.valueOf(sheet, row, col);
  const shown = value === null ? null : "number" in value ? value.number : "text" in value ? value.text : null;
  const year = plausibleYear(shown) ?? yearOfDate(shown, cell.numberFormat);
  if (year !== null) return { year };
  const formula = `=${cell.formula}`;
  if (value !== null && "error" in value)
    return { unread: `De jaarkop ${formula} toont de foutwaarde ${value.error}.` };
  if (value === null) {
    return {
      unread:
        `De jaarkop ${formula} heeft geen opgeslagen uitkomst en de controle kan haar niet uitrekenen. ` +
        "Typ het jaar, of open en bewaar de werkmap in Excel zodat de uitkomst wordt opgeslagen.",
    };
  }
  // A formula giving another number or a text is an amount or a label, not a year header.
  return null;
}

export interface YearHeaders {
  years: YearColumn[];
  /** Formula headers in the run of years that give no year. */
  unread: UnreadHeader[];
}

/** How many header cells (a description column, "Omschrijving") may sit between a title and its years. */
const MAX_CELLS_BEFORE_YEARS = 3;
/** How many columns a title merged over the label and description columns may span before its years. */
const MAX_COLUMNS_BEFORE_YEARS = 8;
/** The title of another table of the letter beside this one: its years are not this table's. */
const ANOTHER_TITLE = /^\s*(?:programma|actielijn)/i;

/**
 * The run of year headers to the right of a table's title cell, in the order they stand. Cells under a
 * merged title are empty in the grid, so empty cells before the years are passed over further than
 * header texts are.
 */
export function yearColumnsRightOf(
  sheet: GridSheet,
  row: number,
  col: number,
  evaluator: FormulaEvaluator,
): YearHeaders {
  const found: YearHeaders = { years: [], unread: [] };
  const right = Math.min(rightOf(sheet), col + MAX_COLUMNS_BEFORE_YEARS + 1);
  let texts = 0;
  for (let c = col + 1; c <= rightOf(sheet); c++) {
    const year = yearAt(sheet, row, c, evaluator);
    if (year && "year" in year) found.years.push({ year: year.year, col: c });
    else if (year) found.unread.push({ row, col: c, message: year.unread });
    else if (found.years.length + found.unread.length > 0) break;
    else if (c >= right || ANOTHER_TITLE.test(textAt(sheet, row, c))) break;
    else if (textAt(sheet, row, c) !== "" && ++texts > MAX_CELLS_BEFORE_YEARS) break;
  }
  return found;
}

/**
 * Headers start a table with at least one year read: a row of formulas none of which can be computed
 * is as likely a row of amounts as a row of years.
 */
export function hasYears(headers: YearHeaders): boolean {
  return headers.years.length > 0;
}

/** Words and signs with which a header names the unit of its amounts. */
const NAMES_A_UNIT = /€|\beur\b|\beuro|\$|£|\bmln\b|\bmio\b|\bmiljoen|\bduizend|\bk€|\bx\s*€?\s*\d/;
/** The multiples money is counted in; "x 100" or "x 5.000" is read as unknown, not taken at its word. */
const MULTIPLES = new Set([1, 1_000, 10_000, 100_000, 1_000_000]);

/**
 * The unit a header names: "(€ x10.000)", "x € 1.000", "in € 1.000", "(€ 2 mln.)", "€ mln", "in euro's",
 * "(€)"; "onbekend" when it names one that is not understood ("in honderden euro's", "x 100"); null when
 * it names none.
 */
export function unitInHeader(text: string): number | "onbekend" | null {
  const header = normalized(text);
  if (!NAMES_A_UNIT.test(header)) return null;
  if (/\b(?:mln|mio|miljoen)\b/.test(header)) return 1_000_000;
  const times = /(?:\bx\s*(?:€|eur|euro)?|\b(?:in|per)\s*(?:€|eur|euro))\s*(\d{1,3}(?:\.\d{3})+|\d+)(?![\d,])/.exec(
    header,
  );
  if (times) {
    const multiple = Number(times[1].replace(/\./g, ""));
    return MULTIPLES.has(multiple) ? multiple : "onbekend";
  }
  if (/\bduizend(?:en)?\b|€\s*k\b|\bk€|\(k\s*€?\)/.test(header)) return 1_000;
  if (/\(\s*(?:€|eur|euro'?s?)\s*\)|\bin\s+(?:€|eur\b|euro)|^(?:€|eur|euro'?s?)$/.test(header)) return 1;
  return "onbekend";
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
