/**
 * The written workbook recalculated by a real spreadsheet engine without the add-in (LibreOffice
 * headless, installed by .ci/run), shown as a Dutch officer sees it. Cached results are set wrong on
 * purpose where it matters, so only a true recalculation of the formulas over the tables can give the
 * letter's figures.
 */
import { renderLayout, type WorkbookLayout } from "../../src/layout";
import { LETTER_PLAN } from "../../src/model/letter/dataset";
import { PlanQueries } from "../../src/model/functions/queries";
import { rowOf, type ShownSheets } from "../support/libreoffice";
import { errorCells, withWrongCache, writtenAndRecalculated } from "../support/recalculated-layout";
import { HAND_WORKED_PLANS, HAND_WORKED_ROOM } from "../support/saved-plan";

const MINUTES = 150_000;

async function shownAfterRecalculation(layout: WorkbookLayout): Promise<ShownSheets> {
  return (await writtenAndRecalculated(layout)).shown;
}

const years = (row: string[], from: number, to: number) => row.slice(from, to);

describe("the written workbook recalculated by LibreOffice, without the add-in", () => {
  let shown: ShownSheets;
  beforeAll(async () => {
    shown = await shownAfterRecalculation(withWrongCache(renderLayout(LETTER_PLAN, [])));
  }, MINUTES);

  it("shows no #NAME? or other error anywhere", () => {
    expect([...shown.keys()].sort()).toEqual([
      "Acties",
      "Begroting",
      "Kader",
      "Overzicht",
      "Scenario's",
      "Voorstellen",
    ]);
    expect(errorCells(shown)).toEqual([]);
  });

  it("recomputes each year of Begroting's totals row to the frame of € 2.000.000", () => {
    expect(years(rowOf(shown.get("Begroting")!, "Totaal"), 2, 6)).toEqual(Array(4).fill("€ 2.000.000"));
  });

  it("recomputes the Overzicht to the letter's figures, with the letter's - where it prints one", () => {
    const overzicht = shown.get("Overzicht")!;
    // Bijlage 2, first table (€ mln): b 1,7 - - -; h - 0,5 0,2 1,05; every year 2.
    expect(years(rowOf(overzicht, "b. No Regrets"), 1, 5)).toEqual(["€ 1.700.000", "-", "-", "-"]);
    expect(years(rowOf(overzicht, "c. Actielijn 1. Creëren van brede bewustwording"), 1, 5)).toEqual([
      "-",
      "€ 200.000",
      "€ 300.000",
      "-",
    ]);
    expect(years(rowOf(overzicht, "Totaal"), 1, 5)).toEqual(Array(4).fill("€ 2.000.000"));
    expect(years(rowOf(overzicht, "Kader"), 1, 5)).toEqual(Array(4).fill("€ 2.000.000"));
    expect(years(rowOf(overzicht, "Reserve (regel h)"), 1, 5)).toEqual(["-", "€ 500.000", "€ 200.000", "€ 1.050.000"]);
    // docs/contracts/plans.md's worked example: meest kansrijk from 2024 costs 625.000 incidental and 550.000 structural,
    // so 500.000 − 625.000 − 550.000, 200.000 − 550.000 and 1.050.000 − 550.000.
    expect(years(rowOf(overzicht, "Ruimte in de reserve: meest kansrijk (vanaf 2024)"), 2, 5)).toEqual([
      "€ -675.000",
      "€ -350.000",
      "€ 500.000",
    ]);
    // Bijlage 1 prints "Nog onbekend." or "Nog niet bekend." for 7 proposals.
    expect(rowOf(overzicht, "Voorstellen zonder raming (alle)")[1]).toBe("7");
  });

  it("agrees with the SAMEN engine on the room of kansrijk and alle, computed by two independent engines", () => {
    const queries = new PlanQueries(LETTER_PLAN);
    for (const scenario of ["kansrijk", "alle"]) {
      const expected = [2024, 2025, 2026].map((year) => {
        const gap = queries.gap(scenario, year);
        if (!gap.ok) throw new Error(gap.message);
        return `€ ${gap.value.toLocaleString("nl-NL")}`;
      });
      expect(years(rowOf(shown.get("Overzicht")!, `Ruimte in de reserve: ${scenario} (vanaf 2024)`), 2, 5)).toEqual(
        expected,
      );
    }
  });
});

it(
  "follows an amount edited in a table: the Overzicht recomputes from the tables, not from its cache",
  async () => {
    const layout = renderLayout(LETTER_PLAN, []);
    // The officer raises the 2025 reserve (Begroting, line h, column 2025) from 200.000 to 300.000; the
    // Overzicht's cached results still hold the letter's figures.
    const begroting = layout.sheets[0].table!;
    const h = begroting.rows.find((row) => row[0] === "h")!;
    h[begroting.columns.findIndex((column) => column.header === "2025")] = 300_000;
    const overzicht = (await shownAfterRecalculation(layout)).get("Overzicht")!;
    expect(rowOf(overzicht, "Reserve (regel h)")[3]).toBe("€ 300.000");
    expect(rowOf(overzicht, "Totaal")[3]).toBe("€ 2.100.000");
    // meest kansrijk in 2025: 300.000 − 550.000 structural.
    expect(rowOf(overzicht, "Ruimte in de reserve: meest kansrijk (vanaf 2024)")[3]).toBe("€ -250.000");
  },
  MINUTES,
);

describe("saved plans on the Overzicht, recalculated by LibreOffice", () => {
  const roomOf = (overzicht: string[][], name: string, kind = "bewaard plan") =>
    years(rowOf(overzicht, `Ruimte in de reserve: ${name} (${kind})`), 2, 5);

  it(
    "shows each saved plan's room per year as worked out by hand from the letter",
    async () => {
      const overzicht = (
        await shownAfterRecalculation(withWrongCache(renderLayout(LETTER_PLAN, HAND_WORKED_PLANS)))
      ).get("Overzicht")!;
      expect(roomOf(overzicht, "Opvang eerst")).toEqual(HAND_WORKED_ROOM["Opvang eerst"]);
      expect(roomOf(overzicht, "Ander")).toEqual(HAND_WORKED_ROOM.Ander);
      // A reference row no native formula can follow: the amount as written.
      expect(roomOf(overzicht, "Verder", "bewaard plan, vast bedrag")).toEqual(HAND_WORKED_ROOM.Verder);
    },
    MINUTES,
  );

  it(
    "follows the officer's edit of a cut action and of a saved plan's start year",
    async () => {
      const layout = renderLayout(LETTER_PLAN, HAND_WORKED_PLANS);
      // Action 26 in 2026 raised from 100.000 to 150.000, and proposal 3 of "Opvang eerst" moved to 2026.
      const acties = layout.sheets[1].table!;
      acties.rows.find((row) => row[0] === 26)![acties.columns.findIndex((column) => column.header === "2026")] =
        150_000;
      const scenarios = layout.sheets[3].table!;
      const start = scenarios.columns.findIndex((column) => column.header === "Startjaar");
      scenarios.rows.find((row) => row[0] === "Opvang eerst" && row[1] === 3)![start] = 2026;
      const overzicht = (await shownAfterRecalculation(layout)).get("Overzicht")!;
      // 2025: 200.000 + 100.000 − 50.000 = 250.000; 2026: 1.050.000 + 150.000 − (175.000 + 50.000) = 975.000.
      expect(roomOf(overzicht, "Opvang eerst")).toEqual(["€ 450.000", "€ 250.000", "€ 975.000"]);
    },
    MINUTES,
  );
});
