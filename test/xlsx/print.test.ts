/**
 * How the written workbook prints: its print setup read back from the file, and the pages LibreOffice
 * prints it on (A4 is 842 × 595 points in landscape; Letter portrait, a new sheet's default, is 612 × 792).
 */
import ExcelJS from "exceljs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderLayout } from "../../src/layout";
import { LETTER_PLAN } from "../../src/model/letter/dataset";
import { buildWorkbook } from "../../src/xlsx/write-workbook";
import { printedPages } from "../support/libreoffice";

const SOURCE = "Bron: brief van de staatssecretaris van JenV van 2 februari 2024, kenmerk 5155148, bijlage 1 en 2";

let file: string;
beforeAll(async () => {
  file = join(await mkdtemp(join(tmpdir(), "samen-print-")), "plan.xlsx");
  await buildWorkbook(renderLayout(LETTER_PLAN, [])).xlsx.writeFile(file);
});

it("sets every sheet to A4 landscape, one page wide, header rows repeated, the letter and page numbers in the footer", async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  expect(
    workbook.worksheets.map((sheet) => [
      sheet.name,
      sheet.pageSetup.paperSize,
      sheet.pageSetup.orientation,
      sheet.pageSetup.fitToPage,
      sheet.pageSetup.fitToWidth,
      sheet.pageSetup.fitToHeight,
      sheet.pageSetup.printTitlesRow,
      sheet.headerFooter.oddFooter,
    ]),
  ).toEqual(
    [
      ["Begroting", "1:1"],
      ["Acties", "1:1"],
      ["Voorstellen", "1:1"],
      // ExcelJS 4.4 cannot write print titles for a sheet name with a quote (src/xlsx/write-workbook.ts).
      ["Scenario's", undefined],
      ["Kader", "1:1"],
      ["Overzicht", "4:4"],
    ].map(([name, titles]) => [name, 9, "landscape", true, 1, 0, titles, `&L${SOURCE}&RPagina &P van &N`]),
  );
});

it("prints on A4 landscape in LibreOffice, each sheet one page wide", async () => {
  const pages = await printedPages(file);
  expect(pages.every((page) => page.width === 842 && page.height === 595)).toBe(true);
  // Six sheets (Kader among them), each fitting one page wide (at the default setup the letter's five took
  // 16 Letter pages).
  expect(pages).toHaveLength(6);
}, 150_000);
