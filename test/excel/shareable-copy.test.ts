/**
 * Deelbare kopie in Excel, against the fake host: the workbook's file taken in slices, the SAMEN
 * formulas replaced by the core of `samen share`, the result opened with Excel.createWorkbook.
 */
import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { makeShareableCopy, shareOutcome, type ShareOutcome } from "../../src/runtime/shareable-copy";
import { createFakeExcel } from "../fake-excel";

/** A workbook as Excel saves it once Samen computed it, with a picture large enough for two slices. */
async function savedWorkbook(options: { cached: boolean }): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Overzicht");
  sheet.getCell("A1").value = "Tekort 2024";
  sheet.getCell("B1").value = options.cached
    ? { formula: 'SAMEN.GAP("meest kansrijk",2024)', result: -675000 }
    : { formula: 'SAMEN.GAP("meest kansrijk",2024)' };
  sheet.getCell("B2").value = { formula: "B1*2", result: -1350000 };
  sheet.getCell("C1").value = { formula: "SAMEN.RESERVE(2026)", result: 1050000 };
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  // Random bytes do not compress: the file passes the 4 MiB slice size.
  zip.file("xl/media/foto.bin", randomBytes(4.5 * 1024 * 1024), { compression: "STORE" });
  return zip.generateAsync({ type: "uint8array" });
}

async function sheetXmlOf(base64: string): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, "base64"));
  return zip.file("xl/worksheets/sheet1.xml")!.async("string");
}

describe("Deelbare kopie in Excel", () => {
  it("opens a new workbook with the SAMEN formulas as values, reading the file in slices and closing it", async () => {
    const fake = createFakeExcel();
    const bytes = await savedWorkbook({ cached: true });
    const seeded = Uint8Array.from(bytes);
    fake.setFile(bytes);
    const outcomes: ShareOutcome[] = [];
    const unsubscribe = shareOutcome.subscribe((outcome) => outcomes.push(outcome));

    const result = await makeShareableCopy(fake.Office, fake.Excel);
    unsubscribe();

    expect(result).toEqual({ ok: true, value: { replaced: 2 } });
    expect(outcomes.slice(-2)).toEqual([{ state: "busy" }, { state: "done", result }]);
    expect(fake.fileHandles()).toEqual({ opened: 1, closed: 1 });
    expect(Buffer.from(bytes).equals(Buffer.from(seeded))).toBe(true);
    const [created] = fake.createdWorkbooks();
    expect(fake.createdWorkbooks()).toHaveLength(1);
    const xml = await sheetXmlOf(created);
    expect(xml).not.toMatch(/SAMEN\./);
    expect(xml).toMatch(/<c r="B1"[^>]*><v>-675000<\/v><\/c>/);
    expect(xml).toMatch(/<c r="C1"[^>]*><v>1050000<\/v><\/c>/);
    expect(xml).toMatch(/<f>B1\*2<\/f>/);
    const copied = await JSZip.loadAsync(Buffer.from(created, "base64"));
    const original = await JSZip.loadAsync(seeded);
    expect(await copied.file("xl/media/foto.bin")!.async("nodebuffer")).toEqual(
      await original.file("xl/media/foto.bin")!.async("nodebuffer"),
    );
  }, 120_000);

  it("opens nothing and says why when a SAMEN formula has no value, and closes the file", async () => {
    const fake = createFakeExcel();
    fake.setFile(await savedWorkbook({ cached: false }));
    const result = await makeShareableCopy(fake.Office, fake.Excel);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/geen berekende waarde: Overzicht!B1\./);
    expect(fake.createdWorkbooks()).toEqual([]);
    expect(fake.fileHandles()).toEqual({ opened: 1, closed: 1 });
  });

  it("says in Dutch that Excel gave no file when getFileAsync fails", async () => {
    const fake = createFakeExcel();
    const result = await makeShareableCopy(fake.Office, fake.Excel);
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Excel gaf de werkmap niet als bestand/),
    });
    expect(fake.createdWorkbooks()).toEqual([]);
  });
});
