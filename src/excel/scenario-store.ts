/**
 * The plans the pane saves, kept in the workbook's `Scenarios` table (one row per part: a proposal with
 * its start year, a cut action, or a reference to another plan) so `=SAMEN.GAP("naam")` answers for
 * them. Rows of other plans are never touched; columns are found by their header, so a reordered table
 * still works, and a table in the older three-column form gets the columns Schrap and Plan on the next
 * save, keeping every row it has.
 */
import { invalid, notAvailable, ok, type Result } from "../model/result";
import { normalizePlanName } from "../model/plans/resolver";
import { SavedPlanSchema, type SavedPlan } from "../model/schema";
import { yearChoices } from "../model/horizon/horizon";
import {
  columnsOf,
  isBlankRow,
  NEW_SCENARIO_COLUMNS,
  rowName,
  rowOfPart,
  SCENARIO_HEADERS,
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

export async function readScenarios(context: Excel.RequestContext): Promise<Result<SavedPlan[]>> {
  const read = await readTable(context);
  return read.ok ? scenariosFromRows(read.value.rows, read.value.columns) : read;
}

/** Deletes from the bottom up, so the indexes still to delete keep pointing at the same rows. */
function deleteRows(table: Excel.Table, indexes: number[]): void {
  for (const index of [...indexes].sort((a, b) => b - a)) table.rows.getItemAt(index).delete();
}

/** Queues the columns an older table lacks, at its right edge, and says where they will be. */
function addNewColumns(table: Excel.Table, columns: Columns): Columns {
  const widened = { ...columns };
  for (const key of NEW_SCENARIO_COLUMNS) {
    if (widened[key] >= 0) continue;
    table.columns.add(undefined, undefined, SCENARIO_HEADERS[key]);
    widened[key] = widened.width;
    widened.width += 1;
  }
  return widened;
}

/**
 * Saves (or replaces) a plan under its name: its old rows and blank rows go, one new row per part, in
 * its order. The pane saves a resolved plan expanded (PlanQueries.savedPlanOf): proposal rows, cut rows.
 */
export async function saveScenario(
  context: Excel.RequestContext,
  plan: SavedPlan,
  planYears: readonly number[],
): Promise<Result<void>> {
  const name = ScenarioNameSchema.safeParse(plan.name);
  if (!name.success) return invalid(name.error.issues[0].message);
  if (plan.parts.length === 0) return invalid("Kies eerst een of meer voorstellen of acties.");
  const parts = SavedPlanSchema.shape.parts.safeParse(plan.parts);
  const wrongYear = plan.parts.some(
    (part) => part.kind === "proposal" && part.startYear !== null && !planYears.includes(part.startYear),
  );
  if (!parts.success || wrongYear) return invalid(`Het startjaar moet ${yearChoices(planYears)} zijn.`);
  const read = await readTable(context);
  if (!read.ok) return read;
  const { table, rows } = read.value;
  const key = normalizePlanName(name.data);
  const stale = rows.flatMap((row, index) =>
    isBlankRow(row) || rowName(row, read.value.columns) === key ? [index] : [],
  );
  deleteRows(table, stale);
  const columns = addNewColumns(table, read.value.columns);
  table.rows.add(
    undefined,
    parts.data.map((part) => rowOfPart(columns, name.data, part)),
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
  const [fromKey, toKey] = [normalizePlanName(from), normalizePlanName(name.data)];
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
  const key = normalizePlanName(name);
  const indexes = rows.flatMap((row, index) => (rowName(row, columns) === key ? [index] : []));
  if (indexes.length === 0) return notAvailable(`Scenario "${name}" staat niet (meer) in de tabel ${SCENARIO_TABLE}.`);
  deleteRows(table, indexes);
  await context.sync();
  return ok(undefined);
}
