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
import { FRAME_EUROS, yearAmounts, type YearAmounts } from "../model/horizon/years";
import { FORMS, readFormsCell, type Form } from "../model/forms/forms";
import { columnsOf, scenariosFromRows } from "./scenario-rows";
import { COLUMNS, TABLES, TOTAL_LABEL, type TableName } from "./tables";

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

  years(): YearAmounts {
    return yearAmounts((year) => this.euros(String(year)));
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
const ACTION_LINE_OF_ID: Record<string, number> = { c: 1, d: 2, e: 3, f: 4, g: 5 };

function parseWith<T>(row: Row, header: string, schema: z.ZodType<T>, expected: string): T {
  const parsed = schema.safeParse(row.text(header));
  if (!parsed.success) row.fail(header, `"${row.optionalText(header)}" is geen ${expected}.`);
  return parsed.data;
}

function budgetLines(values: unknown[][] | undefined) {
  return rowsOf(TABLES.begroting, values, headersOf(COLUMNS.begroting)).map((row) => {
    const id = parseWith(row, "Regel", BudgetLineIdSchema, "begrotingsregel (a tot en met h)");
    return {
      id,
      description: row.text("Omschrijving"),
      actionLine: ACTION_LINE_OF_ID[id] ?? null,
      amounts: row.years(),
      source: row.source({ bijlage: 2, table: `tabel ${TABLES.begroting} in de werkmap`, row: `${id}.` }),
    };
  });
}

function actions(values: unknown[][] | undefined) {
  return rowsOf(TABLES.acties, values, headersOf(COLUMNS.acties)).map((row) => {
    const label = row.text("Nr");
    const numbers = actionNumbersOf(label);
    if (numbers.some((number) => !Number.isInteger(number) || number < 1)) {
      row.fail("Nr", `"${label}" is geen actienummer (zoals 12 of "3 en 4").`);
    }
    return {
      numbers,
      actionLine: row.integer("Actielijn"),
      description: row.text("Actie"),
      amounts: row.years(),
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
    const theme = parseWith(row, "Thema", ThemeSchema, "bekend thema");
    const priority = parseWith(row, "Prioriteit", PrioritySchema, 'prioriteit ("Meest kansrijk" of "Kansrijk")');
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

function savedPlans(values: unknown[][] | undefined): Result<SavedPlan[]> {
  if (!values || values.length === 0) return ok([]);
  const columns = columnsOf(values[0]);
  return columns.ok ? scenariosFromRows(values.slice(1), columns.value) : columns;
}

/** The plan's own rules (lines a–h, no number twice) in Dutch, naming the table at fault. */
function planProblem(issue: z.core.$ZodIssue): string {
  const [list] = issue.path;
  const table = list === "budgetLines" ? TABLES.begroting : list === "actions" ? TABLES.acties : TABLES.voorstellen;
  if (issue.code === "too_small" || issue.code === "too_big") {
    return list === "budgetLines"
      ? `De tabel ${TABLES.begroting} moet precies de regels a tot en met h hebben.`
      : `De tabel ${table} heeft geen rijen.`;
  }
  return issue.code === "custom"
    ? `Het model in de tabellen klopt niet: ${issue.message}.`
    : `De tabel ${table} klopt niet.`;
}

export function readPlanFromTables(tables: ModelTables): Result<{ plan: Plan; scenarios: SavedPlan[] }> {
  let candidate: unknown;
  try {
    candidate = {
      frame: FRAME_EUROS,
      budgetLines: budgetLines(tables.Begroting),
      actions: actions(tables.Acties),
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
