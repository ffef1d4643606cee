/**
 * Finds the ministry's copy of Bijlage 2 wherever it stands: the summary table under a header starting
 * "Programma Samen tegen mensenhandel" (rows a.–h., Totaal) and the detail tables under "Actielijn N. …
 * (€ x10.000)" (rows "N. …", Totaal), each with its years to the right of the header.
 */
import { actionNumbersOf } from "../../model/plan";
import { bottomOf, cellAt, textAt, type GridSheet } from "../grid";
import {
  isTotalLabel,
  normalized,
  rowIsEmpty,
  unitInHeader,
  yearColumnsRightOf,
  type HeaderCandidate,
} from "./headers";
import type { AmountRow, AmountTable } from "./tables";

const SUMMARY_HEADER = /^programma samen tegen mensenhandel\b/;
const DETAIL_HEADER = /^actielijn\s*(\d+)\b/;
const LINE_LABEL = /^([a-z])(?:[.)]\s*(.*))?$/;
const ACTION_LABEL = /^(\d+(?:\s*(?:en|,|&)\s*\d+)*)(?:[.)]?\s+(.*)|[.)])?$/;
export const ACTION_LINE_IN_TEXT = /\bactielijn\s*(\d+)\b/;
/** Lines c–g summarise action lines 1–5 (Bijlage 2), when the description does not say so itself. */
export const ACTION_LINE_OF_LETTER: Readonly<Record<string, number>> = { c: 1, d: 2, e: 3, f: 4, g: 5 };
/** Two empty rows end a table that has no Totaal row. */
const EMPTY_ROWS_ENDING_A_TABLE = 2;

type HeaderKind = { kind: "summary" } | { kind: "detail"; actionLine: number };

function headerKind(text: string): HeaderKind | null {
  const header = normalized(text);
  if (SUMMARY_HEADER.test(header)) return { kind: "summary" };
  const detail = DETAIL_HEADER.exec(header);
  return detail ? { kind: "detail", actionLine: Number(detail[1]) } : null;
}

function isTableHeader(sheet: GridSheet, row: number, col: number): boolean {
  return headerKind(textAt(sheet, row, col)) !== null && yearColumnsRightOf(sheet, row, col).length > 0;
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
  const described = ACTION_LINE_IN_TEXT.exec(normalized(descriptionOf(sheet, row, col, match[2])));
  const actionLine = described ? Number(described[1]) : (ACTION_LINE_OF_LETTER[lineId] ?? null);
  return { row, labelCol: col, label: `${lineId}.`, lineId, actionNumbers: [], actionLine };
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

function readTable(sheet: GridSheet, headerRow: number, headerCol: number, header: HeaderKind): AmountTable {
  const title = textAt(sheet, headerRow, headerCol);
  const years = yearColumnsRightOf(sheet, headerRow, headerCol);
  const lastCol = years.length > 0 ? years[years.length - 1].col : headerCol;
  const actionLine = header.kind === "detail" ? header.actionLine : null;
  const rows: AmountRow[] = [];
  let totalRow: number | null = null;
  let emptyRun = 0;
  for (let row = headerRow + 1; row <= bottomOf(sheet); row++) {
    if (rowIsEmpty(sheet, row, headerCol, lastCol)) {
      if (++emptyRun >= EMPTY_ROWS_ENDING_A_TABLE) break;
      continue;
    }
    emptyRun = 0;
    const label = textAt(sheet, row, headerCol);
    if (isTotalLabel(label) || isTotalLabel(textAt(sheet, row, headerCol - 1))) {
      totalRow = row;
      break;
    }
    if (isTableHeader(sheet, row, headerCol)) break;
    // The letter or number may also stand in its own column left of the title's column.
    const readRow = (col: number): AmountRow | null =>
      header.kind === "summary" ? summaryRow(sheet, row, col) : detailRow(sheet, row, col, header.actionLine);
    const parsed = readRow(headerCol) ?? (headerCol > sheet.left ? readRow(headerCol - 1) : null);
    const amountCols = years.map((year) => year.col);
    if (parsed) rows.push(parsed);
    else if (hasAmounts(sheet, row, amountCols)) {
      rows.push({ row, labelCol: headerCol, label, lineId: null, actionNumbers: [], actionLine });
    }
  }
  const lastBodyRow = totalRow !== null ? totalRow - 1 : (rows[rows.length - 1]?.row ?? headerRow);
  return {
    kind: header.kind,
    family: "brief",
    sheet,
    title,
    headerRow,
    headerCol,
    unitEuros: unitInHeader(title) ?? (header.kind === "summary" ? 1_000_000 : 10_000),
    years,
    rows,
    totalRow,
    lastBodyRow,
    actionLine,
  };
}

export function findLetterTables(sheet: GridSheet, candidates: readonly HeaderCandidate[]): AmountTable[] {
  const tables: AmountTable[] = [];
  for (const { row, col, text } of candidates) {
    const header = headerKind(text);
    if (!header || yearColumnsRightOf(sheet, row, col).length === 0) continue;
    const inside = tables.some((t) => t.headerCol === col && row > t.headerRow && row <= (t.totalRow ?? t.lastBodyRow));
    if (!inside) tables.push(readTable(sheet, row, col, header));
  }
  return tables;
}
