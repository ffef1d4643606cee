/**
 * The plan as the model tables in the workbook hold it, edits included. Stands in for the layout's
 * `readPlanFromTables` (contract 1, helper A), which had not landed when live values were built: same
 * input (each table's values, header row first, as `table.getRange().values` gives them) and output.
 * Rows keep the letter's source where the letter has them; amounts, texts and scenarios come from the
 * tables. Cost columns beside "Kosten" are derived from it by the model, so the text is what counts.
 */
import { z } from "zod";
import { LETTER_PLAN, actionNumbersOf } from "../model/plan";
import { PlanQueries } from "../model/queries";
import { invalid, notAvailable, ok, type Result } from "../model/result";
import {
  PlanSchema,
  PRIORITIES,
  THEMES,
  type Action,
  type BudgetLine,
  type Plan,
  type Proposal,
  type SavedScenario,
  type Source,
} from "../model/schema";
import { DEFAULT_START_YEAR, isYear, yearAmounts, YEARS, type Year, type YearAmounts } from "../model/years";
import type { ModelTableValues } from "./model-tables";
import type { PlanState } from "./live-plan";

type Row = Record<string, unknown>;

class TableError extends Error {}

/** The rows of a table as objects keyed by the headers it must have. */
function rowsOf(name: string, values: unknown[][] | undefined, headers: readonly string[]): Row[] {
  if (!values || values.length === 0) throw new TableError(`De tabel ${name} ontbreekt in de werkmap.`);
  const header = values[0].map((cell) => String(cell).trim().toLowerCase());
  const index = headers.map((title) => {
    const at = header.indexOf(title.toLowerCase());
    if (at < 0) throw new TableError(`De tabel ${name} mist de kolom "${title}".`);
    return at;
  });
  return values.slice(1).map((cells) => Object.fromEntries(headers.map((title, i) => [title, cells[index[i]]])));
}

function text(row: Row, column: string): string {
  const value = row[column];
  return value === null || value === undefined ? "" : String(value).trim();
}

function euros(where: string, value: unknown): number {
  if (value === "" || value === null || value === undefined) return 0;
  // Excel's arithmetic leaves float noise (400000.00000001); the model holds whole euros.
  if (typeof value === "number" && Number.isFinite(value)) return Math.round(value);
  throw new TableError(`${where}: "${String(value)}" is geen bedrag in euro's.`);
}

function amounts(where: string, row: Row): YearAmounts {
  return yearAmounts((year) => euros(`${where}, ${year}`, row[String(year)]));
}

const YEAR_HEADERS = YEARS.map(String);
const SOURCE_TEXT = /^Bijlage ([12]), (.+), rij (.+)$/;

/** The letter's source; else the Bron cell; else the table row itself, for a row the officer added. */
function sourceOf(bron: string, letter: Source | undefined, fallback: Source): Source {
  if (letter) return letter;
  const match = SOURCE_TEXT.exec(bron);
  return match ? { bijlage: Number(match[1]) as 1 | 2, table: match[2], row: match[3] } : fallback;
}

function budgetLines(values: unknown[][] | undefined): BudgetLine[] {
  const rows = rowsOf("Begroting", values, ["Regel", "Omschrijving", ...YEAR_HEADERS, "Bron"]);
  const lines: BudgetLine[] = [];
  for (const row of rows) {
    const id = text(row, "Regel").toLowerCase().replace(/\.$/, "");
    if (id === "" || id === "totaal") continue;
    const letter = LETTER_PLAN.budgetLines.find((line) => line.id === id);
    if (!letter)
      throw new TableError(`Begroting: onbekende regel "${text(row, "Regel")}"; de regels zijn a tot en met h.`);
    const where = `Begroting, regel ${id}`;
    lines.push({
      ...letter,
      description: text(row, "Omschrijving") || letter.description,
      amounts: amounts(where, row),
    });
  }
  for (const line of LETTER_PLAN.budgetLines) {
    if (!lines.some((found) => found.id === line.id)) throw new TableError(`De tabel Begroting mist regel ${line.id}.`);
  }
  return lines.sort((a, b) => a.id.localeCompare(b.id));
}

function actions(values: unknown[][] | undefined): Action[] {
  const rows = rowsOf("Acties", values, ["Nr", "Actielijn", "Actie", ...YEAR_HEADERS, "Bron"]);
  return rows
    .filter((row) => text(row, "Nr") !== "")
    .map((row) => {
      const label = text(row, "Nr");
      const where = `Acties, actie ${label}`;
      const numbers = actionNumbersOf(label);
      if (numbers.some((number) => !Number.isInteger(number) || number < 1)) {
        throw new TableError(`Acties: "${label}" is geen actienummer (zoals 12 of "3 en 4").`);
      }
      const actionLine = Number(row["Actielijn"]);
      if (!Number.isInteger(actionLine) || actionLine < 1 || actionLine > 5) {
        throw new TableError(`${where}: actielijn "${text(row, "Actielijn")}" bestaat niet; kies 1 tot en met 5.`);
      }
      const letter = LETTER_PLAN.actions.find((action) => action.numbers.join() === numbers.join());
      return {
        numbers,
        actionLine,
        description: text(row, "Actie") || (letter?.description ?? label),
        amounts: amounts(where, row),
        source: sourceOf(text(row, "Bron"), letter?.source, { bijlage: 2, table: "Acties (werkmap)", row: label }),
      };
    });
}

const ProposalRowSchema = z.object({
  number: z.coerce.number().int().min(1),
  theme: z.enum(THEMES),
  priority: z.enum(PRIORITIES),
  text: z.string().min(1),
  appraisal: z.string().min(1),
  costText: z.string().min(1),
});

const PROPOSAL_COLUMNS: Record<string, string> = {
  number: "het nummer",
  theme: "het thema",
  priority: "de prioriteit",
  text: "de tekst van het voorstel",
  appraisal: "de toelichting",
  costText: "de kostentekst",
};

function proposals(values: unknown[][] | undefined): Proposal[] {
  const rows = rowsOf("Voorstellen", values, ["Nr", "Thema", "Prioriteit", "Voorstel", "Toelichting", "Kosten"]);
  return rows
    .filter((row) => text(row, "Nr") !== "")
    .map((row) => {
      const parsed = ProposalRowSchema.safeParse({
        number: text(row, "Nr"),
        theme: text(row, "Thema"),
        priority: text(row, "Prioriteit"),
        text: text(row, "Voorstel"),
        appraisal: text(row, "Toelichting"),
        costText: text(row, "Kosten"),
      });
      const where = `Voorstellen, voorstel ${text(row, "Nr")}`;
      if (!parsed.success) {
        const field = String(parsed.error.issues[0].path[0]);
        throw new TableError(`${where}: ${PROPOSAL_COLUMNS[field]} ontbreekt of is niet toegestaan.`);
      }
      const letter = LETTER_PLAN.proposals.find((proposal) => proposal.number === parsed.data.number);
      const added = { bijlage: 1 as const, table: "Voorstellen (werkmap)", row: String(parsed.data.number) };
      return { ...parsed.data, source: letter?.source ?? added };
    });
}

function savedScenarios(values: unknown[][] | undefined): SavedScenario[] {
  if (!values) return [];
  const byName = new Map<string, SavedScenario>();
  for (const row of rowsOf("Scenarios", values, ["Scenario", "Voorstel", "Startjaar"])) {
    const name = text(row, "Scenario");
    if (name === "") continue;
    const proposal = Number(row["Voorstel"]);
    if (!Number.isInteger(proposal) || proposal < 1) {
      throw new TableError(`Scenarios, scenario "${name}": "${text(row, "Voorstel")}" is geen voorstelnummer.`);
    }
    const start = text(row, "Startjaar") === "" ? DEFAULT_START_YEAR : Number(row["Startjaar"]);
    if (!isYear(start)) {
      throw new TableError(
        `Scenarios, scenario "${name}": startjaar "${text(row, "Startjaar")}" ligt niet in 2023–2026.`,
      );
    }
    const key = name.toLowerCase();
    const scenario = byName.get(key) ?? { name, proposals: [], startYear: start as Year };
    if (scenario.startYear !== start) {
      throw new TableError(
        `Scenarios, scenario "${name}" heeft verschillende startjaren (${scenario.startYear} en ${start}).`,
      );
    }
    scenario.proposals.push(proposal);
    byName.set(key, scenario);
  }
  return [...byName.values()];
}

export function readPlanFromTables(tables: ModelTableValues): Result<{ plan: Plan; scenarios: SavedScenario[] }> {
  try {
    const parsed = PlanSchema.safeParse({
      frame: LETTER_PLAN.frame,
      budgetLines: budgetLines(tables.Begroting),
      actions: actions(tables.Acties),
      proposals: proposals(tables.Voorstellen),
    });
    if (!parsed.success) return invalid(`Het model in de werkmap klopt niet: ${parsed.error.issues[0].message}.`);
    return ok({ plan: parsed.data, scenarios: savedScenarios(tables.Scenarios) });
  } catch (error) {
    // A cell of a type no rule above expected must not leave the SAMEN cells on stale values.
    return error instanceof TableError ? notAvailable(error.message) : invalid("De modeltabellen zijn niet te lezen.");
  }
}

/** No model tables: the letter. Model tables: their plan, or every SAMEN cell shows why not. */
export function planStateFrom(tables: ModelTableValues): PlanState {
  if (Object.keys(tables).length === 0) return ok(new PlanQueries(LETTER_PLAN));
  const read = readPlanFromTables(tables);
  return read.ok ? ok(new PlanQueries(read.value.plan, read.value.scenarios)) : read;
}
