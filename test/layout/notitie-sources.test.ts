/**
 * The Besluitnotitie names the source of its figures: the letter's own tables (titles as Bijlage 2
 * prints them, copied by hand from the letter) for the built-in model, the workbook's tables when the
 * model was read from a workbook whose rows carry no source of the letter. A plan made by hand says it
 * was not searched, instead of claiming to be the only best plan.
 */
import { isFormula, notitieSheet, readPlanFromTables, renderLayout, type TableLayout } from "../../src/layout";
import type { SheetLayout } from "../../src/layout/types";
import { PlanQueries } from "../../src/model/functions/queries";
import { LETTER_PLAN } from "../../src/model/letter/dataset";
import type { Plan } from "../../src/model/schema";

/** Column A's label → column B's text, for the rows of the note. */
function rowsOf(sheet: SheetLayout): Map<string, string> {
  const byAddress = new Map(sheet.cells.map((cell) => [cell.address, cell.value]));
  const rows = new Map<string, string>();
  for (const cell of sheet.cells) {
    const match = /^A(\d+)$/.exec(cell.address);
    if (match) rows.set(String(cell.value), String(byAddress.get(`B${match[1]}`) ?? ""));
  }
  return rows;
}

function handMadeNote(plan: Plan, text: string): SheetLayout {
  const queries = new PlanQueries(plan);
  const resolved = queries.resolvePlan(text);
  if (!resolved.ok) throw new Error(resolved.message);
  return notitieSheet(queries, {
    plan: resolved.value,
    estimate: "laag",
    prices: [],
    alternatives: [],
    requirements: "",
  });
}

describe("the sources in the Besluitnotitie", () => {
  test("on the letter: the frame from section 2, line h and each cut action's table of Bijlage 2", () => {
    const rows = rowsOf(handMadeNote(LETTER_PLAN, "meest kansrijk; schrap 9, 26"));
    expect(rows.get("Kader")).toContain("2 februari 2024");
    expect(rows.get("Reserve")).toBe("Bijlage 2, Programma Samen tegen mensenhandel (€ 2 mln.), rij h.");
    expect(rows.get("Actie 9")).toBe("Bijlage 2, Actielijn 2. Vergroten van de meldingsbereidheid (€ x10.000), rij 9.");
    expect(rows.get("Actie 26")).toMatch(
      /^Bijlage 2, Actielijn 4\. Verbeteren van de .*samenwerking \(€ x10\.000\), rij 26\.$/,
    );
    expect([...rows.keys()].filter((label) => label.startsWith("Actie "))).toEqual(["Actie 9", "Actie 26"]);
  });

  test("a plan made by hand: not searched, so no claim that it is the only best plan", () => {
    const texts = handMadeNote(LETTER_PLAN, "meest kansrijk").cells.map((cell) => cell.value);
    expect(texts).toContain("Niet gezocht: het plan is zo gekozen.");
    expect(texts).not.toContain("Geen: dit is het enige beste plan.");
  });

  test("read from a workbook whose rows name no source: the workbook's tables", () => {
    const layout = renderLayout(LETTER_PLAN, []);
    const tables: Record<string, unknown[][]> = {};
    for (const name of ["Begroting", "Acties", "Voorstellen", "Scenarios"]) {
      const table: TableLayout = layout.sheets.find((sheet) => sheet.table?.name === name)!.table!;
      const bron = table.columns.findIndex((column) => column.header === "Bron");
      const totals = table.totals?.map((cell) => (isFormula(cell) ? cell.result : (cell ?? "")));
      tables[name] = [
        table.columns.map((column) => column.header),
        ...table.rows.map((row) => row.map((cell, i) => (i === bron && name !== "Voorstellen" ? "" : (cell ?? "")))),
        ...(totals ? [totals] : []),
      ];
    }
    const read = readPlanFromTables(tables);
    if (!read.ok) throw new Error(read.message);
    const rows = rowsOf(handMadeNote(read.value.plan, "meest kansrijk; schrap 9"));
    expect(rows.get("Reserve")).toBe("Bijlage 2, tabel Begroting in de werkmap, rij h.");
    expect(rows.get("Actie 9")).toBe("Bijlage 2, tabel Acties in de werkmap, rij 9.");
  });
});
