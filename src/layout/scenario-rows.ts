/**
 * The rows of the `Scenarios` table read as saved scenarios: pure, so the layout's table reader and
 * the Office.js scenario store share one reading of the same rows.
 */
import { z } from "zod";
import { invalid, ok, type Result } from "../model/result";
import { isBuiltInScenario, normalizeScenarioName } from "../model/scenarios";
import { SavedScenarioSchema, type SavedScenario } from "../model/schema";
import { TABLES } from "./tables";

export const SCENARIO_TABLE = TABLES.scenarios;
const HEADERS = { name: "Scenario", proposal: "Voorstel", startYear: "Startjaar" } as const;

const cellText = z.union([z.string(), z.number(), z.boolean()]).transform((value) => String(value).trim());
const wholeNumber = z.preprocess((value) => (typeof value === "string" ? Number(value.trim()) : value), z.number());

/** The name a user typed: not empty, not a built-in scenario, not a list of numbers (those mean proposals). */
export const ScenarioNameSchema = z
  .string()
  .trim()
  .min(1, "Geef het scenario een naam.")
  .max(80, "Een scenarionaam is hoogstens 80 tekens.")
  .refine((name) => !isBuiltInScenario(name), "Deze naam is al een vast scenario; kies een andere naam.")
  .refine((name) => !/^[\d\s,;]+$/.test(name), "Een naam van alleen cijfers leest als een lijst voorstellen.");

export interface Columns {
  name: number;
  proposal: number;
  startYear: number;
  width: number;
}

export function columnsOf(header: unknown[]): Result<Columns> {
  const names = header.map((cell) => String(cell).trim().toLowerCase());
  const find = (title: string) => names.indexOf(title.toLowerCase());
  const columns = {
    name: find(HEADERS.name),
    proposal: find(HEADERS.proposal),
    startYear: find(HEADERS.startYear),
    width: header.length,
  };
  const missing = Object.entries(HEADERS).find(([key]) => columns[key as keyof typeof HEADERS] < 0);
  return missing ? invalid(`De tabel ${SCENARIO_TABLE} mist de kolom "${missing[1]}".`) : ok(columns);
}

export const isBlankRow = (row: unknown[]) => row.every((cell) => cell === "" || cell === null || cell === undefined);
export const rowName = (row: unknown[], columns: Columns) => normalizeScenarioName(String(row[columns.name] ?? ""));

/** Groups the rows into scenarios; a row that does not read is named in a Dutch message, never dropped silently. */
export function scenariosFromRows(rows: unknown[][], columns: Columns): Result<SavedScenario[]> {
  const byName = new Map<string, { name: string; proposals: number[]; startYear: unknown }>();
  for (const [index, row] of rows.entries()) {
    if (isBlankRow(row)) continue;
    const name = cellText.safeParse(row[columns.name]);
    const proposal = wholeNumber.safeParse(row[columns.proposal]);
    if (!name.success || name.data === "" || !proposal.success || !Number.isInteger(proposal.data)) {
      return invalid(`Rij ${index + 1} van de tabel ${SCENARIO_TABLE} heeft geen scenarionaam of voorstelnummer.`);
    }
    const key = normalizeScenarioName(name.data);
    const entry = byName.get(key) ?? { name: name.data, proposals: [], startYear: row[columns.startYear] };
    entry.proposals.push(proposal.data);
    byName.set(key, entry);
  }
  const scenarios: SavedScenario[] = [];
  for (const entry of byName.values()) {
    const parsed = SavedScenarioSchema.safeParse({ ...entry, startYear: wholeNumber.parse(entry.startYear ?? NaN) });
    if (!parsed.success) {
      return invalid(`Scenario "${entry.name}" in de tabel ${SCENARIO_TABLE} heeft geen geldig startjaar (2024–2026).`);
    }
    scenarios.push(parsed.data);
  }
  return ok(scenarios);
}
