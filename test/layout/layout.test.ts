import { isFormula, readPlanFromTables, renderLayout, type TableLayout } from "../../src/layout";
import { LETTER_PLAN } from "../../src/model/letter/dataset";
import { HAND_WORKED_PLANS, proposalRows } from "../support/saved-plan";

const layout = renderLayout(LETTER_PLAN, [proposalRows("Opvang eerst", [3, 13], 2025)]);
const table = (name: string): TableLayout => layout.sheets.find((sheet) => sheet.table?.name === name)!.table!;
const column = (t: TableLayout, header: string) => t.columns.findIndex((c) => c.header === header);

/** What Office.js gives for `table.getRange().values`: header, body, totals row as computed values. */
function rangeValues(t: TableLayout): unknown[][] {
  const totals = t.totals?.map((cell) => (isFormula(cell) ? cell.result : (cell ?? "")));
  return [
    t.columns.map((c) => c.header),
    ...t.rows.map((row) => row.map((cell) => cell ?? "")),
    ...(totals ? [totals] : []),
  ];
}

function letterTables(): Record<string, unknown[][]> {
  return Object.fromEntries(
    ["Begroting", "Acties", "Voorstellen", "Scenarios"].map((name) => [name, rangeValues(table(name))]),
  );
}

describe("the workbook layout", () => {
  it("has the sheets and tables of docs/contracts/layout.md, with the headers it lists", () => {
    expect(layout.sheets.map((sheet) => [sheet.name, sheet.table?.name ?? null])).toEqual([
      ["Begroting", "Begroting"],
      ["Acties", "Acties"],
      ["Voorstellen", "Voorstellen"],
      ["Scenario's", "Scenarios"],
      ["Kader", "Kader"],
      ["Overzicht", null],
    ]);
    expect(table("Begroting").columns.map((c) => c.header)).toEqual([
      "Regel",
      "Omschrijving",
      "2023",
      "2024",
      "2025",
      "2026",
      "Bron",
    ]);
    expect(table("Acties").columns.map((c) => c.header)).toEqual([
      "Nr",
      "Actielijn",
      "Actie",
      "2023",
      "2024",
      "2025",
      "2026",
      "Bron",
    ]);
    expect(table("Scenarios").columns.map((c) => c.header)).toEqual([
      "Scenario",
      "Voorstel",
      "Startjaar",
      "Schrap",
      "Plan",
    ]);
  });

  it("holds the letter's 8 lines, 32 actions (3 and 4 on one row) and 33 proposals in euros", () => {
    expect(table("Begroting").rows.map((row) => row[0])).toEqual(["a", "b", "c", "d", "e", "f", "g", "h"]);
    const reserve = table("Begroting").rows[7];
    expect(reserve.slice(2, 6)).toEqual([0, 500_000, 200_000, 1_050_000]);
    const actions = table("Acties").rows;
    expect(actions).toHaveLength(31);
    expect(actions.map((row) => row[0])).toContain("3 en 4");
    expect(table("Voorstellen").rows).toHaveLength(33);
  });

  it("totals each year of Begroting to the frame with a SUBTOTAL over the table column", () => {
    const totals = table("Begroting").totals!;
    expect(totals[0]).toBe("Totaal");
    expect(totals.slice(2, 6)).toEqual(
      ["2023", "2024", "2025", "2026"].map((year) => ({
        formula: `SUBTOTAL(109,Begroting[${year}])`,
        result: 2_000_000,
      })),
    );
  });

  it("fills Incidenteel/Structureel with the low estimate, Hoog with the high one, and leaves unknown costs blank", () => {
    const t = table("Voorstellen");
    const row = (n: number) => t.rows[n - 1];
    const [incidental, structural, high] = ["Incidenteel", "Structureel", "Hoog"].map((h) => column(t, h));
    expect([row(5)[incidental], row(5)[structural], row(5)[high]]).toEqual([125_000, 0, 1_000_000]);
    expect([row(13)[incidental], row(13)[structural], row(13)[high]]).toEqual([100_000, 50_000, 150_000]);
    expect([row(4)[incidental], row(4)[structural], row(4)[high], row(4)[column(t, "Status")]]).toEqual([
      null,
      null,
      null,
      "onbekend",
    ]);
  });

  it("writes one Scenarios row per proposal of a saved scenario", () => {
    expect(table("Scenarios").rows).toEqual([
      ["Opvang eerst", 3, 2025, null, null],
      ["Opvang eerst", 13, 2025, null, null],
    ]);
  });

  it("puts native formulas over the tables with the letter's results, and a column chart, on Overzicht", () => {
    const overzicht = layout.sheets.find((sheet) => sheet.name === "Overzicht")!;
    const at = (address: string) => overzicht.cells.find((cell) => cell.address === address)?.value;
    expect(at("A6")).toBe("b. No Regrets");
    expect(at("D8")).toEqual({ formula: 'SUMIFS(Begroting[2025],Begroting[Regel],"d")', result: 400_000 });
    expect(at("A13")).toBe("Totaal");
    expect(at("E13")).toEqual({ formula: "SUM(Begroting[2026])", result: 2_000_000 });
    expect(at("C14")).toBe(2_000_000);
    expect(at("C15")).toEqual({ formula: 'SUMIFS(Begroting[2024],Begroting[Regel],"h")', result: 500_000 });
    // Letter, docs/contracts/plans.md: meest kansrijk costs 625.000 incidental and 550.000 structural from 2024.
    expect(at("C16")).toEqual({
      formula:
        'C15-SUMIFS(Voorstellen[Incidenteel],Voorstellen[Prioriteit],"Meest kansrijk")-SUMIFS(Voorstellen[Structureel],Voorstellen[Prioriteit],"Meest kansrijk")',
      result: -675_000,
    });
    expect(at("D16")).toEqual({
      formula: 'D15-SUMIFS(Voorstellen[Structureel],Voorstellen[Prioriteit],"Meest kansrijk")',
      result: -350_000,
    });
    // Bijlage 1 prints "Nog onbekend." or "Nog niet bekend." as the cost of 7 proposals.
    // Row 19 holds the saved plan "Opvang eerst", so the count sits on row 21.
    expect(at("B21")).toEqual({ formula: 'COUNTIFS(Voorstellen[Status],"onbekend")', result: 7 });
    expect(overzicht.chart).toMatchObject({ source: "A4:E12", seriesBy: "Columns" });
  });

  it("puts each saved plan's room next to the built-in ones: native over its rows, a fixed amount for a reference", () => {
    const overzicht = renderLayout(LETTER_PLAN, HAND_WORKED_PLANS).sheets.find((sheet) => sheet.name === "Overzicht")!;
    const rowLabelled = (label: string) => {
      const row = overzicht.cells.find((cell) => cell.value === label)!.address.slice(1);
      return ["C", "D", "E"].map((column) => overzicht.cells.find((cell) => cell.address === `${column}${row}`)!.value);
    };
    const opvang = rowLabelled("Ruimte in de reserve: Opvang eerst (bewaard plan)");
    // The cached results: the hand-worked figures of test/support/saved-plan.ts.
    expect(opvang.map((cell) => isFormula(cell) && cell.result)).toEqual([450_000, 75_000, 1_100_000]);
    expect(isFormula(opvang[1]) && opvang[1].formula).toMatch(/^D15\+SUMPRODUCT\(Acties\[2025\]\*/);
    expect(rowLabelled("Ruimte in de reserve: Verder (bewaard plan, vast bedrag)")).toEqual([
      -675_000, -350_000, 600_000,
    ]);
  });

  it("writes #N/A through NA() for a saved plan the model cannot resolve, never a number that looks right", () => {
    const broken = [{ name: "Kapot", parts: [{ kind: "proposal" as const, proposal: 99, startYear: null }] }];
    const overzicht = renderLayout(LETTER_PLAN, broken).sheets.find((sheet) => sheet.name === "Overzicht")!;
    expect(overzicht.cells.filter((cell) => cell.address.endsWith("19")).map((cell) => cell.value)).toEqual([
      "Ruimte in de reserve: Kapot (bewaard plan)",
      { formula: "NA()", result: "#N/A" },
      { formula: "NA()", result: "#N/A" },
      { formula: "NA()", result: "#N/A" },
    ]);
  });

  it("writes no SAMEN formula, which would show #NAME? where the add-in is not installed", () => {
    const formulas = layout.sheets.flatMap((sheet) => [
      ...sheet.cells.flatMap((cell) => (isFormula(cell.value) ? [cell.value.formula] : [])),
      ...(sheet.table?.totals ?? []).flatMap((cell) => (isFormula(cell) ? [cell.formula] : [])),
    ]);
    expect(formulas.length).toBeGreaterThan(40);
    expect(formulas.filter((formula) => /SAMEN\./i.test(formula))).toEqual([]);
  });

  it("prints every sheet on A4 landscape, one page wide, header rows repeated, the letter in the footer", () => {
    expect(layout.sheets.map((sheet) => [sheet.name, sheet.print.titleRows])).toEqual([
      ["Begroting", { first: 1, last: 1 }],
      ["Acties", { first: 1, last: 1 }],
      ["Voorstellen", { first: 1, last: 1 }],
      ["Scenario's", { first: 1, last: 1 }],
      ["Kader", { first: 1, last: 1 }],
      ["Overzicht", { first: 4, last: 4 }],
    ]);
    for (const sheet of layout.sheets) {
      expect(sheet.print).toMatchObject({
        paperSize: "A4",
        orientation: "landscape",
        pagesWide: 1,
        leftFooter: "Bron: brief van de staatssecretaris van JenV van 2 februari 2024, kenmerk 5155148, bijlage 1 en 2",
      });
    }
  });
});

describe("readPlanFromTables", () => {
  it("reads the letter's plan and the saved scenarios back from the table values, totals row and all", () => {
    const read = readPlanFromTables(letterTables());
    expect(read).toEqual({
      ok: true,
      value: { plan: LETTER_PLAN, scenarios: [proposalRows("Opvang eerst", [3, 13], 2025)] },
    });
  });

  it("reads columns by header, so a reordered table still reads", () => {
    const tables = letterTables();
    tables.Begroting = tables.Begroting.map((row) => [...row].reverse());
    const read = readPlanFromTables(tables);
    expect(read.ok && read.value.plan.budgetLines[7].amounts[2026]).toBe(1_050_000);
  });

  it("refuses an amount typed as text, naming table, row and column in Dutch", () => {
    const tables = letterTables();
    tables.Begroting[4][3] = "0,4";
    expect(readPlanFromTables(tables)).toEqual({
      ok: false,
      kind: "value",
      message: 'Tabel Begroting, rij 4, kolom 2024: "0,4" is geen bedrag in hele euro\'s.',
    });
  });

  it("says which table is missing, and which column", () => {
    const withoutActions = letterTables();
    delete withoutActions.Acties;
    expect(readPlanFromTables(withoutActions)).toMatchObject({
      ok: false,
      kind: "not-available",
      message: expect.stringContaining("De tabel Acties ontbreekt"),
    });
    const withoutColumn = letterTables();
    withoutColumn.Voorstellen = withoutColumn.Voorstellen.map((row) => row.slice(0, 5));
    expect(readPlanFromTables(withoutColumn)).toMatchObject({
      ok: false,
      message: 'De tabel Voorstellen mist de kolom "Kosten".',
    });
  });

  it("refuses a Begroting without line h and an action number used twice", () => {
    const short = letterTables();
    short.Begroting.splice(8, 1);
    expect(readPlanFromTables(short)).toMatchObject({
      ok: false,
      message:
        'De tabel Begroting klopt niet: precies één regel moet de reserve zijn (een omschrijving die begint met "Reservering").',
    });
    const twice = letterTables();
    twice.Acties[2][0] = twice.Acties[1][0];
    expect(readPlanFromTables(twice)).toMatchObject({
      ok: false,
      message: expect.stringContaining("Dubbel actienummer"),
    });
  });
});
