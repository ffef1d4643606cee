import ExcelJS from "exceljs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { loadModel } from "../../src/excel/load-model";
import { renderLayout } from "../../src/layout";
import { LETTER_PLAN } from "../../src/model/letter/dataset";
import { buildWorkbook } from "../../src/xlsx/write-workbook";
import { createFakeExcel } from "../fake-excel";
import { captureIO } from "../support/capture-io";
import { HAND_WORKED_PLANS } from "../support/saved-plan";

const YEARS = ["2023", "2024", "2025", "2026"];

async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** Body rows of a table as plain values, header first; the totals row separately. */
function tableRows(workbook: ExcelJS.Workbook, sheetName: string, tableName: string) {
  const sheet = workbook.getWorksheet(sheetName)!;
  const table = sheet.getTable(tableName) as unknown as { table: { tableRef: string; totalsRow: boolean } };
  const [, last] = /:[A-Z]+(\d+)$/.exec(table.table.tableRef)!;
  const rows: unknown[][] = [];
  for (let r = 1; r <= Number(last); r++) {
    const values = sheet.getRow(r).values as unknown[];
    rows.push(values.slice(1));
  }
  return { sheet, rows, hasTotals: table.table.totalsRow };
}

describe("samen workbook <uit.xlsx>", () => {
  let dir: string;
  let file: string;
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "samen-workbook-"));
    file = join(dir, "plan.xlsx");
    const io = captureIO();
    expect(await main(["workbook", file], io)).toBe(0);
    workbook = await readBack(file);
  });

  it("writes the sheets and the tables Begroting, Acties, Voorstellen and Scenarios", () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Begroting",
      "Acties",
      "Voorstellen",
      "Scenario's",
      "Kader",
      "Overzicht",
    ]);
    const tables = workbook.worksheets.flatMap((sheet) =>
      sheet.getTables().map((entry) => (entry as unknown as { table: { name: string } }).table.name),
    );
    expect(tables).toEqual(["Begroting", "Acties", "Voorstellen", "Scenarios", "Kader"]);
  });

  it("holds every amount of the letter in euros, and each Begroting year adds up to 2.000.000", () => {
    const { rows, hasTotals } = tableRows(workbook, "Begroting", "Begroting");
    expect(hasTotals).toBe(true);
    const [header, ...body] = rows;
    const lines = body.slice(0, 8);
    expect(lines.map((row) => row[0])).toEqual(["a", "b", "c", "d", "e", "f", "g", "h"]);
    for (const [i, line] of LETTER_PLAN.budgetLines.entries()) {
      expect(YEARS.map((year) => lines[i][header.indexOf(year)])).toEqual(
        YEARS.map((year) => line.amounts[Number(year) as 2023]),
      );
    }
    for (const year of YEARS) {
      expect(lines.reduce((sum, row) => sum + Number(row[header.indexOf(year)]), 0)).toBe(2_000_000);
    }
    expect(lines[7].slice(2, 6)).toEqual([0, 500_000, 200_000, 1_050_000]);
  });

  it("writes the totals row as SUBTOTAL formulas over the table with their results", () => {
    const { sheet } = tableRows(workbook, "Begroting", "Begroting");
    expect(sheet.getCell("A10").value).toBe("Totaal");
    expect(["C10", "D10", "E10", "F10"].map((address) => sheet.getCell(address).value)).toEqual(
      YEARS.map((year) => ({ formula: `SUBTOTAL(109,Begroting[${year}])`, result: 2_000_000 })),
    );
    expect(sheet.getCell("D5").numFmt).toBe('"€" #,##0;"€" -#,##0;"-"');
  });

  it("holds the 32 actions (3 and 4 on one row) and 33 proposals with amounts in euros", () => {
    const acties = tableRows(workbook, "Acties", "Acties").rows;
    const numbers = acties.slice(1).flatMap((row) => String(row[0]).split(" en ").map(Number));
    expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
    const lineTwo2025 = acties
      .slice(1)
      .filter((row) => row[1] === 2)
      .reduce((sum, row) => sum + Number(row[5]), 0);
    expect(lineTwo2025).toBe(400_000);
    const voorstellen = tableRows(workbook, "Voorstellen", "Voorstellen").rows;
    expect(voorstellen).toHaveLength(34);
    expect(voorstellen[5].slice(7, 10)).toEqual([125_000, 0, 1_000_000]);
  });

  it("does not overwrite an existing file without --force, and says so in Dutch", async () => {
    const existing = join(dir, "van-de-ambtenaar.xlsx");
    await writeFile(existing, "eigen werk");
    const io = captureIO();
    expect(await main(["workbook", existing], io)).toBe(2);
    expect(io.stderr.join("\n")).toContain("bestaat al en wordt niet overschreven");
    expect(await readFile(existing, "utf8")).toBe("eigen werk");
    expect(await main(["workbook", existing, "--force"], captureIO())).toBe(0);
    expect((await readBack(existing)).getWorksheet("Begroting")).toBeDefined();
  });
});

type CellKey = string;
interface Written {
  input: unknown;
  numberFormat: string;
}

/** The cells ExcelJS wrote, as Office.js would show them: formulas with "=", text as text. */
function excelJsCells(workbook: ExcelJS.Workbook): Map<CellKey, Written> {
  const cells = new Map<CellKey, Written>();
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as unknown;
        const input =
          value && typeof value === "object" && "formula" in value
            ? `=${(value as { formula: string }).formula}`
            : value;
        if (input === null || input === "") return;
        cells.set(`${sheet.name}!${cell.address}`, { input, numberFormat: cell.numFmt ?? "General" });
      }),
    );
  }
  return cells;
}

describe("buildWorkbook", () => {
  it("writes text beginning with = + - or @ as text, never as a formula", async () => {
    const plan = structuredClone(LETTER_PLAN);
    const texts = ['=HYPERLINK("http://x","klik")', "+31 20 123", "-kosten", "@SUM(A1)"];
    texts.forEach((text, i) => (plan.proposals[i].text = text));
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(await buildWorkbook(renderLayout(plan, [])).xlsx.writeBuffer());
    const cells = ["D2", "D3", "D4", "D5"].map((address) => read.getWorksheet("Voorstellen")!.getCell(address));
    expect(cells.map((cell) => [cell.type, cell.value])).toEqual(texts.map((text) => [ExcelJS.ValueType.String, text]));
  });
});

describe("the two writers", () => {
  it("produce the same cells (values, formulas, number formats) for the same layout", async () => {
    const fake = createFakeExcel();
    fake.addSheet("Blad1");
    await fake.Excel.run((context) => loadModel(context, { overwriteEdits: false, scenarios: HAND_WORKED_PLANS }));
    const fromOffice = new Map<CellKey, Written>();
    for (const sheet of fake.sheetNames().filter((name) => name !== "Blad1")) {
      const formulas = fake.formulas(sheet);
      const formats = fake.numberFormats(sheet);
      formulas.forEach((row, r) =>
        row.forEach((input, c) => {
          if (input === "") return;
          const address = `${String.fromCharCode(65 + c)}${r + 1}`;
          fromOffice.set(`${sheet}!${address}`, { input, numberFormat: formats[r][c] });
        }),
      );
    }
    const buffer = await buildWorkbook(renderLayout(LETTER_PLAN, HAND_WORKED_PLANS)).xlsx.writeBuffer();
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(buffer);
    const fromExcelJs = excelJsCells(read);
    expect(fromOffice.size).toBeGreaterThan(700);
    expect(Object.fromEntries(fromExcelJs)).toEqual(Object.fromEntries(fromOffice));
  });
});
