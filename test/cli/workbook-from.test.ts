/**
 * `samen workbook <uit.xlsx> --from <bron.xlsx>`: the model from the ministry's copy of Bijlage 2
 * carried on to 2028 (test/fixtures/bijlage2-carried.ts), written by ExcelJS, openpyxl and LibreOffice,
 * with its years as numbers, as text and as formulas; then the functions answer from the written file.
 */
import { copyFile, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { dutchDecimalToEuros, EUROS_PER_MILLION, EUROS_PER_TEN_THOUSAND } from "../../src/model/money/units";
import { a1 } from "../../src/validate/grid";
import { captureIO } from "../support/capture-io";
import { convertWithLibreOffice } from "../support/libreoffice";
import {
  CARRIED_SUMMARY,
  carriedCopy,
  COPY_SHEET,
  NEW_ACTIONS,
  writeWithExcelJS,
  writeWithOpenpyxl,
  type CarriedCopy,
  type YearsAs,
} from "../fixtures/bijlage2-carried";

jest.setTimeout(120_000);

type Writer = "ExcelJS" | "openpyxl" | "LibreOffice";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "samen-from-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function writeCopy(writer: Writer, copy: CarriedCopy, name = "bron.xlsx"): Promise<string> {
  const file = join(dir, name);
  if (writer === "ExcelJS") await writeWithExcelJS(copy, file);
  else await writeWithOpenpyxl(copy, file, dir);
  if (writer !== "LibreOffice") return file;
  // LibreOffice opens openpyxl's file, recalculates it and writes its own XML with cached results.
  const out = await convertWithLibreOffice(file, "xlsx:Calc MS Excel 2007 XML");
  const converted = join(dir, `lo-${name}`);
  await copyFile(join(out, basename(file)), converted);
  await rm(file);
  await rm(dirname(out), { recursive: true, force: true });
  return converted;
}

async function fn(out: string, ...args: string[]): Promise<{ exit: number; stdout: string[] }> {
  const io = captureIO();
  const exit = await main(["fn", ...args, "--workbook", out], io);
  return { exit, stdout: io.stdout };
}

/** A printed cell of the copy's summary (€ mln) or detail tables (€ x10.000), in euros: the test's own reading. */
const summaryEuros = (id: string, year: number) =>
  dutchDecimalToEuros(
    CARRIED_SUMMARY.find((line) => line.id === id)!.cells[year - 2023].replace("-", "0"),
    EUROS_PER_MILLION,
  )!;
const actionEuros = (label: string, year: number) =>
  dutchDecimalToEuros(
    NEW_ACTIONS.find((row) => row.label === label)!.cells[year - 2023] || "0",
    EUROS_PER_TEN_THOUSAND,
  )!;

/**
 * The structural costs of "meest kansrijk" as Bijlage 1 prints them (the priority "Meest kansrijk":
 * proposals 1, 2, 3, 6, 7, 9, 10, 11, 13, 21 …): 7 "€ 200.000 structureel", 10 "€ 300.000 structureel",
 * 13 "€ 100.000 incidenteel € 50.000 structureel"; the others have no structural cost.
 */
const STRUCTURAL_MEEST_KANSRIJK = 200_000 + 300_000 + 50_000;
/** Their incidental costs, in the start year only: 3 € 175.000, 9 € 100.000, 11 € 150.000, 13 € 100.000, 21 € 100.000. */
const INCIDENTAL_MEEST_KANSRIJK = 175_000 + 100_000 + 150_000 + 100_000 + 100_000;

describe("samen workbook --from", () => {
  const cases: Array<[Writer, YearsAs]> = (["ExcelJS", "openpyxl", "LibreOffice"] as const).flatMap((writer) =>
    (["numbers", "text", "formulas"] as const).map((years): [Writer, YearsAs] => [writer, years]),
  );

  it.each(cases)("reads the copy written by %s with its years as %s", async (writer, yearsAs) => {
    const source = await writeCopy(writer, carriedCopy(yearsAs));
    const out = join(dir, "uit.xlsx");
    const io = captureIO();
    expect(await main(["workbook", out, "--from", source], io)).toBe(0);
    expect(io.stderr).toEqual([]);
    expect(io.stdout[0]).toContain(
      "Kader (2023–2028), Begroting (9 regels), Acties (34 acties), Voorstellen (33 voorstellen)",
    );
    // Line i and actions 33 and 34 are the copy's, in its units.
    expect(await fn(out, "ACTIELIJN", "6", "2027")).toEqual({ exit: 0, stdout: [String(actionEuros("34", 2027))] });
    expect(await fn(out, "ACTION", "33", "2027")).toEqual({ exit: 0, stdout: [String(actionEuros("33", 2027))] });
    expect(await fn(out, "RESERVE", "2028")).toEqual({ exit: 0, stdout: [String(summaryEuros("h", 2028))] });
    expect(await fn(out, "TOTAL", "2028")).toEqual({ exit: 0, stdout: ["2000000"] });
    // The letter's years are the letter's figures.
    expect(await fn(out, "GAP", "meest kansrijk", "2024")).toEqual({ exit: 0, stdout: ["-675000"] });
  });

  it("worked example: GAP 2027 is the reserve of 2027 less the structural costs; with 2024–2025 realised the plan years move", async () => {
    const source = await writeCopy("ExcelJS", carriedCopy("numbers"));
    const out = join(dir, "uit.xlsx");
    expect(await main(["workbook", out, "--from", source], captureIO())).toBe(0);
    // Reserve 2027: the copy's h in 2027, "1,4" in € mln = 1.400.000; every proposal of the plan starts
    // in 2024 (the first plan year), so by 2027 only the structural costs remain: 1.400.000 − 550.000.
    const gap2027 = summaryEuros("h", 2027) - STRUCTURAL_MEEST_KANSRIJK;
    expect(gap2027).toBe(850_000);
    expect(await fn(out, "GAP", "meest kansrijk", "2027")).toEqual({ exit: 0, stdout: [String(gap2027)] });

    // The officer sets 2024 and 2025 to realisatie in Kader: 2026 becomes the first plan year.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const kader = workbook.getWorksheet("Kader")!;
    let changed = 0;
    kader.eachRow((row) => {
      if ([2024, 2025].includes(Number(row.getCell(1).value))) {
        expect(row.getCell(3).value).not.toBe("realisatie");
        row.getCell(3).value = "realisatie";
        changed++;
      }
    });
    expect(changed).toBe(2);
    await workbook.xlsx.writeFile(out);

    const gap2024 = await fn(out, "GAP", "meest kansrijk", "2024");
    expect(gap2024.exit).toBe(1);
    expect(gap2024.stdout[0]).toMatch(/^#N\/A/);
    // 2026: its reserve "1,05" less every incidental cost (all now start in 2026) and the structural ones.
    const gap2026 = summaryEuros("h", 2026) - INCIDENTAL_MEEST_KANSRIJK - STRUCTURAL_MEEST_KANSRIJK;
    expect(gap2026).toBe(-125_000);
    expect(await fn(out, "GAP", "meest kansrijk", "2026")).toEqual({ exit: 0, stdout: [String(gap2026)] });
    expect(await fn(out, "GAP", "meest kansrijk", "2027")).toEqual({ exit: 0, stdout: [String(gap2027)] });
  });

  it.each(["ExcelJS", "openpyxl"] as const)(
    "refuses a copy (%s) with a planted fault: the finding names rule and cell, and nothing is written",
    async (writer) => {
      const copy = carriedCopy("numbers");
      const cell = copy.at("34", 2027);
      const planted: CarriedCopy = {
        ...copy,
        cells: copy.cells.map((at) => (a1(at.row, at.col) === cell ? { ...at, value: "2O" } : at)),
      };
      const source = await writeCopy(writer, planted);
      const out = join(dir, "uit.xlsx");
      const io = captureIO();
      expect(await main(["workbook", out, "--from", source], io)).toBe(2);
      expect(io.stdout).toEqual([]);
      const stderr = io.stderr.join("\n");
      expect(stderr).toContain(`Blad "${COPY_SHEET}"`);
      expect(stderr).toMatch(new RegExp(`^\\s+${cell}\\s+fout\\s+not-a-number\\s+`, "m"));
      expect(stderr).toContain("Niet geschreven");
      expect(await readdir(dir)).toEqual(expect.not.arrayContaining(["uit.xlsx"]));
      expect((await readdir(dir)).filter((name) => name.endsWith(".deels"))).toEqual([]);
    },
  );

  it("refuses a workbook without a copy of Bijlage 2, and writes nothing", async () => {
    const letter = join(dir, "model.xlsx");
    expect(await main(["workbook", letter], captureIO())).toBe(0);
    const io = captureIO();
    expect(await main(["workbook", join(dir, "uit.xlsx"), "--from", letter], io)).toBe(2);
    expect(io.stderr.join("\n")).toContain("bevat geen kopie van Bijlage 2");
    expect(await readdir(dir)).toEqual(["model.xlsx"]);
  });
});
