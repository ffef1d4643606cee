/**
 * Finds the tables the add-in writes (docs/contracts/layout.md), by their column headers rather
 * than by sheet or table name, so a copied or moved table is still judged. Amounts are in euros.
 */
import { actionNumbersOf } from "../../model/letter/dataset";
import type { FormulaEvaluator } from "../formula";
import { bottomOf, cellAt, textAt, type GridSheet } from "../grid";
import { actionLineOf } from "../../model/lines/identify";
import {
  hasYears,
  isTotalLabel,
  normalized,
  rowIsEmpty,
  yearColumnsRightOf,
  type HeaderCandidate,
  type YearHeaders,
} from "./headers";
import type { AmountRow, AmountTable, KaderTable, ProposalRow, ProposalTable, ScenarioTable } from "./tables";

const BEGROTING_LEAD = ["regel", "omschrijving"];
const ACTIES_LEAD = ["nr", "actielijn", "actie"];
const VOORSTELLEN = [
  "nr",
  "thema",
  "prioriteit",
  "voorstel",
  "toelichting",
  "kosten",
  "status",
  "incidenteel",
  "structureel",
  "hoog",
];
const SCENARIOS = ["scenario", "voorstel", "startjaar"];
const SCENARIO_PLAN_COLUMNS = ["schrap", "plan"];
const LINE_ID = /^([a-z])\.?$/;
const KADER = ["jaar", "kader", "fase"];

function headersAt(sheet: GridSheet, row: number, col: number, names: readonly string[]): boolean {
  return names.every((name, i) => normalized(textAt(sheet, row, col + i)) === name);
}

/** Rows of a ListObject body: contiguous, so the first empty row ends it. */
function bodyRows(sheet: GridSheet, headerRow: number, from: number, to: number): number[] {
  const rows: number[] = [];
  for (let row = headerRow + 1; row <= bottomOf(sheet) && !rowIsEmpty(sheet, row, from, to); row++) rows.push(row);
  return rows;
}

function integerIn(sheet: GridSheet, row: number, col: number): number | null {
  const value = cellAt(sheet, row, col)?.value;
  const number = typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof number === "number" && Number.isInteger(number) ? number : null;
}

function amountTable(
  sheet: GridSheet,
  headerRow: number,
  headerCol: number,
  kind: "summary" | "detail",
  headers: YearHeaders,
  readRow: (row: number) => AmountRow | "total",
): AmountTable {
  const { years, unread } = headers;
  const lastCol = Math.max(...years.map((year) => year.col), ...unread.map((cell) => cell.col)) + 1;
  const rows: AmountRow[] = [];
  let totalRow: number | null = null;
  for (const row of bodyRows(sheet, headerRow, headerCol, lastCol)) {
    const read = readRow(row);
    if (read === "total") totalRow = row;
    else rows.push(read);
  }
  return {
    kind,
    family: "invoegtoepassing",
    sheet,
    title: kind === "summary" ? "Begroting" : "Acties",
    titleRow: headerRow,
    headerRow,
    headerCol,
    unitEuros: 1,
    years: unread.length > 0 ? [] : years,
    unread,
    rows,
    totalRow,
    lastBodyRow: totalRow !== null ? totalRow - 1 : (rows[rows.length - 1]?.row ?? headerRow),
    actionLine: null,
  };
}

function begroting(sheet: GridSheet, headerRow: number, col: number, headers: YearHeaders): AmountTable {
  return amountTable(sheet, headerRow, col, "summary", headers, (row) => {
    const label = textAt(sheet, row, col);
    if (isTotalLabel(label) || isTotalLabel(textAt(sheet, row, col + 1))) return "total";
    const lineId = LINE_ID.exec(normalized(label))?.[1] ?? null;
    const actionLine = actionLineOf(lineId, normalized(textAt(sheet, row, col + 1)));
    return { row, labelCol: col, label, lineId, actionNumbers: [], actionLine };
  });
}

function acties(sheet: GridSheet, headerRow: number, col: number, headers: YearHeaders): AmountTable {
  return amountTable(sheet, headerRow, col, "detail", headers, (row) => {
    const label = textAt(sheet, row, col);
    const numbers = /^\d+(?:\s*(?:en|,|&)\s*\d+)*$/.test(label) ? actionNumbersOf(label) : [];
    const actionLine = integerIn(sheet, row, col + 1) ?? Number(/\d+/.exec(textAt(sheet, row, col + 1))?.[0] ?? NaN);
    return {
      row,
      labelCol: col,
      label,
      lineId: null,
      actionNumbers: numbers,
      actionLine: Number.isInteger(actionLine) ? actionLine : null,
    };
  });
}

/** The description of an action in the add-in's Acties table: the column "Actie" beside Nr and Actielijn. */
export function actiesDescription(sheet: GridSheet, row: AmountRow): string {
  return textAt(sheet, row.row, row.labelCol + ACTIES_LEAD.indexOf("actie"));
}

function voorstellen(sheet: GridSheet, headerRow: number, col: number): ProposalTable {
  const column = (name: string): number => col + VOORSTELLEN.indexOf(name);
  const rows: ProposalRow[] = [];
  for (const row of bodyRows(sheet, headerRow, col, col + VOORSTELLEN.length - 1)) {
    rows.push({ row, number: integerIn(sheet, row, col) ?? 0, numberCol: col });
  }
  return {
    family: "invoegtoepassing",
    sheet,
    title: "Voorstellen",
    headerRow,
    textCol: column("voorstel"),
    appraisalCol: column("toelichting"),
    costCol: column("kosten"),
    amountCols: [column("incidenteel"), column("structureel"), column("hoog")],
    rows,
  };
}

/** The older form stops after Startjaar; the five-column form has Schrap and Plan after it. */
function scenarios(sheet: GridSheet, headerRow: number, col: number): ScenarioTable {
  const newForm = headersAt(sheet, headerRow, col + SCENARIOS.length, SCENARIO_PLAN_COLUMNS);
  const width = SCENARIOS.length + (newForm ? SCENARIO_PLAN_COLUMNS.length : 0);
  return {
    sheet,
    headerRow,
    nameCol: col,
    proposalCol: col + 1,
    startYearCol: col + 2,
    cutCol: newForm ? col + 3 : null,
    planCol: newForm ? col + 4 : null,
    width,
    rows: bodyRows(sheet, headerRow, col, col + width - 1),
  };
}

function kader(sheet: GridSheet, headerRow: number, col: number): KaderTable {
  const rows = bodyRows(sheet, headerRow, col, col + KADER.length - 1).map((row) => ({
    row,
    year: integerIn(sheet, row, col),
  }));
  return { sheet, headerRow, yearCol: col, frameCol: col + 1, phaseCol: col + 2, rows };
}

export interface AddinTables {
  amountTables: AmountTable[];
  proposalTables: ProposalTable[];
  scenarioTables: ScenarioTable[];
  kaderTables: KaderTable[];
}

export function findAddinTables(
  sheet: GridSheet,
  candidates: readonly HeaderCandidate[],
  evaluator: FormulaEvaluator,
): AddinTables {
  const found: AddinTables = { amountTables: [], proposalTables: [], scenarioTables: [], kaderTables: [] };
  const yearsAfter = (row: number, col: number, lead: readonly string[]): YearHeaders =>
    yearColumnsRightOf(sheet, row, col + lead.length - 1, evaluator);
  for (const { row, col, text } of candidates) {
    const first = normalized(text);
    if (first === "regel" && headersAt(sheet, row, col, BEGROTING_LEAD)) {
      const headers = yearsAfter(row, col, BEGROTING_LEAD);
      if (hasYears(headers)) found.amountTables.push(begroting(sheet, row, col, headers));
    } else if (first === "nr" && headersAt(sheet, row, col, ACTIES_LEAD)) {
      const headers = yearsAfter(row, col, ACTIES_LEAD);
      if (hasYears(headers)) found.amountTables.push(acties(sheet, row, col, headers));
    } else if (first === "nr" && headersAt(sheet, row, col, VOORSTELLEN)) {
      found.proposalTables.push(voorstellen(sheet, row, col));
    } else if (first === "scenario" && headersAt(sheet, row, col, SCENARIOS)) {
      found.scenarioTables.push(scenarios(sheet, row, col));
    } else if (first === "jaar" && headersAt(sheet, row, col, KADER)) {
      found.kaderTables.push(kader(sheet, row, col));
    }
  }
  return found;
}
