/**
 * Finds the ministry's copy of Bijlage 2 wherever it stands: the summary table under a header starting
 * "Programma Samen tegen mensenhandel" (rows a.–h., Totaal) and the detail tables under "Actielijn N. …
 * (€ x10.000)" (rows "N. …", Totaal). The years stand to the right of the title, or, when the title is
 * merged over the table, in a header row just below it ("Nr." | "Omschrijving" | 2023 | …). Labels stand
 * in the title's column or in a column of their own beside the description.
 */
import { actionNumbersOf } from "../../model/letter/dataset";
import { actionLineOf } from "../../model/lines/identify";
import type { FormulaEvaluator } from "../formula";
import { bottomOf, cellAt, textAt, type GridSheet } from "../grid";
import {
  hasYears,
  isTotalLabel,
  normalized,
  rowIsEmpty,
  unitInHeader,
  yearColumnsRightOf,
  type HeaderCandidate,
  type UnreadHeader,
  type YearHeaders,
} from "./headers";
import type { AmountRow, AmountTable } from "./tables";

const SUMMARY_HEADER = /^programma samen tegen mensenhandel\b/;
const DETAIL_HEADER = /^actielijn\s*(\d+)\b/;
const LINE_LABEL = /^([a-z])(?:[.)]\s*(.*))?$/;
const ACTION_LABEL = /^(\d+(?:\s*(?:en|,|&)\s*\d+)*)(?:[.)]?\s+(.*)|[.)])?$/;
/** Two empty rows end a table that has no Totaal row. */
const EMPTY_ROWS_ENDING_A_TABLE = 2;
/** How far below a merged title its header row with the years may stand. */
const MAX_ROWS_TITLE_TO_YEARS = 2;
/** How many columns left of the first year the row labels may stand ("3 en 4" | description | 2023). */
const MAX_LABEL_COLUMNS = 3;

type HeaderKind = { kind: "summary" } | { kind: "detail"; actionLine: number };

interface LetterHeader {
  header: HeaderKind;
  /** The row holding the years: the title's own row or a header row under it. */
  yearRow: number;
  years: YearHeaders;
}

function headerKind(text: string): HeaderKind | null {
  const header = normalized(text);
  if (SUMMARY_HEADER.test(header)) return { kind: "summary" };
  const detail = DETAIL_HEADER.exec(header);
  return detail ? { kind: "detail", actionLine: Number(detail[1]) } : null;
}

/**
 * A header row under a title holds a year and at least one other year header, and no Totaal: a body
 * row of amounts (a Totaal of 2.000 | 2.000 | … in x € 1.000) is not taken for one.
 */
function isHeaderRowBelow(sheet: GridSheet, row: number, col: number, years: YearHeaders): boolean {
  if (new Set(years.years.map((column) => column.year)).size + years.unread.length < 2) return false;
  const firstYear = Math.min(...years.years.map((column) => column.col), ...years.unread.map((cell) => cell.col));
  for (let c = col; c < firstYear; c++) if (isTotalLabel(textAt(sheet, row, c))) return false;
  return true;
}

function letterHeaderAt(sheet: GridSheet, row: number, col: number, evaluator: FormulaEvaluator): LetterHeader | null {
  const header = headerKind(textAt(sheet, row, col));
  if (!header) return null;
  const beside = yearColumnsRightOf(sheet, row, col, evaluator);
  if (hasYears(beside)) return { header, yearRow: row, years: beside };
  for (let below = row + 1; below <= Math.min(row + MAX_ROWS_TITLE_TO_YEARS, bottomOf(sheet)); below++) {
    // A title merged over the table: its years may start in the title's own column.
    const years = yearColumnsRightOf(sheet, below, col - 1, evaluator);
    if (hasYears(years)) return isHeaderRowBelow(sheet, below, col, years) ? { header, yearRow: below, years } : null;
  }
  return null;
}

/** The description beside a split label ("a." | "Programmakosten"), or the rest of a joined one. */
function descriptionOf(sheet: GridSheet, row: number, col: number, rest: string | undefined): string {
  return rest?.trim() || textAt(sheet, row, col + 1);
}

function labelCellText(sheet: GridSheet, row: number, col: number): string {
  const cell = cellAt(sheet, row, col);
  return typeof cell?.value === "number" ? String(cell.value) : normalized(textAt(sheet, row, col));
}

function summaryRow(sheet: GridSheet, row: number, col: number): AmountRow | null {
  const match = LINE_LABEL.exec(labelCellText(sheet, row, col));
  if (!match) return null;
  const lineId = match[1];
  const actionLine = actionLineOf(lineId, normalized(descriptionOf(sheet, row, col, match[2])));
  return { row, labelCol: col, label: `${lineId}.`, lineId, actionNumbers: [], actionLine };
}

/**
 * A description as the officer wrote it, for the model read from the copy: the rules match on the
 * normalized text, as long as the label cell's text with its spaces collapsed, so the rest is taken from
 * there with its capitals.
 */
function writtenDescription(sheet: GridSheet, row: AmountRow, label: RegExp): string {
  const rest = label.exec(labelCellText(sheet, row.row, row.labelCol))?.[2];
  const shown = textAt(sheet, row.row, row.labelCol)
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(/\s+/g, " ");
  const kept = rest && shown.length === normalized(shown).length ? shown.slice(shown.length - rest.length) : rest;
  return descriptionOf(sheet, row.row, row.labelCol, kept).replace(/\s+/g, " ").trim();
}

/** The description of a line of the summary table: after its letter ("a. Programmakosten"), or in the cell beside. */
export function lineDescription(sheet: GridSheet, row: AmountRow): string {
  return writtenDescription(sheet, row, LINE_LABEL);
}

/** The description of an action of a detail table, as written. */
export function actionDescription(sheet: GridSheet, row: AmountRow): string {
  return writtenDescription(sheet, row, ACTION_LABEL);
}

/** The description of an action in a detail table of the letter: after its number, or in the cell beside. */
export function detailDescription(sheet: GridSheet, row: AmountRow): string {
  const rest = ACTION_LABEL.exec(labelCellText(sheet, row.row, row.labelCol))?.[2];
  return descriptionOf(sheet, row.row, row.labelCol, rest);
}

function detailRow(sheet: GridSheet, row: number, col: number, actionLine: number): AmountRow | null {
  const match = ACTION_LABEL.exec(labelCellText(sheet, row, col));
  if (!match) return null;
  const actionNumbers = actionNumbersOf(match[1]);
  return { row, labelCol: col, label: match[1], lineId: null, actionNumbers, actionLine };
}

function hasAmounts(sheet: GridSheet, row: number, cols: number[]): boolean {
  return cols.some((col) => textAt(sheet, row, col) !== "" || cellAt(sheet, row, col)?.formula !== undefined);
}

/** Where labels may stand: the title's column first, the one left of it, then the others before the years. */
function labelColumns(sheet: GridSheet, titleCol: number, firstYearCol: number): number[] {
  const from = Math.max(sheet.left, Math.min(titleCol - 1, firstYearCol - MAX_LABEL_COLUMNS));
  const others = Array.from({ length: Math.max(0, firstYearCol - from) }, (_, i) => from + i);
  return [...new Set([titleCol, titleCol - 1, ...others])].filter((col) => col >= from && col < firstYearCol);
}

/**
 * The unit of a table: named in its title or in another header cell over its columns. A named unit
 * that is not understood is reported and its table left unjudged, never guessed.
 */
function unitOf(
  sheet: GridSheet,
  cells: ReadonlyArray<{ row: number; col: number }>,
  header: HeaderKind,
): { unitEuros: number } | UnreadHeader {
  for (const [index, { row, col }] of cells.entries()) {
    const text = typeof cellAt(sheet, row, col)?.value === "string" ? textAt(sheet, row, col) : "";
    // The title of a table beside this one names that table's unit.
    if (index > 0 && headerKind(text)) continue;
    const unit = unitInHeader(text);
    if (unit === "onbekend") {
      const message =
        `De eenheid in "${text}" is onbekend. ` +
        "Noem de eenheid zoals de brief: (€ mln), (€ x10.000), x € 1.000 of in euro's.";
      return { row, col, message };
    }
    if (unit !== null) return { unitEuros: unit };
  }
  // Unnamed, the unit is the letter's: € mln for the summary, € x10.000 for the detail tables.
  return { unitEuros: header.kind === "summary" ? 1_000_000 : 10_000 };
}

/**
 * Where a unit may be named: the title, the header cells before the years, the cell after them, and
 * over the years in a title row of its own.
 */
function headerCells(titleRow: number, yearRow: number, from: number, yearCols: readonly number[], titleCol: number) {
  const [firstYearCol, lastYearCol] = [Math.min(...yearCols), Math.max(...yearCols)];
  const cells = [{ row: titleRow, col: titleCol }];
  for (let row = titleRow; row <= yearRow; row++) {
    const to = row < yearRow ? lastYearCol + 1 : firstYearCol - 1;
    for (let col = from; col <= to; col++) if (row !== titleRow || col !== titleCol) cells.push({ row, col });
    if (row === yearRow) cells.push({ row, col: lastYearCol + 1 });
  }
  return cells;
}

function readTable(
  sheet: GridSheet,
  titleRow: number,
  titleCol: number,
  found: LetterHeader,
  evaluator: FormulaEvaluator,
): AmountTable {
  const { header, yearRow, years: headers } = found;
  const title = textAt(sheet, titleRow, titleCol);
  const yearCols = [...headers.years.map((year) => year.col), ...headers.unread.map((cell) => cell.col)];
  const [firstYearCol, lastCol] = [Math.min(...yearCols), Math.max(...yearCols)];
  const labelCols = labelColumns(sheet, titleCol, firstYearCol);
  const from = Math.min(titleCol, ...labelCols);
  const actionLine = header.kind === "detail" ? header.actionLine : null;
  const rows: AmountRow[] = [];
  let totalRow: number | null = null;
  let emptyRun = 0;
  for (let row = yearRow + 1; row <= bottomOf(sheet); row++) {
    if (rowIsEmpty(sheet, row, from, lastCol)) {
      if (++emptyRun >= EMPTY_ROWS_ENDING_A_TABLE) break;
      continue;
    }
    emptyRun = 0;
    if (labelCols.some((col) => isTotalLabel(textAt(sheet, row, col)))) {
      totalRow = row;
      break;
    }
    if (letterHeaderAt(sheet, row, titleCol, evaluator)) break;
    const readRow = (col: number): AmountRow | null =>
      header.kind === "summary" ? summaryRow(sheet, row, col) : detailRow(sheet, row, col, header.actionLine);
    let parsed: AmountRow | null = null;
    for (const col of labelCols) if ((parsed = readRow(col))) break;
    if (parsed) rows.push(parsed);
    else if (hasAmounts(sheet, row, yearCols)) {
      rows.push({
        row,
        labelCol: titleCol,
        label: textAt(sheet, row, titleCol),
        lineId: null,
        actionNumbers: [],
        actionLine,
      });
    }
  }
  const unit = unitOf(sheet, headerCells(titleRow, yearRow, from, yearCols, titleCol), header);
  // The first year header that cannot be read says enough: the ones after it often follow from it (=D5+1).
  const unread = [...headers.unread.slice(0, 1), ...("message" in unit ? [unit] : [])];
  return {
    kind: header.kind,
    family: "brief",
    sheet,
    title,
    titleRow,
    headerRow: yearRow,
    headerCol: titleCol,
    unitEuros: "unitEuros" in unit ? unit.unitEuros : 1,
    // A table whose header cannot be read is found, so it is not missing, but its amounts are not judged.
    years: unread.length > 0 ? [] : headers.years,
    unread,
    rows,
    totalRow,
    lastBodyRow: totalRow !== null ? totalRow - 1 : (rows[rows.length - 1]?.row ?? yearRow),
    actionLine,
  };
}

export function findLetterTables(
  sheet: GridSheet,
  candidates: readonly HeaderCandidate[],
  evaluator: FormulaEvaluator,
): AmountTable[] {
  const tables: AmountTable[] = [];
  for (const { row, col } of candidates) {
    const inside = tables.some((t) => t.headerCol === col && row > t.titleRow && row <= (t.totalRow ?? t.lastBodyRow));
    if (inside) continue;
    const found = letterHeaderAt(sheet, row, col, evaluator);
    if (found) tables.push(readTable(sheet, row, col, found, evaluator));
  }
  return tables;
}
