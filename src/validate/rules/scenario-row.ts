import { columnsOf, groupRows, readScenarioRow, type ScenarioColumn } from "../../layout/scenario-rows";
import { PlanResolver } from "../../model/plans/resolver";
import type { SavedPlanPart } from "../../model/schema";
import { workbookHorizon } from "../horizon";
import { choosePlanYear } from "../../model/horizon/horizon";
import { normalizePlanName } from "../../model/plans/plan-text";
import type { ScenarioTable } from "../detect/tables";
import { workbookPlanWorld } from "../plan-world";
import { cellAt, parseA1, textAt } from "../grid";
import { report, type Report, type Rule } from "../rule";

interface ReadRow {
  row: number;
  name: string;
  part: SavedPlanPart;
}

/** What does not read as a number is not-a-number's finding; this rule judges the rows that read. */
function readRows(table: ScenarioTable, reports: Report[]): ReadRow[] {
  const cols = Array.from({ length: table.width }, (_, i) => table.nameCol + i);
  const columns = columnsOf(cols.map((col) => textAt(table.sheet, table.headerRow, col)));
  if (!columns.ok) return [];
  const numberCols = [table.proposalCol, table.startYearCol, table.cutCol].filter((col) => col !== null);
  const read: ReadRow[] = [];
  table.rows.forEach((row, index) => {
    if (numberCols.some((col) => !/^\d*$/.test(textAt(table.sheet, row, col)))) return;
    const values = cols.map((col) => cellAt(table.sheet, row, col)?.value ?? "");
    const reading = readScenarioRow(values, columns.value, index + 1);
    if (reading.ok) read.push({ row, name: reading.name, part: reading.part });
    else
      reports.push(
        report(table.sheet, row, table.nameCol + columns.value[reading.column as ScenarioColumn], reading.message),
      );
  });
  return read;
}

/**
 * A scenario whose rows each read may still be what no function can read as a whole: the functions
 * join its rows into one plan text, which has a limit (MAX_PLAN_TEXT). Each scenario without a finding
 * on its rows is resolved by its name, as =SAMEN.GAP("naam"; …) does, and named at its first row when
 * that fails.
 */
function unreadableScenarios(
  table: ScenarioTable,
  rows: readonly ReadRow[],
  resolver: PlanResolver,
  found: readonly Report[],
): Report[] {
  const flagged = new Set(
    found.filter((finding) => finding.sheet === table.sheet.name).map((finding) => parseA1(finding.cell)?.row),
  );
  const firstRow = new Map<string, ReadRow>();
  const clean = new Map<string, boolean>();
  for (const read of rows) {
    const key = normalizePlanName(read.name);
    if (!firstRow.has(key)) firstRow.set(key, read);
    clean.set(key, (clean.get(key) ?? true) && !flagged.has(read.row));
  }
  const reports: Report[] = [];
  for (const [key, { row, name }] of firstRow) {
    if (!clean.get(key)) continue;
    const resolved = resolver.resolve(name);
    if (!resolved.ok)
      reports.push(
        report(
          table.sheet,
          row,
          table.nameCol,
          `${resolved.message} (de rijen van het scenario samen, zoals de functies ze lezen)`,
        ),
      );
  }
  return reports;
}

export const scenarioRow: Rule = {
  meta: {
    id: "scenario-row",
    severity: "error",
    description:
      "Een bewaard scenario noemt een onbekend voorstel of een onbekende actie, een startjaar buiten de planjaren of een plan dat niet te lezen is.",
  },
  check(context) {
    const reports: Report[] = [];
    const { planYears } = workbookHorizon(context);
    const choose = choosePlanYear(planYears);
    for (const table of context.tables.scenarioTables) {
      const rows = readRows(table, reports);
      const world = workbookPlanWorld(context, groupRows(rows));
      const resolver = new PlanResolver(world);
      for (const { row, name, part } of rows) {
        const at = (col: number, message: string) => reports.push(report(table.sheet, row, col, message));
        if (part.kind === "proposal") {
          if (!world.proposals.has(part.proposal))
            at(table.proposalCol, `Scenario "${name}" noemt onbekend voorstel ${part.proposal}.`);
          if (part.startYear !== null && !planYears.includes(part.startYear)) {
            at(table.startYearCol, `Scenario "${name}": startjaar ${part.startYear} kan niet; ${choose}.`);
          }
        } else if (part.kind === "cut") {
          if (!world.actions.has(part.action))
            at(table.cutCol!, `Scenario "${name}" schrapt onbekende actie ${part.action}.`);
        } else {
          const resolved = resolver.resolve(part.plan);
          if (!resolved.ok) at(table.planCol!, `Scenario "${name}", plan "${part.plan}": ${resolved.message}`);
        }
      }
      for (const finding of unreadableScenarios(table, rows, resolver, reports)) reports.push(finding);
    }
    return reports;
  },
};
