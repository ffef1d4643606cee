/**
 * Officers type headers their own way: other case, a leading space, a non-breaking space between words.
 * Detection reads them all as the same header, so the tables are found and a planted fault still shows.
 */
import ExcelJS from "exceljs";
import { buildAddinLayout } from "../fixtures/addin-layout";
import { buildBijlage1 } from "../fixtures/bijlage1";
import { buildBijlage2, cellOf, ONE_SHEET } from "../fixtures/bijlage2";
import { besidesLetterSlip, findingsOf } from "../fixtures/validate-workbook";

/** The first header cell of every table the validator looks for. */
const FIRST_HEADER = /^(?:programma samen|actielijn|geschatte kosten|regel$|nr$|scenario$)/;

function respellFirstHeaders(workbook: ExcelJS.Workbook): number {
  let respelled = 0;
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value !== "string" || !FIRST_HEADER.test(cell.value.toLowerCase())) return;
        cell.value = ` ${cell.value.toUpperCase().replace(/ /g, "\u00a0 ")}\u00a0`;
        respelled++;
      }),
    ),
  );
  return respelled;
}

describe("headers typed in other case and spacing", () => {
  it("Bijlage 2 and Bijlage 1: clean, then an edited action amount is found at its detail total", async () => {
    const workbook = new ExcelJS.Workbook();
    const map = buildBijlage2(ONE_SHEET, workbook);
    buildBijlage1(workbook, { sheet: "Bijlage 1", row: 3, col: 2 });
    // One summary header, five detail headers, and a "Geschatte kosten" per theme table of Bijlage 1.
    expect(respellFirstHeaders(workbook)).toBeGreaterThan(6);
    expect(besidesLetterSlip(await findingsOf(workbook))).toEqual([]);

    cellOf(workbook, map.action("9", 2025)).value = 40;
    const total = map.detailTotal(2, 2025);
    expect((await findingsOf(workbook)).map((f) => `${f.rule}@${f.sheet}!${f.cell}`)).toContain(
      `year-total@${total.sheet}!${total.cell}`,
    );
  });

  it("Bijlage 1: an unreadable cost text under a respelled header is still reported", async () => {
    const workbook = new ExcelJS.Workbook();
    buildBijlage2(ONE_SHEET, workbook);
    const bijlage1 = buildBijlage1(workbook, { sheet: "Bijlage 1", row: 2, col: 1 });
    respellFirstHeaders(workbook);
    cellOf(workbook, bijlage1.cost(3)).value = "ongeveer een ton";
    expect(besidesLetterSlip(await findingsOf(workbook))).toEqual([
      expect.objectContaining({ rule: "proposal-cost", ...bijlage1.cost(3) }),
    ]);
  });

  it("the add-in's tables: clean, then an action amount off its budget line is found", async () => {
    const workbook = buildAddinLayout();
    // Regel, Nr of Acties, Nr of Voorstellen, Scenario.
    expect(respellFirstHeaders(workbook)).toBeGreaterThanOrEqual(4);
    expect(besidesLetterSlip(await findingsOf(workbook))).toEqual([]);

    workbook.getWorksheet("Acties")!.getCell("F11").value = 310_000;
    expect((await findingsOf(workbook)).map((f) => `${f.rule}@${f.sheet}!${f.cell}`)).toContain(
      "detail-summary@Begroting!E5",
    );
  });
});
