/**
 * Finds proposal tables laid out like Bijlage 1: a header row with "Geschatte kosten", the theme and
 * priority in its first cell, and below it rows that start with the proposal number.
 */
import { bottomOf, cellAt, textAt, type GridSheet } from "../grid";
import { normalized, type HeaderCandidate } from "./headers";
import type { ProposalRow, ProposalTable } from "./tables";

const COST_HEADER = /^geschatte kosten(?:\s*\(.*\))?:?$/;
const APPRAISAL_HEADER = /toelichting|appreciatie/;
/** Bijlage 1: number, proposal, appraisal, cost; the number column stands at most this far left. */
const MAX_COLUMNS_LEFT_OF_COST = 4;

function proposalNumber(sheet: GridSheet, row: number, col: number): number | null {
  const value = cellAt(sheet, row, col)?.value;
  const number = typeof value === "string" && /^\s*\d+\.?\s*$/.test(value) ? parseInt(value, 10) : value;
  return typeof number === "number" && Number.isInteger(number) && number > 0 ? number : null;
}

/** Bijlage 1 puts the appraisal between the proposal and the cost: the column its header names, else the one before the cost. */
function appraisalColumn(sheet: GridSheet, headerRow: number, textCol: number, costCol: number): number | null {
  for (let col = textCol + 1; col < costCol; col++) {
    if (APPRAISAL_HEADER.test(normalized(textAt(sheet, headerRow, col)))) return col;
  }
  return costCol - 1 > textCol ? costCol - 1 : null;
}

function readTable(sheet: GridSheet, headerRow: number, costCol: number): ProposalTable | null {
  let numberCol: number | null = null;
  for (let col = costCol - 1; col >= Math.max(sheet.left, costCol - MAX_COLUMNS_LEFT_OF_COST); col--) {
    if (textAt(sheet, headerRow, col) !== "") numberCol = col;
  }
  if (numberCol === null) return null;
  const rows: ProposalRow[] = [];
  let emptyRun = 0;
  for (let row = headerRow + 1; row <= bottomOf(sheet) && emptyRun < 2; row++) {
    const label = textAt(sheet, row, numberCol);
    const number = proposalNumber(sheet, row, numberCol);
    if (number !== null) rows.push({ row, number, numberCol });
    else if (label !== "") break;
    emptyRun = label === "" && textAt(sheet, row, costCol) === "" ? emptyRun + 1 : 0;
  }
  if (rows.length === 0) return null;
  const title = textAt(sheet, headerRow, numberCol);
  const textCol = numberCol + 1;
  return {
    family: "brief",
    sheet,
    title,
    headerRow,
    textCol,
    appraisalCol: appraisalColumn(sheet, headerRow, textCol, costCol),
    costCol,
    amountCols: [],
    rows,
  };
}

export function findProposalTables(sheet: GridSheet, candidates: readonly HeaderCandidate[]): ProposalTable[] {
  const tables: ProposalTable[] = [];
  for (const { row, col, text } of candidates) {
    if (!COST_HEADER.test(normalized(text))) continue;
    const table = readTable(sheet, row, col);
    if (table) tables.push(table);
  }
  return tables;
}
