/**
 * Loads the action-plan model into the open workbook as Excel tables, safely and in at most three
 * round trips whatever the number of rows: one sync for the names of sheets and tables, one for the
 * contents of what already exists, one for every write (bulk values, tables added over written
 * ranges, calculation suspended). Nothing is written in a loop of syncs.
 *
 * Safe: an existing model table is compared, not replaced; the officer's edits are reported and
 * overwritten only with `overwriteEdits`; rows the officer added are never touched; the Scenarios
 * table holds the officer's own scenarios and is left alone; a sheet whose name the layout wants
 * but which holds something else is never taken over.
 */
import { renderLayout, TABLES, type SheetLayout, type TableLayout } from "../layout";
import { savedPlanRoomFormula } from "../layout/native-formulas";
import { columnsOf, isOldForm, scenariosFromRows } from "../layout/scenario-rows";
import { LETTER_PLAN } from "../model/letter/dataset";
import { BUILT_IN_PLANS } from "../model/plans/resolver";
import { overzichtYearColumn } from "../layout/overzicht";
import { planHorizon, type Plan, type SavedPlan } from "../model/schema";
import type { Horizon } from "../model/horizon/horizon";
import { compareTable, type CellDifference, type TableComparison } from "../load/compare-table";
import { cellInput } from "./literal-text";
import { columnLetter, overzichtFormulas, queueChart, queueFreeCells, queuePrint, queueTable } from "./write-layout";

/** missing: will be created; same: as the letter; edited: the officer changed it; conflict: a sheet used for something else. */
export type PartState = "missing" | "same" | "edited" | "conflict";

export interface PartPlan {
  /** The sheet or table as the officer knows it: "Begroting", "Scenario's", "Overzicht". */
  name: string;
  state: PartState;
  /** Dutch: what differs or why it is left alone; empty when there is nothing to say. */
  detail: string;
  /** Every edited cell, one Dutch line each (for a table in state edited). */
  differences: string[];
}

export interface LoadPlan {
  parts: PartPlan[];
}

export interface LoadSummary {
  /** Dutch lines: what was created, what was updated, what was left alone and why. */
  lines: string[];
  created: string[];
  updated: string[];
  leftAlone: string[];
}

export interface LoadOptions {
  overwriteEdits: boolean;
  plan?: Plan;
  scenarios?: SavedPlan[];
}

type Inspected =
  /** With `comparison`: the table is there and lacks only columns of the model, which the load adds. */
  | { layout: SheetLayout; state: "missing"; sheetExists: boolean; plan: PartPlan; comparison?: TableComparison }
  | { layout: SheetLayout; state: "conflict" | "same"; plan: PartPlan }
  | { layout: SheetLayout; state: "edited"; plan: PartPlan; comparison?: TableComparison; chartMissing?: boolean }
  | { layout: SheetLayout; state: "saved-plans"; plan: PartPlan; staleRows: string };

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const singularOr = (items: readonly unknown[], single: string, several: string) =>
  items.length === 1 ? single : several;
/** "kolom 2027", "kolommen 2027, 2028". */
const columnsNamed = (headers: readonly string[]) =>
  `${singularOr(headers, "kolom", "kolommen")} ${headers.join(", ")}`;

function part(name: string, state: PartState, detail = "", differences: string[] = []): PartPlan {
  return { name, state, detail, differences };
}

function conflictText(sheet: string): string {
  return `Het blad ${sheet} bestaat al en bevat iets anders; het wordt niet overgenomen. Geef dat blad een andere naam om het model te laden.`;
}

function editedDetail(comparison: TableComparison): string {
  const parts = [
    comparison.differences.length > 0
      ? `${count(comparison.differences.length, "cel wijkt", "cellen wijken")} af van de brief`
      : "",
    comparison.missingRows.length > 0
      ? `${count(comparison.missingRows.length, "rij ontbreekt", "rijen ontbreken")}`
      : "",
    comparison.addedRows.length > 0
      ? `${count(comparison.addedRows.length, "rij", "rijen")} door u toegevoegd (blijven staan)`
      : "",
    comparison.missingColumns.length > 0
      ? `${columnsNamed(comparison.missingColumns.map((column) => column.header))} ${singularOr(comparison.missingColumns, "ontbreekt", "ontbreken")} (${singularOr(comparison.missingColumns, "wordt", "worden")} toegevoegd)`
      : "",
    comparison.addedColumns.length > 0
      ? `${columnsNamed(comparison.addedColumns)} door u toegevoegd (${singularOr(comparison.addedColumns, "blijft", "blijven")} staan)`
      : "",
  ];
  return parts.filter((text) => text !== "").join("; ");
}

function judgeTable(layout: SheetLayout & { table: TableLayout }, header: unknown[], body: unknown[][]): Inspected {
  const table = layout.table;
  if (table.name === TABLES.scenarios) {
    return { layout, state: "same", plan: part(layout.name, "same", "Uw bewaarde scenario's blijven staan.") };
  }
  const comparison = compareTable(table, header, body);
  if (!comparison.headersMatch) {
    const detail = `De kolommen van de tabel ${table.name} wijken af van het model; de tabel wordt niet aangepast.`;
    return { layout, state: "conflict", plan: part(table.name, "conflict", detail) };
  }
  // What the officer added stays whatever the load does: with nothing else changed, the table is in order,
  // or lacks only the columns the load adds.
  if (comparison.differences.length + comparison.missingRows.length === 0) {
    const detail = editedDetail(comparison);
    return comparison.missingColumns.length > 0
      ? { layout, state: "missing", sheetExists: true, comparison, plan: part(table.name, "missing", detail) }
      : { layout, state: "same", plan: part(table.name, "same", detail) };
  }
  const differences = comparison.differences.map((difference) => difference.description);
  return {
    layout,
    state: "edited",
    comparison,
    plan: part(table.name, "edited", editedDetail(comparison), differences),
  };
}

/** What the second sync reads for one sheet of the layout. */
type Pending =
  | { kind: "table"; layout: SheetLayout & { table: TableLayout }; header: Excel.Range; body: Excel.Range }
  | { kind: "absent"; layout: SheetLayout }
  | { kind: "sheet"; layout: SheetLayout; used: Excel.Range }
  | { kind: "overzicht"; layout: SheetLayout; used: Excel.Range; charts: Excel.ChartCollection };

/**
 * The saved plans the Overzicht lists: those of the workbook's own Scenarios table when it has one
 * (the load leaves it alone), else those the load writes. Rows that do not read list none; the
 * validator's scenario-row rule names them.
 */
function savedPlansIn(pending: Pending[], written: readonly SavedPlan[]) {
  const table = pending.find((item) => item.kind === "table" && item.layout.table.name === TABLES.scenarios);
  if (!table || table.kind !== "table") return { saved: written, savedPlanFormulas: true };
  const columns = columnsOf(table.header.values[0]);
  const saved = columns.ok ? scenariosFromRows(table.body.values, columns.value) : columns;
  return {
    saved: saved.ok ? saved.value : [],
    savedPlanFormulas: columns.ok && !isOldForm(columns.value),
  };
}

/**
 * Two syncs: the names of sheets and tables, then the contents of what exists. No writes.
 * Returns what the load would do for each sheet of the layout.
 */
async function inspect(
  context: Excel.RequestContext,
  plan: Plan,
  scenarios: readonly SavedPlan[],
): Promise<Inspected[]> {
  const layouts = renderLayout(plan, scenarios).sheets;
  const worksheets = context.workbook.worksheets;
  const tables = context.workbook.tables;
  worksheets.load("items/name");
  tables.load("items/name");
  await context.sync();
  const sheetNames = new Set(worksheets.items.map((sheet) => sheet.name.toLowerCase()));
  const tableNames = new Set(tables.items.map((table) => table.name.toLowerCase()));

  const pending = layouts.map((layout): Pending => {
    if (layout.table && tableNames.has(layout.table.name.toLowerCase())) {
      const table = tables.getItem(layout.table.name);
      const header = table.getHeaderRowRange().load("values");
      const body = table.getDataBodyRange().load("values");
      return { kind: "table", layout: { ...layout, table: layout.table }, header, body };
    }
    if (!sheetNames.has(layout.name.toLowerCase())) return { kind: "absent", layout };
    const sheet = worksheets.getItem(layout.name);
    if (layout.table) return { kind: "sheet", layout, used: sheet.getUsedRangeOrNullObject(true).load("address") };
    // The whole used range: how far the Overzicht reaches depends on the saved plans, read in this sync too.
    const used = sheet.getUsedRangeOrNullObject(true).load("address, formulas");
    const charts = sheet.charts.load("items/name");
    return { kind: "overzicht", layout, used, charts };
  });
  await context.sync();
  const { saved, savedPlanFormulas } = savedPlansIn(pending, scenarios);
  const overzicht = renderLayout(plan, saved, { savedPlanFormulas }).sheets.find((layout) => !layout.table)!;
  return pending.map((item) =>
    judge(
      item.kind !== "table" && item.layout.table === null ? { ...item, layout: overzicht } : item,
      planHorizon(plan),
    ),
  );
}

const SAVED_PLAN_LABEL = /^Ruimte in de reserve: (.+) \(bewaard plan(, vast bedrag)?\)$/;

/** A row as the Overzicht writes it for a saved plan: its label, then per year its formula, amount or NA(). */
function isSavedPlanRow(row: readonly unknown[], reserveRow: number, horizon: Horizon): boolean {
  const label = SAVED_PLAN_LABEL.exec(String(row[0]));
  if (!label || row[1] !== "") return false;
  const [, name, fixedAmount] = label;
  return horizon.planYears.every((year) => {
    const column = overzichtYearColumn(horizon, year);
    const cell = row[column];
    if (cell === "=NA()") return true;
    if (fixedAmount) return typeof cell === "number";
    const reserveCell = `${columnLetter(column)}${reserveRow}`;
    return cell === `=${savedPlanRoomFormula(name, year, horizon.firstPlanYear, reserveCell)}`;
  });
}

/**
 * True when the rows from `from` to the end of the used range differ from the model's only in their
 * saved-plan rows: with those left out, both are the same rows. Anything an officer typed there (a
 * note below, a changed formula) makes it an edit, left alone without consent.
 */
function onlySavedPlanRowsDiffer(
  actual: unknown[][],
  expected: unknown[][],
  [from, width]: [number, number],
  horizon: Horizon,
): boolean {
  const reserveRow = from - 1 - BUILT_IN_PLANS.length;
  const rest = (rows: unknown[][]) => {
    const kept = rows
      .slice(from - 1)
      .map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ""))
      .filter((row) => !isSavedPlanRow(row, reserveRow, horizon));
    while (kept.length > 0 && kept[kept.length - 1].every((cell) => cell === "")) kept.pop();
    return JSON.stringify(kept);
  };
  return rest(actual) === rest(expected);
}

const startsAtA1 = (address: string) => /^(?:.*!)?\$?A\$?1(?::|$)/.test(address);

/**
 * Only the rows that follow the saved plans differ: the officer saved, renamed or deleted a plan since
 * the Overzicht was written. Those rows are the model's own, so the load brings them up to date without
 * asking, clearing what the old rows left below.
 */
function savedPlansChanged(layout: SheetLayout, from: number, width: number, usedAddress: string): Inspected {
  const lastRow = Number(/(\d+)$/.exec(usedAddress.replace(/\$/g, ""))![1]);
  const detail = "De ruimte van de bewaarde plannen wordt bijgewerkt.";
  return {
    layout,
    state: "saved-plans",
    plan: part(layout.name, "missing", detail),
    staleRows: `A${from}:${columnLetter(width - 1)}${Math.max(from, lastRow)}`,
  };
}

function judge(item: Pending, horizon: Horizon): Inspected {
  const { layout } = item;
  if (item.kind === "table") return judgeTable(item.layout, item.header.values[0], item.body.values);
  if (item.kind === "absent" || item.used.isNullObject) {
    return { layout, state: "missing", sheetExists: item.kind !== "absent", plan: part(layout.name, "missing") };
  }
  const expected = overzichtFormulas(layout);
  const actual: unknown[][] = item.kind === "overzicht" && startsAtA1(item.used.address) ? item.used.formulas : [];
  if (item.kind === "sheet" || actual[0]?.[0] !== expected[0][0]) {
    return { layout, state: "conflict", plan: part(layout.name, "conflict", conflictText(layout.name)) };
  }
  const changed = expected.flatMap((row, r) =>
    row.flatMap((formula, c) => ((actual[r]?.[c] ?? "") !== formula ? [r + 1] : [])),
  );
  const changedCells = changed.length;
  const chartMissing = layout.chart !== null && !item.charts.items.some((chart) => chart.name === layout.chart!.name);
  if (changedCells === 0 && !chartMissing) return { layout, state: "same", plan: part(layout.name, "same") };
  const savedFrom = layout.followsSavedPlansFrom;
  if (
    savedFrom !== undefined &&
    !chartMissing &&
    changed.every((row) => row >= savedFrom) &&
    onlySavedPlanRowsDiffer(actual, expected, [savedFrom, expected[0].length], horizon)
  ) {
    return savedPlansChanged(layout, savedFrom, expected[0].length, item.used.address);
  }
  const detail = [
    changedCells > 0 ? `${count(changedCells, "cel wijkt", "cellen wijken")} af van het model` : "",
    chartMissing ? "de grafiek ontbreekt" : "",
  ]
    .filter((text) => text !== "")
    .join("; ");
  return { layout, state: "edited", chartMissing, plan: part(layout.name, "edited", detail) };
}

/** What a load would change, in two syncs and without writing anything. */
export async function planLoad(
  context: Excel.RequestContext,
  plan: Plan = LETTER_PLAN,
  scenarios: SavedPlan[] = [],
): Promise<LoadPlan> {
  const inspected = await inspect(context, plan, scenarios);
  return { parts: inspected.map((item) => item.plan) };
}

function queueCreate(context: Excel.RequestContext, item: Inspected & { state: "missing" }): void {
  const sheet = item.sheetExists
    ? context.workbook.worksheets.getItem(item.layout.name)
    : context.workbook.worksheets.add(item.layout.name);
  if (item.layout.table) queueTable(sheet, item.layout.table);
  else {
    queueFreeCells(sheet, item.layout);
    queueChart(sheet, item.layout);
  }
  queuePrint(sheet, item.layout.print);
}

/** The model's columns an older table lacks, at its right edge; adding them loses nothing, so no consent. */
function queueMissingColumns(context: Excel.RequestContext, name: string, comparison: TableComparison): void {
  const table = context.workbook.tables.getItem(name);
  for (const column of comparison.missingColumns) {
    table.columns.add(
      undefined,
      column.values.map((value) => [cellInput(value)]),
      column.header,
    );
  }
}

/** With consent: the edited model cells get the letter's values again, missing rows come back. */
function queueUpdate(context: Excel.RequestContext, item: Inspected & { state: "edited" }): void {
  const sheet = context.workbook.worksheets.getItem(item.layout.name);
  if (!item.comparison || !item.layout.table) {
    queueFreeCells(sheet, item.layout);
    if (item.chartMissing) queueChart(sheet, item.layout);
    return;
  }
  const table = context.workbook.tables.getItem(item.layout.table.name);
  const body = table.getDataBodyRange();
  item.comparison.differences.forEach((difference: CellDifference) => {
    body.getCell(difference.bodyIndex, difference.columnIndex).values = [[cellInput(difference.model)]];
  });
  if (item.comparison.missingRows.length > 0) {
    table.rows.add(
      undefined,
      item.comparison.missingRows.map((row) => row.map(cellInput)),
    );
  }
}

function queueSavedPlans(context: Excel.RequestContext, item: Inspected & { state: "saved-plans" }): void {
  const sheet = context.workbook.worksheets.getItem(item.layout.name);
  sheet.getRange(item.staleRows).clear();
  queueFreeCells(sheet, item.layout);
}

/** A table that gets the model's columns it lacked: its name and their headers. */
interface Widened {
  name: string;
  headers: string[];
}

function summaryLines(
  created: string[],
  refreshed: string[],
  widened: Widened[],
  updated: string[],
  leftAlone: string[],
): string[] {
  const lines = [
    ...created.map((name) => `${name}: aangemaakt.`),
    ...refreshed.map((name) => `${name}: de ruimte van de bewaarde plannen is bijgewerkt.`),
    ...widened.map(({ name, headers }) => `${name}: ${columnsNamed(headers)} toegevoegd.`),
    ...updated.map((name) => `${name}: uw wijzigingen zijn vervangen door de cijfers uit de brief.`),
    ...leftAlone,
  ];
  return lines.length > 0 ? lines : ["Niets te doen: de werkmap bevat het model al."];
}

/**
 * Loads the model: at most three syncs (two to inspect, one to write, none when nothing changes).
 * Edits are overwritten only when `overwriteEdits` is true; conflicts are never resolved by force.
 */
export async function loadModel(context: Excel.RequestContext, options: LoadOptions): Promise<LoadSummary> {
  const inspected = await inspect(context, options.plan ?? LETTER_PLAN, options.scenarios ?? []);
  const created: string[] = [];
  const refreshed: string[] = [];
  const updated: string[] = [];
  const widened: Widened[] = [];
  const leftAlone: string[] = [];
  for (const item of inspected) {
    const name = item.plan.name;
    const lacking = item.state === "missing" || item.state === "edited" ? (item.comparison?.missingColumns ?? []) : [];
    if (lacking.length > 0) widened.push({ name, headers: lacking.map((column) => column.header) });
    if (item.state === "missing" && !item.comparison) created.push(name);
    else if (item.state === "saved-plans") refreshed.push(name);
    else if (item.state === "edited" && options.overwriteEdits) updated.push(name);
    else if (item.state === "edited") {
      leftAlone.push(
        `${name}: niet aangepast, want u hebt het gewijzigd (${item.plan.detail}). Kies "overschrijven" om de brief terug te zetten.`,
      );
    } else if (item.state === "conflict") leftAlone.push(`${name}: ${item.plan.detail}`);
  }
  if (created.length + refreshed.length + updated.length + widened.length > 0) {
    context.workbook.application.suspendApiCalculationUntilNextSync();
    for (const item of inspected) {
      if ((item.state === "missing" || item.state === "edited") && item.comparison && item.layout.table) {
        queueMissingColumns(context, item.layout.table.name, item.comparison);
      }
      if (item.state === "missing" && !item.comparison) queueCreate(context, item);
      else if (item.state === "saved-plans") queueSavedPlans(context, item);
      else if (item.state === "edited" && options.overwriteEdits) queueUpdate(context, item);
    }
    await context.sync();
  }
  return {
    lines: summaryLines(created, refreshed, widened, updated, leftAlone),
    created,
    updated: [...new Set([...refreshed, ...widened.map(({ name }) => name), ...updated])],
    leftAlone,
  };
}
