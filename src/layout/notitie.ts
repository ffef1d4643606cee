/**
 * The Besluitnotitie ("Waarom dit plan", docs/contracts/layout.md): one sheet a director reads and
 * signs, for one plan. Both writers render this one description (ExcelJS for `samen workbook --notitie`,
 * Office.js for the pane). Figures are values with their source beside them, not SAMEN formulas: the
 * note is forwarded to readers without the add-in, and must print the same everywhere. Plan years come
 * from the plan's figures, never from literals. A4 portrait, one page wide.
 */
import { formatEuros } from "../model/money/format";
import type { PlanQueries } from "../model/functions/queries";
import type { EstimateEnd } from "../model/plans/costs";
import { printPlan, type ResolvedPlan } from "../model/plans/resolver";
import { formatSource, proposalForms, reserveLineOf } from "../model/schema";
import { formsText } from "../model/forms/forms";
import { EURO_FORMAT } from "../model/money/format";
import { LETTER } from "../model/letter/printed";
import { PAGE_NUMBERS, PRINT_SOURCE } from "./print";
import type { CellValue, FreeCell, SheetLayout } from "./types";

export const NOTITIE_SHEET = "Besluitnotitie";

export interface NotitieInput {
  plan: ResolvedPlan;
  estimate: EstimateEnd;
  /** The proposals a search left out or delayed and the rows it cut, each with its price in words. */
  prices: readonly { subject: string; text: string }[];
  /** Every optimal plan of the search, its answer first; empty when the plan was written by hand. */
  alternatives: readonly string[];
  /** As the officer wrote them; "" for none. */
  requirements: string;
}

const COLUMNS = ["A", "B", "C", "D", "E", "F"] as const;
const WIDTHS = [12, 30, 34, 16, 26, 16];
const BIJLAGE_1 = `Bijlage 1 bij de brief van ${LETTER.date}`;

/** One line per action on a page one wide: the rest of the description is in the Acties table. */
const shortened = (text: string) => (text.length > 40 ? `${text.slice(0, 39).trimEnd()}…` : text);

export function notitieSheet(queries: PlanQueries, input: NotitieInput): SheetLayout {
  const cells: FreeCell[] = [];
  let row = 1;
  const put = (values: readonly CellValue[], options: { bold?: boolean; euros?: boolean[] } = {}) => {
    values.forEach((value, i) => {
      if (value === null || value === "") return;
      cells.push({
        address: `${COLUMNS[i]}${row}`,
        value,
        bold: options.bold,
        numberFormat: options.euros?.[i] ? EURO_FORMAT : undefined,
      });
    });
    row++;
  };
  const heading = (text: string) => {
    row++;
    put([text], { bold: true });
  };
  const text = printPlan(input.plan);
  const figures = queries.figures(input.plan, input.estimate);
  const proposals = new Map(queries.costedProposals().map((entry) => [entry.proposal.number, entry.proposal]));

  put(["Besluitnotitie: dekking uit de reservering voor vervolgacties"], { bold: true });
  put(["Programma Samen tegen mensenhandel"]);
  row++;
  put(["Plan", text === "" ? "(geen voorstellen)" : text]);
  put(["Formule", `=SAMEN.GAP("${text}"; jaar)`]);
  put(["Raming", input.estimate === "laag" ? "laag (de lage kant van elke bandbreedte)" : "hoog"]);

  heading("Per planjaar");
  put(["Jaar", `Reserve (regel ${reserveLineOf(queries.plan).id})`, "Vrijgemaakt", "Kosten", "Ruimte", "Bron"], {
    bold: true,
  });
  for (const year of figures.years) {
    put([String(year.year), year.reserve, year.freed, year.cost, year.gap, "Bijlage 2; Bijlage 1"], {
      euros: [false, false, true, true, true],
    });
    // The reserve in B with the euro format too.
    cells.find((cell) => cell.address === `B${row - 1}`)!.numberFormat = EURO_FORMAT;
  }
  const short = figures.years.filter((year) => year.gap < 0);
  put([
    short.length === 0
      ? "Het plan past in elk planjaar binnen de reserve."
      : `Het plan past niet: tekort in ${short.map((year) => `${year.year} (${formatEuros(-year.gap)})`).join(", ")}.`,
  ]);

  heading("Voorstellen in het plan");
  put(["Nr", "Thema", "Vormen van uitbuiting", "Prioriteit", "Kosten", "Vanaf"], { bold: true });
  for (const { number, startYear } of input.plan.proposals) {
    const proposal = proposals.get(number)!;
    put([
      number,
      proposal.theme,
      formsText(proposalForms(proposal)) || "-",
      proposal.priority,
      proposal.costText,
      String(startYear),
    ]);
  }
  if (figures.unknown.length > 0) {
    put([`Zonder raming (tellen mee als € 0): ${figures.unknown.join(", ")}.`]);
  }

  heading("Geschrapte acties");
  const rows = [...new Set(input.plan.cuts.map((number) => queries.actionRows().get(number)!))];
  if (rows.length === 0) put(["Geen."]);
  else {
    put(["Nr", "Actie", "Actielijn", "Over de planjaren"], { bold: true });
    for (const action of rows) {
      const total = figures.years.reduce((sum, year) => sum + action.amounts[year.year], 0);
      put([action.numbers.join(" en "), shortened(action.description), `Actielijn ${action.actionLine}`, total], {
        euros: [false, false, false, true],
      });
    }
    put(["Per jaar: de kolom Vrijgemaakt hierboven."]);
  }

  heading("Buiten het plan of later, met de prijs van houden");
  if (input.prices.length === 0) put(["Geen: het plan is zo gekozen, niet gezocht."]);
  for (const price of input.prices) put([price.text]);

  heading("Even goede plannen");
  if (input.alternatives.length === 0) put(["Niet gezocht: het plan is zo gekozen."]);
  if (input.alternatives.length === 1) put(["Geen: dit is het enige beste plan."]);
  input.alternatives.forEach((alternative, i) => put([String(i + 1), alternative]));

  heading("Eisen");
  put([input.requirements === "" ? "Geen." : input.requirements]);

  heading("Evenwicht per thema en vorm");
  const kept = input.plan.proposals.map(({ number }) => proposals.get(number)!);
  const count = new Map<string, number>();
  for (const proposal of kept) {
    count.set(proposal.theme, (count.get(proposal.theme) ?? 0) + 1);
    for (const form of proposalForms(proposal)) count.set(form, (count.get(form) ?? 0) + 1);
  }
  put(["Aantal", "Thema of vorm"], { bold: true });
  for (const [name, n] of count) put([String(n), name]);

  heading("Bronnen");
  // Each figure's own source: the letter's tables, or the workbook's when the model was read from it.
  const planYears = new Set(figures.years.map((year) => year.year));
  const frameSources = queries.plan.kader
    .filter((row) => planYears.has(row.year) && row.source !== "")
    .map((row) => row.source);
  put(["Kader", frameSources.length === 0 ? "de tabel Kader in de werkmap" : [...new Set(frameSources)].join("; ")]);
  put(["Reserve", formatSource(reserveLineOf(queries.plan).source)]);
  for (const action of rows) put([`Actie ${action.numbers.join(" en ")}`, formatSource(action.source)]);
  put(["Voorstellen", `${BIJLAGE_1}: thema, prioriteit en geschatte kosten zoals gedrukt.`]);
  put(["Zoeken", "Dekking zoeken van Samen, exact (HiGHS), elk antwoord nagerekend in hele euro's."]);

  row++;
  put(["Akkoord", "naam:", "datum:"], { bold: true });
  put(["", "handtekening:"]);

  return {
    name: NOTITIE_SHEET,
    table: null,
    cells,
    columnWidths: WIDTHS,
    frozenRows: 0,
    chart: null,
    print: {
      paperSize: "A4",
      orientation: "portrait",
      pagesWide: 1,
      titleRows: { first: 1, last: 1 },
      leftFooter: PRINT_SOURCE,
      rightFooter: PAGE_NUMBERS,
    },
  };
}
