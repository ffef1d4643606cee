/**
 * Renders the layout with ExcelJS: the same sheets, tables, values, number formats and totals
 * formulas as the Office.js writer, each formula with its cached result so the file opens correct in
 * any spreadsheet before it recalculates. ExcelJS 4.4 cannot write charts: the Overzicht chart is
 * added when the add-in loads the model into Excel.
 */
import ExcelJS from "exceljs";
import {
  isFormula,
  numberFormatOf,
  TEXT_FORMAT,
  TOTAL_LABEL,
  type FreeCell,
  type PrintLayout,
  type SheetLayout,
  type TableLayout,
  type WorkbookLayout,
} from "../layout";

/**
 * What ExcelJS 4.4 writes correctly in a table part, and only that (docs/files.md, "Writing"): a column
 * given a `style` is written with `dxfId`, which no tableColumn has in ECMA-376, and a `custom` total
 * without its `totalsRowFormula`. So the number formats go on the cells, and a total is one of the
 * functions of SUBTOTAL's 101–110 codes over its own column, which ExcelJS writes as that function.
 */
const TOTALS_FUNCTION: Record<string, ExcelJS.TableColumnProperties["totalsRowFunction"]> = {
  "101": "average",
  "102": "countNums",
  "103": "count",
  "104": "max",
  "105": "min",
  "107": "stdDev",
  "109": "sum",
  "110": "var",
};

function totalsFunction(table: TableLayout, header: string, formula: string) {
  const match = /^SUBTOTAL\((\d+),(\w+)\[(.+)\]\)$/.exec(formula);
  const name = match && match[2] === table.name && match[3] === header ? TOTALS_FUNCTION[match[1]] : undefined;
  if (!name) throw new Error(`Totaal ${formula} van ${table.name}[${header}] is geen SUBTOTAL over de eigen kolom.`);
  return name;
}

function writeTable(sheet: ExcelJS.Worksheet, table: TableLayout): void {
  sheet.addTable({
    name: table.name,
    ref: "A1",
    headerRow: true,
    totalsRow: table.totals !== null,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: table.columns.map((column, i) => {
      const total = table.totals?.[i] ?? null;
      if (i === 0) return { name: column.header, totalsRowLabel: typeof total === "string" ? total : TOTAL_LABEL };
      if (total !== null && isFormula(total)) {
        return {
          name: column.header,
          totalsRowFunction: totalsFunction(table, column.header, total.formula),
          totalsRowResult: total.result,
        };
      }
      return { name: column.header, totalsRowFunction: "none" as const };
    }),
    rows: table.rows,
  });
  const lastRow = table.rows.length + 1 + (table.totals !== null ? 1 : 0);
  table.columns.forEach((column, i) => {
    // Headers are names: "2023" stays text, as Excel keeps a table header.
    sheet.getCell(1, i + 1).numFmt = TEXT_FORMAT;
    const numberFormat = numberFormatOf(column.kind);
    for (let row = 2; row <= lastRow; row++) sheet.getCell(row, i + 1).numFmt = numberFormat;
    sheet.getColumn(i + 1).width = column.width;
  });
}

function writeFreeCell(sheet: ExcelJS.Worksheet, free: FreeCell): void {
  const cell = sheet.getCell(free.address);
  cell.value = isFormula(free.value) ? { formula: free.value.formula, result: free.value.result } : free.value;
  if (free.numberFormat) cell.numFmt = free.numberFormat;
  if (free.bold) cell.font = { bold: true };
}

/** OOXML's paper size codes (ECMA-376, pageSetup@paperSize). */
const PAPER_SIZE: Record<PrintLayout["paperSize"], number> = { A4: 9 };

/**
 * Fit to `pagesWide` pages wide; a fitToHeight of 0 lets the pages run as tall as the sheet needs.
 * ExcelJS 4.4 writes the print titles' defined name as `'<sheet>'!$1:$1` without doubling a quote in
 * the sheet name, which is no valid reference (the quote must be doubled); a sheet named like "Scenario's" (a one-page
 * table) gets no repeated row from this writer rather than a broken file.
 */
function printSetup(sheetName: string, print: PrintLayout): Partial<ExcelJS.PageSetup> {
  const titles = sheetName.includes("'") ? {} : { printTitlesRow: `${print.titleRows.first}:${print.titleRows.last}` };
  return {
    paperSize: PAPER_SIZE[print.paperSize] as ExcelJS.PaperSize,
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.pagesWide,
    fitToHeight: 0,
    ...titles,
  };
}

function writeSheet(workbook: ExcelJS.Workbook, layout: SheetLayout): void {
  const sheet = workbook.addWorksheet(layout.name, {
    views: layout.frozenRows > 0 ? [{ state: "frozen", ySplit: layout.frozenRows }] : [],
    pageSetup: printSetup(layout.name, layout.print),
    headerFooter: { oddFooter: `&L${layout.print.leftFooter}&R${layout.print.rightFooter}` },
  });
  if (layout.table) writeTable(sheet, layout.table);
  for (const cell of layout.cells) writeFreeCell(sheet, cell);
  layout.columnWidths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
}

export function buildWorkbook(layout: WorkbookLayout): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Samen";
  workbook.calcProperties.fullCalcOnLoad = false;
  for (const sheet of layout.sheets) writeSheet(workbook, sheet);
  return workbook;
}
