/**
 * The Scenarios table in .xlsx files from more than one writer: the older three-column form (an
 * independent ExcelJS writer, test/fixtures), read as it is and written again by the add-in's ExcelJS
 * writer in the five-column form without losing a row; and a five-column table with cut and reference
 * rows written by openpyxl (values only), answered for by `samen fn --workbook`.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { planStateOfWorkbook, readWorkbookFile } from "../../src/cli/fn-workbook";
import { renderLayout } from "../../src/layout";
import { LETTER_PLAN } from "../../src/model/letter/dataset";
import type { PlanQueries } from "../../src/model/functions/queries";
import { buildWorkbook } from "../../src/xlsx/write-workbook";
import { cellAt } from "../../src/validate/grid";
import { buildAddinLayout } from "../fixtures/addin-layout";
import { captureIO } from "../support/capture-io";
import { proposalRows } from "../support/saved-plan";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samen-scenarios-"));

async function queriesOf(file: string): Promise<PlanQueries> {
  const state = planStateOfWorkbook(await readWorkbookFile(file));
  if (!state.ok) throw new Error(state.message);
  return state.value;
}

async function scenarioSheet(file: string): Promise<unknown[][]> {
  const workbook = await readWorkbookFile(file);
  const sheet = workbook.sheets.find((candidate) => candidate.name === "Scenario's")!;
  // The grid holds only the cells present: read the table's rectangle, as wide as its header.
  const width = sheet.rows[0].length;
  return Array.from(sheet.rows, (_, r) =>
    Array.from({ length: width }, (__, c) => cellAt(sheet, sheet.top + r, sheet.left + c)?.value ?? ""),
  );
}

async function fn(...args: string[]) {
  const io = captureIO();
  const code = await main(["fn", ...args], io);
  return { code, out: io.stdout };
}

describe("an older three-column Scenarios table", () => {
  const oldFile = path.join(dir, "oud.xlsx");
  const resaved = path.join(dir, "opnieuw.xlsx");
  beforeAll(async () => {
    await buildAddinLayout().xlsx.writeFile(oldFile);
  });

  test("is read as proposal rows with their start year", async () => {
    const queries = await queriesOf(oldFile);
    expect(queries.savedPlans()).toEqual([
      proposalRows("Klantaanpak eerst", [1, 3], 2024),
      proposalRows("Opvang", [13], 2025),
    ]);
    // Opvang: 13 from 2025, 2025: 200.000 − 100.000 − 50.000.
    expect((await fn("GAP", "opvang", "2025", "--workbook", oldFile)).out).toEqual(["50000"]);
  });

  test("is written again in the five-column form with every row", async () => {
    const saved = (await queriesOf(oldFile)).savedPlans();
    await buildWorkbook(renderLayout(LETTER_PLAN, saved)).xlsx.writeFile(resaved);
    expect(await scenarioSheet(resaved)).toEqual([
      ["Scenario", "Voorstel", "Startjaar", "Schrap", "Plan"],
      ["Klantaanpak eerst", 1, 2024, "", ""],
      ["Klantaanpak eerst", 3, 2024, "", ""],
      ["Opvang", 13, 2025, "", ""],
    ]);
    expect((await queriesOf(resaved)).savedPlans()).toEqual(saved);
    expect((await fn("GAP", "Klantaanpak eerst", "2024", "--workbook", resaved)).out).toEqual(["325000"]);
  });
});

describe("a five-column Scenarios sheet written by openpyxl", () => {
  const file = path.join(dir, "openpyxl.xlsx");
  beforeAll(() => {
    // The model tables from the layout (totals rows left out: the reader skips them), plus saved plans.
    const tables = renderLayout(LETTER_PLAN, [
      {
        name: "Krap",
        parts: [
          { kind: "proposal", proposal: 3, startYear: 2025 },
          { kind: "proposal", proposal: 13, startYear: null },
          { kind: "cut", action: 4 },
        ],
      },
      {
        name: "Ruim",
        parts: [
          { kind: "reference", plan: "meest kansrijk; schrap 26" },
          { kind: "proposal", proposal: 10, startYear: 2026 },
        ],
      },
    ]).sheets.flatMap((sheet) =>
      sheet.table
        ? [
            {
              sheet: sheet.name,
              name: sheet.table.name,
              header: sheet.table.columns.map((c) => c.header),
              rows: sheet.table.rows,
            },
          ]
        : [],
    );
    // openpyxl writes strings inline: a different file from ExcelJS's. Sheets of values only: ExcelJS 4.4
    // cannot read the table parts openpyxl 3.0 writes (their relationship targets are absolute paths).
    const script = `
import sys, json, openpyxl
wb = openpyxl.Workbook()
wb.remove(wb.active)
for table in json.load(sys.stdin):
    ws = wb.create_sheet(table["sheet"])
    ws.append(table["header"])
    for row in table["rows"]:
        ws.append(row)
wb.save(sys.argv[1])
`;
    execFileSync("/usr/bin/python3", ["-c", script, file], { input: JSON.stringify(tables) });
  });

  test("answers for saved plans with their own start years, cuts and references", async () => {
    // Krap 2025: 200.000 + 100.000 (row 3 en 4) − 175.000 (3 from 2025) − 50.000 (13's structural).
    expect((await fn("GAP", "krap", "2025", "--workbook", file)).out).toEqual(["75000"]);
    expect((await fn("FREED", "Krap", "--workbook", file)).out).toEqual(["200000"]);
    // Ruim 2024: meest kansrijk's −675.000, with 10 (300.000 structural) moved to 2026: −375.000.
    expect((await fn("GAP", "ruim", "2024", "--workbook", file)).out).toEqual(["-375000"]);
    // Ruim 2026: 1.050.000 + 100.000 (action 26) − 550.000.
    expect((await fn("GAP", "ruim", "2026", "--workbook", file)).out).toEqual(["600000"]);
    // The running sum 2024–2026: −375.000 − 50.000 + 600.000.
    expect((await fn("GAP", "ruim", "2026", "laag", "WAAR", "--workbook", file)).out).toEqual(["175000"]);
    expect((await fn("PROPOSALS", "krap; zonder 3", "--workbook", file)).out).toEqual(["13"]);
  });

  test("the worked examples of issue 11 on the command line", async () => {
    expect((await fn("GAP", "meest kansrijk; schrap 26", "2026")).out).toEqual(["600000"]);
    expect((await fn("FREED", "schrap 9, 31", "2025")).out).toEqual(["600000"]);
    expect((await fn("GAP", "3 vanaf 2025, 13", "2025")).out).toEqual(["-25000"]);
    expect(await fn("GAP", "schrap 33")).toEqual({
      code: 1,
      out: ['#N/A: Onbekende actie 33 in "schrap 33": er zijn acties 1 tot en met 32.'],
    });
  });
});
