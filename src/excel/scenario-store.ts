/**
 * The scenarios the proposal picker saves, kept in the workbook's `Scenarios` table (one row per
 * proposal: Scenario, Voorstel, Startjaar) so `=SAMEN.GAP("naam")` answers for them. Rows of other
 * scenarios are never touched; columns are found by their header, so a reordered table still works.
 */
import { invalid, notAvailable, ok, type Result } from "../model/result";
import { normalizeScenarioName } from "../model/scenarios";
import { SavedScenarioSchema, type SavedScenario } from "../model/schema";
import {
  columnsOf,
  isBlankRow,
  rowName,
  SCENARIO_TABLE,
  ScenarioNameSchema,
  scenariosFromRows,
  type Columns,
} from "../layout/scenario-rows";

const MISSING_TABLE = `De tabel ${SCENARIO_TABLE} ontbreekt: laad eerst het model (Model laden).`;

interface TableRows {
  table: Excel.Table;
  columns: Columns;
  rows: unknown[][];
}

async function readTable(context: Excel.RequestContext): Promise<Result<TableRows>> {
  const table = context.workbook.tables.getItemOrNullObject(SCENARIO_TABLE);
  await context.sync();
  if (table.isNullObject) return notAvailable(MISSING_TABLE);
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("values");
  await context.sync();
  const columns = columnsOf(header.values[0] ?? []);
  return columns.ok ? ok({ table, columns: columns.value, rows: body.values }) : columns;
}

export async function readScenarios(context: Excel.RequestContext): Promise<Result<SavedScenario[]>> {
  const read = await readTable(context);
  return read.ok ? scenariosFromRows(read.value.rows, read.value.columns) : read;
}

function rowOf(columns: Columns, name: string, proposal: number, startYear: number): (string | number)[] {
  const row: (string | number)[] = new Array(columns.width).fill("");
  row[columns.name] = name;
  row[columns.proposal] = proposal;
  row[columns.startYear] = startYear;
  return row;
}

/** Deletes from the bottom up, so the indexes still to delete keep pointing at the same rows. */
function deleteRows(table: Excel.Table, indexes: number[]): void {
  for (const index of [...indexes].sort((a, b) => b - a)) table.rows.getItemAt(index).delete();
}

/** Saves (or replaces) a scenario: its old rows and blank rows go, one new row per proposal. */
export async function saveScenario(context: Excel.RequestContext, scenario: SavedScenario): Promise<Result<void>> {
  const name = ScenarioNameSchema.safeParse(scenario.name);
  if (!name.success) return invalid(name.error.issues[0].message);
  const startYear = SavedScenarioSchema.shape.startYear.safeParse(scenario.startYear);
  if (!startYear.success) return invalid("Het startjaar moet 2024, 2025 of 2026 zijn.");
  if (scenario.proposals.length === 0) return invalid("Kies eerst een of meer voorstellen.");
  const read = await readTable(context);
  if (!read.ok) return read;
  const { table, columns, rows } = read.value;
  const key = normalizeScenarioName(name.data);
  const stale = rows.flatMap((row, index) => (isBlankRow(row) || rowName(row, columns) === key ? [index] : []));
  deleteRows(table, stale);
  const numbers = [...new Set(scenario.proposals)].sort((a, b) => a - b);
  table.rows.add(
    undefined,
    numbers.map((number) => rowOf(columns, name.data, number, startYear.data)),
  );
  await context.sync();
  return ok(undefined);
}

export async function renameScenario(context: Excel.RequestContext, from: string, to: string): Promise<Result<void>> {
  const name = ScenarioNameSchema.safeParse(to);
  if (!name.success) return invalid(name.error.issues[0].message);
  const read = await readTable(context);
  if (!read.ok) return read;
  const { table, columns, rows } = read.value;
  const [fromKey, toKey] = [normalizeScenarioName(from), normalizeScenarioName(name.data)];
  if (fromKey !== toKey && rows.some((row) => rowName(row, columns) === toKey)) {
    return invalid(`Er is al een scenario "${name.data}".`);
  }
  const indexes = rows.flatMap((row, index) => (rowName(row, columns) === fromKey ? [index] : []));
  if (indexes.length === 0) return notAvailable(`Scenario "${from}" staat niet (meer) in de tabel ${SCENARIO_TABLE}.`);
  const body = table.getDataBodyRange();
  for (const index of indexes) body.getCell(index, columns.name).values = [[name.data]];
  await context.sync();
  return ok(undefined);
}

export async function deleteScenario(context: Excel.RequestContext, name: string): Promise<Result<void>> {
  const read = await readTable(context);
  if (!read.ok) return read;
  const { table, columns, rows } = read.value;
  const key = normalizeScenarioName(name);
  const indexes = rows.flatMap((row, index) => (rowName(row, columns) === key ? [index] : []));
  if (indexes.length === 0) return notAvailable(`Scenario "${name}" staat niet (meer) in de tabel ${SCENARIO_TABLE}.`);
  deleteRows(table, indexes);
  await context.sync();
  return ok(undefined);
}
