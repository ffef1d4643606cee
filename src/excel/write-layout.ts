/**
 * Queues the writes that render the layout through Office.js: bulk `values`, `numberFormat` and
 * `formulas` over whole ranges, a table added over the written range, the Overzicht block and its
 * chart. Nothing here syncs: the loader sends everything in one round trip.
 */
import {
  isFormula,
  numberFormatOf,
  TEXT_FORMAT,
  type FreeCell,
  type PrintLayout,
  type SheetLayout,
  type TableLayout,
  type TotalsCell,
} from "../layout";
import { cellInput } from "./literal-text";
import { columnLetter } from "../layout/column-letter";

/** Office.js widths are in points; the layout's are in characters of the default font. */
const POINTS_PER_CHARACTER = 7;

export { columnLetter };

function setWidths(sheet: Excel.Worksheet, widths: readonly number[]): void {
  widths.forEach((width, i) => {
    const letter = columnLetter(i);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = width * POINTS_PER_CHARACTER;
  });
}

function totalsInput(cell: TotalsCell): string | number {
  return isFormula(cell) ? `=${cell.formula}` : cellInput(cell);
}

export function tableAddress(table: TableLayout): string {
  return `A1:${columnLetter(table.columns.length - 1)}${1 + table.rows.length}`;
}

/** A model table from A1 of an empty sheet: headers kept as text (2023 is a name, not a number). */
export function queueTable(sheet: Excel.Worksheet, table: TableLayout): void {
  const range = sheet.getRange(tableAddress(table));
  const bodyFormats = table.columns.map((column) => numberFormatOf(column.kind));
  range.numberFormat = [table.columns.map(() => TEXT_FORMAT), ...table.rows.map(() => bodyFormats)];
  range.values = [table.columns.map((column) => column.header), ...table.rows.map((row) => row.map(cellInput))];
  const added = sheet.tables.add(tableAddress(table), true);
  added.name = table.name;
  if (table.totals) {
    added.showTotals = true;
    const totals = added.getTotalRowRange();
    totals.numberFormat = [bodyFormats];
    totals.formulas = [table.totals.map(totalsInput)];
  }
  setWidths(
    sheet,
    table.columns.map((column) => column.width),
  );
  sheet.freezePanes.freezeRows(1);
}

/** The rectangle from A1 that holds every free cell, as matrices for one bulk write each. */
function block(cells: readonly FreeCell[]) {
  const positions = cells.map((cell) => {
    const match = /^([A-Z]+)(\d+)$/.exec(cell.address)!;
    const col = match[1].split("").reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
    return { cell, row: Number(match[2]) - 1, col };
  });
  const rows = Math.max(...positions.map((p) => p.row)) + 1;
  const cols = Math.max(...positions.map((p) => p.col)) + 1;
  const formulas: (string | number)[][] = Array.from({ length: rows }, () => new Array(cols).fill(""));
  const formats: string[][] = Array.from({ length: rows }, () => new Array(cols).fill("General"));
  for (const { cell, row, col } of positions) {
    formulas[row][col] = isFormula(cell.value) ? `=${cell.value.formula}` : cellInput(cell.value);
    if (cell.numberFormat) formats[row][col] = cell.numberFormat;
  }
  return { address: `A1:${columnLetter(cols - 1)}${rows}`, formulas, formats };
}

/** The Overzicht formulas as `range.formulas` reads them back, to see whether the officer changed them. */
export function overzichtFormulas(sheet: SheetLayout): (string | number)[][] {
  return block(sheet.cells).formulas;
}

export function queueFreeCells(sheet: Excel.Worksheet, layout: SheetLayout): void {
  const { address, formulas, formats } = block(layout.cells);
  const range = sheet.getRange(address);
  range.numberFormat = formats;
  range.formulas = formulas;
  for (const cell of layout.cells) if (cell.bold) sheet.getRange(cell.address).format.font.bold = true;
  setWidths(sheet, layout.columnWidths);
}

/**
 * The print setup (ExcelApi 1.9): zoom is set as one object, as Office.js requires; a
 * verticalFitToPages of 0 lets the pages run as tall as the sheet needs, one page wide.
 */
export function queuePrint(sheet: Excel.Worksheet, print: PrintLayout): void {
  const page = sheet.pageLayout;
  page.paperSize = print.paperSize;
  page.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  page.zoom = { horizontalFitToPages: print.pagesWide, verticalFitToPages: 0 };
  page.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
  const footer = page.headersFooters.defaultForAllPages;
  footer.leftFooter = print.leftFooter;
  footer.rightFooter = print.rightFooter;
}

export function queueChart(sheet: Excel.Worksheet, layout: SheetLayout): void {
  if (!layout.chart) return;
  const chart = sheet.charts.add("ColumnClustered", sheet.getRange(layout.chart.source), layout.chart.seriesBy);
  chart.name = layout.chart.name;
  chart.title.text = layout.chart.title;
  chart.setPosition(layout.chart.topLeft, layout.chart.bottomRight);
}
