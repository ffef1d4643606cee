/**
 * The rows of the `Scenarios` table read as saved plans: pure, so the layout's table reader, the
 * Office.js store and the validator share one reading of the same rows. One row is one part of a plan:
 * a proposal (Voorstel, Startjaar), a cut (Schrap) or a reference to another plan (Plan). The older
 * three-column table (Scenario, Voorstel, Startjaar) reads as proposal rows.
 */
import { z } from "zod";
import { normalizePlanName, planNameProblem } from "../model/plans/resolver";
import { invalid, ok, type Result } from "../model/result";
import type { SavedPlan, SavedPlanPart } from "../model/schema";
import { COLUMNS, scenarioRowCells, TABLES } from "./tables";

export const SCENARIO_TABLE = TABLES.scenarios;
export const SCENARIO_HEADERS = {
  name: COLUMNS.scenarios[0].header,
  proposal: COLUMNS.scenarios[1].header,
  startYear: COLUMNS.scenarios[2].header,
  cut: COLUMNS.scenarios[3].header,
  plan: COLUMNS.scenarios[4].header,
} as const;
export type ScenarioColumn = keyof typeof SCENARIO_HEADERS;
const SCENARIO_KEYS = Object.keys(SCENARIO_HEADERS) as ScenarioColumn[];
/** The columns the older form lacks; a save adds them. */
export const NEW_SCENARIO_COLUMNS = ["cut", "plan"] as const satisfies readonly ScenarioColumn[];

/** The name a user gives a plan: not empty, not a built-in plan, nothing that reads as a part of a plan. */
export const ScenarioNameSchema = z
  .string()
  .superRefine((name, ctx) => {
    const problem = planNameProblem(name);
    if (problem !== null) ctx.addIssue({ code: "custom", message: problem });
  })
  .transform((name) => name.trim());

/** Column indexes by header; -1 for the columns an older table does not have. */
export type Columns = Record<ScenarioColumn, number> & { width: number };

export function columnsOf(header: unknown[]): Result<Columns> {
  const names = header.map((cell) =>
    String(cell ?? "")
      .trim()
      .toLowerCase(),
  );
  const find = (key: ScenarioColumn) => names.indexOf(SCENARIO_HEADERS[key].toLowerCase());
  const columns: Columns = {
    name: find("name"),
    proposal: find("proposal"),
    startYear: find("startYear"),
    cut: find("cut"),
    plan: find("plan"),
    width: header.length,
  };
  const missing = (["name", "proposal", "startYear"] as const).find((key) => columns[key] < 0);
  return missing ? invalid(`De tabel ${SCENARIO_TABLE} mist de kolom "${SCENARIO_HEADERS[missing]}".`) : ok(columns);
}

export const isOldForm = (columns: Columns) => NEW_SCENARIO_COLUMNS.some((key) => columns[key] < 0);

const isBlank = (cell: unknown) =>
  cell === "" || cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
export const isBlankRow = (row: unknown[]) => row.every(isBlank);
export const rowName = (row: unknown[], columns: Columns) => normalizePlanName(String(row[columns.name] ?? ""));

const cellText = z.union([z.string(), z.number()]).transform((value) => String(value).trim());
const wholeNumber = z.preprocess(
  (value) => (typeof value === "string" && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value),
  z.number().int().safe(),
);

/** A row that does not read, with the column at fault, so the validator can point at the cell. */
export interface RowProblem {
  column: ScenarioColumn;
  message: string;
}

export type RowReading = { ok: true; name: string; part: SavedPlanPart } | ({ ok: false } & RowProblem);

/** Reads one non-blank body row; `number` is its row in the table (1 = first body row) for messages. */
export function readScenarioRow(row: unknown[], columns: Columns, number: number): RowReading {
  const cell = (key: ScenarioColumn) => (columns[key] < 0 ? undefined : row[columns[key]]);
  const where = `Rij ${number} van de tabel ${SCENARIO_TABLE}`;
  const fail = (column: ScenarioColumn, reason: string): RowReading => ({
    ok: false,
    column,
    message: `${where}, kolom ${SCENARIO_HEADERS[column]}: ${reason}`,
  });
  const name = cellText.safeParse(cell("name"));
  if (!name.success || name.data === "") return fail("name", "geef de naam van het scenario.");
  const filled = (["proposal", "cut", "plan"] as const).filter((key) => !isBlank(cell(key)));
  if (filled.length === 0) return fail("proposal", "de rij heeft geen voorstel, actie (Schrap) of plan.");
  if (filled.length > 1) {
    return fail(
      filled[1],
      `een rij heeft één van ${filled.map((key) => SCENARIO_HEADERS[key]).join(" en ")}, niet beide.`,
    );
  }
  const readNumber = (key: ScenarioColumn, what: string) => {
    const value = cell(key);
    const parsed = wholeNumber.safeParse(value);
    if (parsed.success) return parsed.data;
    // Past 2^53 a number read from the file is already rounded (…993 as …992): not echoed as if exact.
    if (typeof value === "number" && Number.isInteger(value))
      return fail(key, `dit getal is te groot voor een ${what}: boven 2^53 is het niet exact te lezen.`);
    return fail(key, `"${String(value)}" is geen ${what}.`);
  };
  const text = name.data;
  switch (filled[0]) {
    case "proposal": {
      const proposal = readNumber("proposal", "voorstelnummer");
      if (typeof proposal !== "number") return proposal;
      const year = isBlank(cell("startYear")) ? null : readNumber("startYear", "jaar");
      if (year !== null && typeof year !== "number") return year;
      return { ok: true, name: text, part: { kind: "proposal", proposal, startYear: year } };
    }
    case "cut": {
      if (!isBlank(cell("startYear")))
        return fail("startYear", "een startjaar hoort bij een voorstel, niet bij een actie.");
      const action = readNumber("cut", "actienummer");
      if (typeof action !== "number") return action;
      return { ok: true, name: text, part: { kind: "cut", action } };
    }
    case "plan": {
      if (!isBlank(cell("startYear")))
        return fail("startYear", 'een startjaar hoort bij een voorstel; schrijf "vanaf JJJJ" in het plan.');
      const plan = cellText.safeParse(cell("plan"));
      if (!plan.success) return fail("plan", "het plan moet tekst zijn.");
      return { ok: true, name: text, part: { kind: "reference", plan: plan.data } };
    }
  }
}

/** Groups read rows into saved plans, in table order; names compare as plan names do. */
export function groupRows(rows: readonly { name: string; part: SavedPlanPart }[]): SavedPlan[] {
  const byName = new Map<string, SavedPlan>();
  for (const { name, part } of rows) {
    const key = normalizePlanName(name);
    const plan = byName.get(key) ?? { name, parts: [] };
    plan.parts.push(part);
    byName.set(key, plan);
  }
  return [...byName.values()];
}

/** Reads the rows as saved plans; a row that does not read is named, never dropped. */
export function scenariosFromRows(rows: unknown[][], columns: Columns): Result<SavedPlan[]> {
  const read: { name: string; part: SavedPlanPart }[] = [];
  for (const [index, row] of rows.entries()) {
    if (isBlankRow(row)) continue;
    const reading = readScenarioRow(row, columns, index + 1);
    if (!reading.ok) return invalid(reading.message);
    read.push(reading);
  }
  return ok(groupRows(read));
}

/** The table row of one part, in the table's own column order (columns it lacks are left out). */
export function rowOfPart(columns: Columns, name: string, part: SavedPlanPart): (string | number)[] {
  const row: (string | number)[] = new Array(columns.width).fill("");
  const cells = scenarioRowCells(name, part);
  SCENARIO_KEYS.forEach((key, i) => {
    if (columns[key] >= 0) row[columns[key]] = cells[i] ?? "";
  });
  return row;
}
