/**
 * Reads the plan back from the values of the model tables (header row first, as Office.js
 * `table.getRange().values` gives them, totals row included or not). Pure: the formula library reads
 * live values through it and the task pane's picker reads the proposals. Every cell is parsed with zod;
 * what does not read is named in Dutch (table, row, column), never guessed.
 */
import { z } from "zod";
import { actionNumbersOf } from "../model/letter/dataset";
import { invalid, notAvailable, ok, type Result } from "../model/result";
import {
  BudgetLineIdSchema,
  PlanSchema,
  PrioritySchema,
  ThemeSchema,
  type Plan,
  type SavedPlan,
  type Source,
} from "../model/schema";
import { yearAmounts, type YearAmounts } from "../model/horizon/years";
import { defaultKader, horizonProblem, PHASES, type KaderRow, type Phase } from "../model/horizon/horizon";
import { actionLineOf } from "../model/lines/identify";
import { FORMS, readFormsCell, type Form } from "../model/forms/forms";
import { columnsOf, scenariosFromRows } from "./scenario-rows";
import { COLUMNS, TABLES, TOTAL_LABEL, YEAR_TABLE_COLUMNS, type TableName } from "./tables";

export type ModelTables = Partial<Record<TableName, unknown[][]>>;

class CellError extends Error {
  constructor(
    message: string,
    readonly missingTable = false,
  ) {
    super(message);
  }
}

const wholeEuros = z.number().int().safe();
const blank = z.union([z.literal(""), z.null(), z.undefined()]);
const textCell = z.union([z.string(), z.number()]).transform((value) => String(value).trim());
const SOURCE = /^Bijlage\s+([12]),\s*(.+),\s*rij\s+(.+)$/;

/** One body row with its cells found by header, so a reordered table still reads. */
class Row {
  constructor(
    private readonly table: string,
    private readonly number: number,
    private readonly cells: unknown[],
    private readonly columns: Map<string, number>,
  ) {}

  raw(header: string): unknown {
    return this.cells[this.columns.get(header.toLowerCase())!];
  }

  fail(header: string, reason: string): never {
    throw new CellError(`Tabel ${this.table}, rij ${this.number}, kolom ${header}: ${reason}`);
  }

  text(header: string): string {
    const parsed = textCell.safeParse(this.raw(header));
    if (!parsed.success || parsed.data === "") this.fail(header, "de cel is leeg.");
    return parsed.data;
  }

  has(header: string): boolean {
    return this.columns.has(header.toLowerCase());
  }

  optionalText(header: string): string {
    const parsed = textCell.safeParse(this.raw(header));
    return parsed.success ? parsed.data : "";
  }

  integer(header: string): number {
    const value = this.raw(header);
    const parsed = z
      .number()
      .int()
      .safe()
      .safeParse(typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : value);
    if (!parsed.success) this.fail(header, `"${String(value ?? "")}" is geen geheel getal.`);
    return parsed.data;
  }

  /** A blank amount is no money (the letter's "-"); text such as "0,4" is refused, as Excel's SUM would skip it. */
  euros(header: string): number {
    const value = this.raw(header);
    if (blank.safeParse(value).success) return 0;
    const parsed = wholeEuros.safeParse(value);
    if (!parsed.success) this.fail(header, `"${String(value)}" is geen bedrag in hele euro's.`);
    return parsed.data;
  }

  years(years: readonly number[]): YearAmounts {
    return yearAmounts(years, (year) => this.euros(String(year)));
  }

  source(fallback: Source): Source {
    const match = SOURCE.exec(this.optionalText("Bron"));
    return match ? { bijlage: match[1] === "1" ? 1 : 2, table: match[2], row: match[3] } : fallback;
  }

  get index(): number {
    return this.number;
  }
}

function isBlankRow(row: unknown[]): boolean {
  return row.every((cell) => blank.safeParse(cell).success || (typeof cell === "string" && cell.trim() === ""));
}

const isTotalsRow = (lead: unknown) => String(lead).trim().toLowerCase() === TOTAL_LABEL.toLowerCase();

function rowsOf(name: TableName, values: unknown[][] | undefined, headers: readonly string[]): Row[] {
  if (!values || values.length === 0)
    throw new CellError(`De tabel ${name} ontbreekt: laad eerst het model (Model laden).`, true);
  const columns = new Map(values[0].map((cell, index) => [String(cell).trim().toLowerCase(), index]));
  const missing = headers.find((header) => !columns.has(header.toLowerCase()));
  if (missing) throw new CellError(`De tabel ${name} mist de kolom "${missing}".`);
  return values
    .slice(1)
    .map((cells, index) => ({ cells, number: index + 1 }))
    .filter(({ cells }) => !isBlankRow(cells) && !isTotalsRow(cells[columns.get(headers[0].toLowerCase())!]))
    .map(({ cells, number }) => new Row(name, number, cells, columns));
}

const headersOf = (columns: readonly { header: string }[]) => columns.map((column) => column.header);
const FORMS_HEADER = "Vormen";
const YEAR_HEADER = /^\d{4}$/;

/** Whether a Begroting or Acties header is a year column, as this reader takes it. */
export const isYearHeader = (header: string): boolean => YEAR_HEADER.test(header.trim());

/** The year columns of Begroting: its headers that are years, in their order. */
function yearsOf(values: unknown[][] | undefined): number[] {
  if (!values || values.length === 0) return [];
  // By value, not position: a reordered table still reads.
  return values[0]
    .map((cell) => String(cell).trim())
    .filter(isYearHeader)
    .map(Number)
    .sort((a, b) => a - b);
}

/** Begroting's years, checked: consecutive, 2 to 15, and the same in Acties. */
function tableYears(tables: ModelTables): number[] {
  const years = yearsOf(tables.Begroting);
  const problem = horizonProblem(defaultKader(years));
  if (problem !== null && years.length > 0) throw new CellError(`Tabel ${TABLES.begroting}: ${problem}`);
  const acties = yearsOf(tables.Acties);
  if (tables.Acties && tables.Acties.length > 0 && acties.join(",") !== years.join(",")) {
    throw new CellError(
      `De tabel ${TABLES.acties} heeft de jaren ${acties.join(", ")}; ${TABLES.begroting} heeft ${years.join(", ")}. Geef beide dezelfde jaarkolommen.`,
    );
  }
  return years;
}

function parseWith<T>(row: Row, header: string, schema: z.ZodType<T>, expected: string): T {
  const parsed = schema.safeParse(row.text(header));
  if (!parsed.success) row.fail(header, `"${row.optionalText(header)}" is geen ${expected}.`);
  return parsed.data;
}

const requiredHeaders = (table: keyof typeof YEAR_TABLE_COLUMNS) =>
  headersOf([...YEAR_TABLE_COLUMNS[table].before, ...YEAR_TABLE_COLUMNS[table].after]);

function budgetLines(values: unknown[][] | undefined, years: readonly number[]) {
  return rowsOf(TABLES.begroting, values, requiredHeaders("begroting")).map((row) => {
    const id = parseWith(row, "Regel", BudgetLineIdSchema, "begrotingsregel (een letter: a, b, …)");
    const description = row.text("Omschrijving");
    return {
      id,
      description,
      // Identified as the validator identifies it: "Actielijn N" in the description, else c–g.
      actionLine: actionLineOf(id, description),
      amounts: row.years(years),
      source: row.source({ bijlage: 2, table: `tabel ${TABLES.begroting} in de werkmap`, row: `${id}.` }),
    };
  });
}

function actions(values: unknown[][] | undefined, years: readonly number[]) {
  return rowsOf(TABLES.acties, values, requiredHeaders("acties")).map((row) => {
    const label = row.text("Nr");
    const numbers = actionNumbersOf(label);
    if (numbers.some((number) => !Number.isInteger(number) || number < 1)) {
      row.fail("Nr", `"${label}" is geen actienummer (zoals 12 of "3 en 4").`);
    }
    return {
      numbers,
      actionLine: row.integer("Actielijn"),
      description: row.text("Actie"),
      amounts: row.years(years),
      source: row.source({ bijlage: 2, table: `tabel ${TABLES.acties} in de werkmap`, row: `${label}.` }),
    };
  });
}

/** Columns a workbook written before them may lack: read as if absent (Vormen: from the text). */
const LATER_COLUMNS = new Set([FORMS_HEADER]);

/** The officer's Vormen, or undefined when the table has no such column (an older workbook). */
function formsOf(row: Row): Form[] | undefined {
  if (!row.has(FORMS_HEADER)) return undefined;
  const reading = readFormsCell(row.optionalText(FORMS_HEADER));
  if (!reading.ok) {
    row.fail(FORMS_HEADER, `"${reading.unknown}" is geen vorm van uitbuiting (${FORMS.join(", ")}).`);
  }
  return reading.forms;
}

function proposals(values: unknown[][] | undefined) {
  const required = headersOf(COLUMNS.voorstellen).filter((header) => !LATER_COLUMNS.has(header));
  return rowsOf(TABLES.voorstellen, values, required).map((row) => {
    const number = row.integer("Nr");
    const theme = parseWith(row, "Thema", ThemeSchema, "thema");
    const priority = parseWith(row, "Prioriteit", PrioritySchema, "prioriteit");
    return {
      number,
      theme,
      priority,
      text: row.text("Voorstel"),
      appraisal: row.text("Toelichting"),
      costText: row.text("Kosten"),
      source: { bijlage: 1, table: `${theme}, ${priority.toLowerCase()}e acties`, row: String(number) },
      forms: formsOf(row),
    };
  });
}

const PhaseSchema = z
  .string()
  .transform((text) => text.trim().toLowerCase())
  .pipe(z.enum(PHASES));

/**
 * The Kader table, one row per year in Begroting's order; a workbook written before the table existed
 * reads as the letter's frame and phases (docs/contracts/horizon.md).
 */
function kaderRows(values: unknown[][] | undefined, years: readonly number[]): KaderRow[] {
  if (!values || values.length === 0) return defaultKader(years);
  const byYear = new Map<number, KaderRow>();
  for (const row of rowsOf(TABLES.kader, values, headersOf(COLUMNS.kader))) {
    const year = row.integer("Jaar");
    if (byYear.has(year)) row.fail("Jaar", `${year} staat dubbel in de tabel ${TABLES.kader}.`);
    const phase: Phase = parseWith(row, "Fase", PhaseSchema, 'fase ("realisatie", "begroting" of "raming")');
    byYear.set(year, { year, frame: row.euros("Kader"), phase, source: row.optionalText("Bron") });
  }
  const missing = years.filter((year) => !byYear.has(year));
  const extra = [...byYear.keys()].filter((year) => !years.includes(year));
  if (missing.length > 0 || extra.length > 0) {
    const says = [
      missing.length > 0 ? `mist ${missing.join(", ")}` : "",
      extra.length > 0 ? `heeft ${extra.join(", ")}, dat niet in ${TABLES.begroting} staat` : "",
    ].filter((part) => part !== "");
    throw new CellError(
      `De tabel ${TABLES.kader} ${says.join(" en ")}: geef elk jaar van ${TABLES.begroting} één rij.`,
    );
  }
  return years.map((year) => byYear.get(year)!);
}

function savedPlans(values: unknown[][] | undefined): Result<SavedPlan[]> {
  if (!values || values.length === 0) return ok([]);
  const columns = columnsOf(values[0]);
  return columns.ok ? scenariosFromRows(values.slice(1), columns.value) : columns;
}

/** The plan's own rules (one reserve line, no number twice, the horizon) in Dutch, naming the table at fault. */
function planProblem(issue: z.core.$ZodIssue): string {
  const [list] = issue.path;
  const table =
    list === "budgetLines"
      ? TABLES.begroting
      : list === "actions"
        ? TABLES.acties
        : list === "kader"
          ? TABLES.kader
          : TABLES.voorstellen;
  if (issue.code === "too_small" || issue.code === "too_big") return `De tabel ${table} heeft geen rijen.`;
  if (issue.code === "custom" && list === "budgetLines") return `De tabel ${table} klopt niet: ${issue.message}.`;
  return issue.code === "custom"
    ? `Het model in de tabellen klopt niet: ${issue.message}.`
    : `De tabel ${table} klopt niet.`;
}

export function readPlanFromTables(tables: ModelTables): Result<{ plan: Plan; scenarios: SavedPlan[] }> {
  let candidate: unknown;
  try {
    const years = tableYears(tables);
    candidate = {
      kader: kaderRows(tables.Kader, years),
      budgetLines: budgetLines(tables.Begroting, years),
      actions: actions(tables.Acties, years),
      proposals: proposals(tables.Voorstellen),
    };
  } catch (error) {
    if (!(error instanceof CellError)) throw error;
    return error.missingTable ? notAvailable(error.message) : invalid(error.message);
  }
  const plan = PlanSchema.safeParse(candidate);
  if (!plan.success) return invalid(planProblem(plan.error.issues[0]));
  const scenarios = savedPlans(tables.Scenarios);
  return scenarios.ok ? ok({ plan: plan.data, scenarios: scenarios.value }) : scenarios;
}
