/**
 * Deelbare kopie in the built pane: the zip library's chunk loads on first use under the page's
 * Content-Security-Policy, and the new workbook holds the values. The workbook's file is what Excel
 * would hand over: written here with ExcelJS and seeded into the fake host.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Page } from "playwright-core";

async function workbookFileBase64(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Overzicht");
  sheet.getCell("A1").value = { formula: 'SAMEN.GAP("meest kansrijk",2024)', result: -675000 };
  sheet.getCell("A2").value = { formula: "A1*2", result: -1350000 };
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
}

export function shareableCopyTest(page: () => Page): void {
  test("Deelbare kopie opens a new workbook with the SAMEN formula as its value", async () => {
    const file = await workbookFileBase64();
    await page().evaluate((base64) => {
      globalThis.samenFake.setFile(Uint8Array.from(atob(base64), (char) => char.charCodeAt(0)));
    }, file);
    await page().getByRole("button", { name: "Deelbare kopie" }).click();
    const region = page().getByRole("region", { name: "Deelbare kopie" });
    await region.getByText("1 SAMEN-formule is vervangen door haar waarde").waitFor();
    const created = await page().evaluate(() => globalThis.samenFake.createdWorkbooks());
    assert.equal(created.length, 1);
    const zip = await JSZip.loadAsync(Buffer.from(created[0], "base64"));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    assert.match(xml, /<c r="A1"[^>]*><v>-675000<\/v><\/c>/);
    assert.match(xml, /<f>A1\*2<\/f>/);
    assert.doesNotMatch(xml, /SAMEN\./);
  });
}
