import { isFormula, readPlanFromTables, renderLayout } from "../../src/layout";
import { deleteScenario, saveScenario } from "../../src/excel/scenario-store";
import { HAND_WORKED_PLANS } from "../support/saved-plan";
import { loadModel, planLoad } from "../../src/excel/load-model";
import { LETTER_PLAN } from "../../src/model/letter/dataset";
import type { Plan } from "../../src/model/schema";
import { readGridFromExcel } from "../../src/excel/read-grid";
import { validateGrid } from "../../src/validate";
import { createFakeExcel, type FakeExcel } from "../fake-excel";
import { besidesLetterSlip } from "../fixtures/validate-workbook";

/** The letter's plan years, the start years its horizon allows. */
const PLAN_YEARS = [2024, 2025, 2026];

/** A workbook as Excel opens it: one empty sheet. */
function newWorkbook(): FakeExcel {
  const fake = createFakeExcel();
  fake.addSheet("Blad1");
  return fake;
}

const load = (fake: FakeExcel, overwriteEdits = false, plan?: Plan) =>
  fake.Excel.run((context) => loadModel(context, { overwriteEdits, plan }));
const preview = (fake: FakeExcel) => fake.Excel.run((context) => planLoad(context));

function snapshot(fake: FakeExcel) {
  return fake
    .sheetNames()
    .map((sheet) => ({ sheet, formulas: fake.formulas(sheet), formats: fake.numberFormats(sheet) }));
}

const column = (values: unknown[][], header: string) => values[0].indexOf(header);

describe("loadModel on a new workbook (fake Excel host)", () => {
  let fake: FakeExcel;
  beforeAll(async () => {
    fake = newWorkbook();
    await load(fake);
  });

  it("takes three syncs, the writes with calculation suspended", () => {
    expect([fake.syncCount(), fake.suspendedSyncCount()]).toEqual([3, 1]);
  });

  it("creates the sheets and tables of the layout", () => {
    expect(fake.sheetNames()).toEqual([
      "Blad1",
      "Begroting",
      "Acties",
      "Voorstellen",
      "Scenario's",
      "Kader",
      "Overzicht",
    ]);
    expect(fake.tables().map((table) => [table.name, table.address, table.showTotals])).toEqual([
      ["Begroting", "Begroting!A1:G10", true],
      ["Acties", "Acties!A1:H32", false],
      ["Voorstellen", "Voorstellen!A1:K34", false],
      ["Scenarios", "'Scenario''s'!A1:E2", false],
      ["Kader", "Kader!A1:D5", false],
    ]);
  });

  it("writes the letter's amounts in euros, and each year of Begroting totals 2.000.000 in the totals row", () => {
    const begroting = fake.tableValues("Begroting");
    expect(begroting[0]).toEqual(["Regel", "Omschrijving", "2023", "2024", "2025", "2026", "Bron"]);
    expect(begroting[8].slice(0, 1).concat(begroting[8].slice(2, 6))).toEqual(["h", 0, 500_000, 200_000, 1_050_000]);
    expect(begroting[9].slice(2, 6)).toEqual([2_000_000, 2_000_000, 2_000_000, 2_000_000]);
    expect(fake.formulas("Begroting", "C10:F10")).toEqual([
      [
        "=SUBTOTAL(109,Begroting[2023])",
        "=SUBTOTAL(109,Begroting[2024])",
        "=SUBTOTAL(109,Begroting[2025])",
        "=SUBTOTAL(109,Begroting[2026])",
      ],
    ]);
    expect(fake.numberFormats("Begroting", "C2:C2")).toEqual([['"€" #,##0;"€" -#,##0;"-"']]);
    expect(String(begroting[1][6])).toMatch(/^Bijlage 2, Programma Samen tegen mensenhandel/);
  });

  it("puts actions 3 and 4 on one row, and action line 2 sums to 400.000 in 2025", () => {
    const acties = fake.tableValues("Acties");
    expect(acties.filter((row) => row[0] === "3 en 4")).toHaveLength(1);
    const [line, y2025] = [column(acties, "Actielijn"), column(acties, "2025")];
    const lineTwo = acties.slice(1).filter((row) => row[line] === 2);
    expect(lineTwo.reduce((sum, row) => sum + Number(row[y2025]), 0)).toBe(400_000);
  });

  it("reads back, through readPlanFromTables, as exactly the letter's plan", () => {
    const tables = Object.fromEntries(
      ["Begroting", "Acties", "Voorstellen", "Scenarios"].map((name) => [name, fake.tableValues(name)]),
    );
    expect(readPlanFromTables(tables)).toEqual({ ok: true, value: { plan: LETTER_PLAN, scenarios: [] } });
  });

  it("fills Overzicht with native formulas and a clustered column chart of the lines per year, headers frozen on the tables", () => {
    expect(fake.formulas("Overzicht", "A5:C5")).toEqual([
      [
        "a. Programmakosten (apparaatsbudget)",
        '=SUMIFS(Begroting[2023],Begroting[Regel],"a")',
        '=SUMIFS(Begroting[2024],Begroting[Regel],"a")',
      ],
    ]);
    expect(fake.charts("Overzicht")).toEqual([
      expect.objectContaining({ chartType: "ColumnClustered", source: "Overzicht!A4:E12", seriesBy: "Columns" }),
    ]);
    expect(["Begroting", "Acties", "Voorstellen", "Scenario's"].map((sheet) => fake.frozenRows(sheet))).toEqual([
      1, 1, 1, 1,
    ]);
  });
});

describe("loadModel's presentation (fake Excel host)", () => {
  let fake: FakeExcel;
  beforeAll(async () => {
    fake = newWorkbook();
    await load(fake);
  });

  it("sets up every sheet it creates to print on A4 landscape, one page wide, header rows repeated, the source in the footer", () => {
    const sheets = ["Begroting", "Acties", "Voorstellen", "Scenario's", "Overzicht"];
    expect(sheets.map((sheet) => fake.printSetup(sheet))).toEqual(
      sheets.map((sheet) => ({
        orientation: "Landscape",
        paperSize: "A4",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        titleRows: sheet === "Overzicht" ? "$4:$4" : "$1:$1",
        footers: {
          leftFooter:
            "Bron: brief van de staatssecretaris van JenV van 2 februari 2024, kenmerk 5155148, bijlage 1 en 2",
          centerFooter: "",
          rightFooter: "Pagina &P van &N",
        },
      })),
    );
    expect(fake.printSetup("Blad1")).toMatchObject({ orientation: "Portrait", titleRows: null });
  });

  it("shows amounts as Dutch officers write them: € 1.050.000, the letter's - for no money, € -675.000", async () => {
    const text = async (sheet: string, address: string) =>
      fake.Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem(sheet).getRange(address).load("text");
        await context.sync();
        return range.text;
      });
    // Begroting row 9 is line h: "-", 0,5, 0,2 and 1,05 mln in the letter.
    expect(await text("Begroting", "C9:F9")).toEqual([["-", "€ 500.000", "€ 200.000", "€ 1.050.000"]]);
    await fake.userEdit("Begroting", "D9", [[-675_000]]);
    expect(await text("Begroting", "D9")).toEqual([["€ -675.000"]]);
  });
});

describe("loadModel and the saved plans of the workbook's Scenarios table", () => {
  const roomRow = (fake: FakeExcel, label: string) =>
    fake.formulas("Overzicht").find((row) => row[0] === `Ruimte in de reserve: ${label}`);

  it("brings the saved plans' rows up to date without asking, in the same three syncs", async () => {
    const fake = newWorkbook();
    await load(fake);
    expect(roomRow(fake, "Opvang eerst (bewaard plan)")).toBeUndefined();
    expect(await saveScenario(fake.context(), HAND_WORKED_PLANS[0], PLAN_YEARS)).toEqual({
      ok: true,
      value: undefined,
    });
    expect((await preview(fake)).parts.find((part) => part.name === "Overzicht")).toEqual({
      name: "Overzicht",
      state: "missing",
      detail: "De ruimte van de bewaarde plannen wordt bijgewerkt.",
      differences: [],
    });
    fake.resetSyncCount();
    const summary = await load(fake);
    expect(fake.syncCount()).toBe(3);
    expect(summary.lines).toEqual(["Overzicht: de ruimte van de bewaarde plannen is bijgewerkt."]);
    const row = roomRow(fake, "Opvang eerst (bewaard plan)")!;
    expect(row.slice(2, 5)).toEqual(
      renderLayout(LETTER_PLAN, [HAND_WORKED_PLANS[0]])
        .sheets.find((sheet) => sheet.name === "Overzicht")!
        .cells.filter((cell) => /^[CDE]19$/.test(cell.address))
        .map((cell) => (isFormula(cell.value) ? `=${cell.value.formula}` : cell.value)),
    );
    expect(String(row[2])).toMatch(/^=C15\+SUMPRODUCT\(Acties\[2024\]/);
    expect((await preview(fake)).parts.find((part) => part.name === "Overzicht")).toMatchObject({ state: "same" });

    // The plan deleted again: its row goes, and nothing of the old, longer block stays below.
    const before = fake.formulas("Overzicht").length;
    expect(await deleteScenario(fake.context(), "Opvang eerst")).toEqual({ ok: true, value: undefined });
    await load(fake);
    expect(roomRow(fake, "Opvang eerst (bewaard plan)")).toBeUndefined();
    expect(fake.formulas("Overzicht")).toHaveLength(before - 1);
  });

  it("still asks before overwriting an officer's edit above the saved plans' rows", async () => {
    const fake = newWorkbook();
    await load(fake);
    await saveScenario(fake.context(), HAND_WORKED_PLANS[1], PLAN_YEARS);
    await fake.userEdit("Overzicht", "C15", [[600_000]]);
    const summary = await load(fake);
    expect(summary.leftAlone).toEqual([expect.stringMatching(/^Overzicht: niet aangepast/)]);
    expect(roomRow(fake, "Ander (bewaard plan)")).toBeUndefined();
  });

  it("writes amounts, not formulas naming a missing Schrap column, for plans of an older three-column table", async () => {
    const fake = newWorkbook();
    fake.addSheet("Scenario's");
    fake.setCells("Scenario's", "A1", [
      ["Scenario", "Voorstel", "Startjaar"],
      ["Klein", 3, 2025],
      ["Klein", 13, 2025],
    ]);
    fake.addTable("Scenario's", "A1:C3", "Scenarios");
    await load(fake);
    // 2024: 500.000; 2025: 200.000 − 175.000 − 100.000 − 50.000; 2026: 1.050.000 − 50.000.
    expect(roomRow(fake, "Klein (bewaard plan, vast bedrag)")!.slice(2, 5)).toEqual([500_000, -125_000, 1_000_000]);
  });
});

describe("loadModel on a workbook from before the Vormen column", () => {
  it("adds Vormen to the officer's Voorstellen table, without asking, and leaves her own row and edits alone", async () => {
    const fake = newWorkbook();
    const voorstellen = renderLayout(LETTER_PLAN, []).sheets.find((sheet) => sheet.table?.name === "Voorstellen")!;
    const columns = voorstellen.table!.columns.map((c) => c.header);
    const vormen = columns.indexOf("Vormen");
    const without = <T>(row: readonly T[]) => row.filter((_, i) => i !== vormen);
    const rows = voorstellen.table!.rows.map((row) => without(row.map((cell) => cell ?? "")));
    // Her own proposal 99, and her note on proposal 16's appraisal.
    const own = [99, "Eigen thema", "Kansrijk", "Eigen voorstel", "", "Geen.", "geraamd", 0, 0, 0];
    const sixteen = rows.findIndex((row) => row[0] === 16);
    rows[sixteen][columns.indexOf("Toelichting")] = "Eigen aantekening";
    fake.addSheet("Voorstellen");
    fake.setCells("Voorstellen", "A1", [without(columns), ...rows, own]);
    fake.addTable("Voorstellen", `A1:${String.fromCharCode(64 + columns.length - 1)}${rows.length + 2}`, "Voorstellen");

    const plan = await preview(fake);
    expect(plan.parts.find((part) => part.name === "Voorstellen")).toMatchObject({
      state: "edited",
      detail: expect.stringContaining("kolom Vormen ontbreekt (wordt toegevoegd)"),
    });
    const summary = await load(fake);
    expect(summary.lines).toContain("Voorstellen: kolom Vormen toegevoegd.");
    const table = fake.tableValues("Voorstellen");
    expect(table[0]).toEqual([...without(columns), "Vormen"]);
    const formsOf = (number: number) => table.find((row) => row[0] === number)![columns.length - 1];
    // Read by hand from Bijlage 1: proposal 16 names all three forms, 99 is hers and has none yet.
    expect(formsOf(16)).toBe("seksuele uitbuiting, arbeidsuitbuiting, criminele uitbuiting");
    expect(formsOf(99)).toBe("");
    expect(table[sixteen + 1][columns.indexOf("Toelichting")]).toBe("Eigen aantekening");
  });
});

describe("planLoad", () => {
  it("reports what a load would create or leave alone in two syncs, writing nothing", async () => {
    const fake = newWorkbook();
    fake.setCells("Overzicht", "A1", [["Mijn eigen overzicht"]]);
    const before = snapshot(fake);
    const plan = await preview(fake);
    expect(plan.parts.map((part) => [part.name, part.state])).toEqual([
      ["Begroting", "missing"],
      ["Acties", "missing"],
      ["Voorstellen", "missing"],
      ["Scenario's", "missing"],
      ["Kader", "missing"],
      ["Overzicht", "conflict"],
    ]);
    expect([fake.syncCount(), snapshot(fake)]).toEqual([2, before]);
  });
});

describe("loadModel again: safe on a workbook that holds the model", () => {
  it("changes nothing and needs only the two reading syncs", async () => {
    const fake = newWorkbook();
    await load(fake);
    const before = snapshot(fake);
    fake.resetSyncCount();
    const summary = await load(fake);
    expect(snapshot(fake)).toEqual(before);
    expect(fake.tables()).toHaveLength(5);
    expect(fake.syncCount()).toBe(2);
    expect(summary.lines).toEqual(["Niets te doen: de werkmap bevat het model al."]);
  });

  it("reports an edited amount and leaves it, until the officer consents to overwrite", async () => {
    const fake = newWorkbook();
    await load(fake);
    await fake.userEdit("Begroting", "E5", [[450_000]]);
    const plan = await preview(fake);
    expect(plan.parts.find((part) => part.name === "Begroting")).toMatchObject({
      state: "edited",
      differences: ["Begroting, regel d, 2025: in de werkmap € 450.000, in de brief € 400.000"],
    });
    const kept = await load(fake);
    expect(fake.values("Begroting", "E5")).toEqual([[450_000]]);
    expect(kept.leftAlone[0]).toMatch(/^Begroting: niet aangepast/);
    fake.resetSyncCount();
    const restored = await load(fake, true);
    expect(fake.values("Begroting", "E5")).toEqual([[400_000]]);
    expect(restored.updated).toEqual(["Begroting"]);
    expect(fake.syncCount()).toBe(3);
  });

  it("never removes a row the officer added, even when overwriting edits", async () => {
    const fake = newWorkbook();
    await load(fake);
    await fake.Excel.run(async (context) => {
      context.workbook.tables.getItem("Acties").rows.add(undefined, [[99, 5, "Eigen actie", 0, 1000, 0, 0, ""]]);
      await context.sync();
    });
    const plan = await preview(fake);
    expect(plan.parts.find((part) => part.name === "Acties")?.detail).toBe("1 rij door u toegevoegd (blijven staan)");
    await load(fake, true);
    expect(fake.tableValues("Acties").map((row) => row[0])).toContain(99);
  });

  it("keeps a year the officer added (a column 2027, a Kader row) and still restores the letter's years with consent", async () => {
    const fake = newWorkbook();
    await load(fake);
    await fake.Excel.run(async (context) => {
      const tables = context.workbook.tables;
      // 2027 as an officer enters it: line a € 300.000, the reserve h the rest of the frame, no action money.
      const lines = fake
        .tableValues("Begroting")
        .slice(1)
        .map((row) => String(row[0]));
      const amounts: Record<string, number> = { a: 300_000, h: 1_700_000 };
      tables.getItem("Begroting").columns.add(
        undefined,
        lines.map((id) => [id === "Totaal" ? "=SUBTOTAL(109,Begroting[2027])" : (amounts[id] ?? 0)]),
        "2027",
      );
      const actionRows = fake.tableValues("Acties").length - 1;
      tables.getItem("Acties").columns.add(
        undefined,
        Array.from({ length: actionRows }, () => [0]),
        "2027",
      );
      tables.getItem("Kader").rows.add(undefined, [[2027, 2_000_000, "raming", "Meerjarenraming 2027"]]);
      await context.sync();
    });
    const column2027 = () =>
      fake.tableValues("Begroting").map((row) => row[column(fake.tableValues("Begroting"), "2027")]);
    const before2027 = column2027();

    const plan = await preview(fake);
    expect(plan.parts.filter((part) => ["Begroting", "Acties", "Kader"].includes(part.name))).toEqual([
      { name: "Begroting", state: "same", detail: "kolom 2027 door u toegevoegd (blijft staan)", differences: [] },
      { name: "Acties", state: "same", detail: "kolom 2027 door u toegevoegd (blijft staan)", differences: [] },
      { name: "Kader", state: "same", detail: "1 rij door u toegevoegd (blijven staan)", differences: [] },
    ]);
    expect((await load(fake)).lines).toEqual(["Niets te doen: de werkmap bevat het model al."]);

    // Bijlage 2: line d is € 400.000 in 2025.
    await fake.userEdit("Begroting", "E5", [[450_000]]);
    expect((await preview(fake)).parts.find((part) => part.name === "Begroting")).toMatchObject({
      state: "edited",
      differences: ["Begroting, regel d, 2025: in de werkmap € 450.000, in de brief € 400.000"],
    });
    await load(fake, true);
    expect(fake.values("Begroting", "E5")).toEqual([[400_000]]);
    expect(column2027()).toEqual(before2027);
    expect(fake.tableValues("Kader").map((row) => row[0])).toContain(2027);
  });

  it("leaves the officer's saved scenarios in the Scenarios table alone", async () => {
    const fake = newWorkbook();
    await load(fake);
    await fake.userEdit("Scenario's", "A2", [["Opvang eerst", 13, 2025]]);
    await load(fake, true);
    expect(fake.tableValues("Scenarios")).toEqual([
      ["Scenario", "Voorstel", "Startjaar", "Schrap", "Plan"],
      ["Opvang eerst", 13, 2025, "", ""],
    ]);
  });

  it("never takes over a sheet of the officer's that has a layout name, and says so", async () => {
    const fake = newWorkbook();
    fake.setCells("Overzicht", "A1", [["Mijn eigen overzicht", 42]]);
    const summary = await load(fake, true);
    expect(fake.formulas("Overzicht")).toEqual([["Mijn eigen overzicht", 42]]);
    expect(fake.charts("Overzicht")).toEqual([]);
    expect(summary.leftAlone).toEqual([
      expect.stringMatching(/^Overzicht: Het blad Overzicht bestaat al en bevat iets anders/),
    ]);
    expect(fake.tables().map((table) => table.name)).toEqual([
      "Begroting",
      "Acties",
      "Voorstellen",
      "Scenarios",
      "Kader",
    ]);
  });
});

describe("loadModel: text is never a formula, and the round trips do not grow with the rows", () => {
  it("writes text beginning with = + - or @ as text", async () => {
    const plan: Plan = structuredClone(LETTER_PLAN);
    plan.proposals[0].text = '=HYPERLINK("http://x","klik")';
    plan.proposals[1].text = "+31 20 123";
    plan.proposals[2].text = "-kosten";
    plan.proposals[3].text = "@SUM(A1)";
    const fake = newWorkbook();
    await load(fake, false, plan);
    const voorstellen = fake.tableValues("Voorstellen");
    const text = column(voorstellen, "Voorstel");
    expect(voorstellen.slice(1, 5).map((row) => row[text])).toEqual([
      '=HYPERLINK("http://x","klik")',
      "+31 20 123",
      "-kosten",
      "@SUM(A1)",
    ]);
    expect(
      fake
        .formulas("Voorstellen", "D2:D5")
        .flat()
        .every((formula) => String(formula).startsWith("'")),
    ).toBe(true);
  });

  it("loads ten times as many actions in the same three syncs", async () => {
    const plan: Plan = structuredClone(LETTER_PLAN);
    plan.actions = Array.from({ length: 320 }, (_, i) => ({ ...LETTER_PLAN.actions[i % 31], numbers: [i + 1] }));
    const fake = newWorkbook();
    await load(fake, false, plan);
    expect(fake.tableValues("Acties")).toHaveLength(321);
    expect(fake.syncCount()).toBe(3);
  });
});

describe("loadModel and the validator", () => {
  it("loads a workbook that the validator finds consistent but for the letter's slip, and finds an edited amount in it", async () => {
    const fake = newWorkbook();
    await load(fake);
    const findings = () => fake.Excel.run(async (context) => validateGrid(await readGridFromExcel(context)));
    expect(besidesLetterSlip(await findings())).toEqual([]);
    await fake.userEdit("Begroting", "E5", [[450_000]]);
    expect((await findings()).map((finding) => [finding.rule, finding.sheet])).toContainEqual([
      "budget-frame",
      "Begroting",
    ]);
  });
});
