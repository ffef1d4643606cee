/**
 * The officer carries the horizon on (issue 18): a year column added to Begroting and Acties and a row to
 * Kader, through the fake host's Office.js as Excel does when she types a header beside a table. The pane
 * grows a tile and a column for the year, and a SAMEN.GAP cell for it answers. Then two more years: the
 * pane with six plan years (2024–2029) at 350 px, screenshot and axe.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page } from "playwright-core";

export interface HorizonPaneHelpers {
  page(): Page;
  eventually(what: string, read: () => Promise<unknown>, wanted: unknown): Promise<void>;
  paneFigure(testId: string): Promise<number>;
  seriousViolations(): Promise<string[]>;
  screenshot(name: string): Promise<void>;
  regionScreenshot(name: string, region: string): Promise<void>;
}

/**
 * A new year as the officer enters it: on Begroting line a (programme costs) € 300.000 as in every year
 * of the letter, no action line money yet (the revised Actieplan is still to come), so the reserve (h)
 * is the rest of the frame, € 2.000.000 − € 300.000 = € 1.700.000; no amounts on the current actions.
 */
const NEW_YEAR_LINES: Readonly<Record<string, number>> = { a: 300_000, h: 1_700_000 };
const FRAME = 2_000_000;

async function addYear(page: Page, year: number): Promise<void> {
  await page.evaluate(
    async ({ year, lines, frame }) => {
      const fake = globalThis.samenFake;
      const lineIds = fake
        .tableValues("Begroting")
        .slice(1)
        .map((row) => String(row[0]));
      const actionRows = fake.tableValues("Acties").length - 1;
      const context = fake.context();
      const tables = context.workbook.tables;
      const begroting = lineIds.map((id) => [id === "Totaal" ? `=SUBTOTAL(109,Begroting[${year}])` : (lines[id] ?? 0)]);
      tables.getItem("Begroting").columns.add(undefined, begroting, String(year));
      tables.getItem("Acties").columns.add(
        undefined,
        Array.from({ length: actionRows }, () => [0]),
        String(year),
      );
      tables.getItem("Kader").rows.add(undefined, [[year, frame, "raming", `Meerjarenraming ${year}`]]);
      await context.sync();
    },
    { year, lines: NEW_YEAR_LINES, frame: FRAME },
  );
}

export function horizonPaneTest(helpers: HorizonPaneHelpers): void {
  test("the officer adds 2027, then 2028 and 2029: the pane and a SAMEN.GAP cell follow the horizon", async () => {
    const page = helpers.page();
    await page.getByRole("tab", { name: "Voorstellen" }).click();
    await page.getByRole("button", { name: "Leeg plan" }).click();
    await page.getByRole("button", { name: "Meest kansrijk" }).click();
    assert.equal(await page.getByTestId("gap-2027").count(), 0);

    await addYear(page, 2027);
    // Meest kansrijk costs € 550.000 a year from 2026 on, all of it structural (2026: reserve 1.050.000,
    // room 500.000; its incidental costs fall in 2024): 2027's room is 1.700.000 − 550.000.
    await helpers.eventually("ruimte 2027 in het paneel", () => helpers.paneFigure("gap-2027"), 1_150_000);
    assert.equal(await helpers.paneFigure("gap-2026"), 500_000);
    assert.equal(await helpers.paneFigure("regel-h-2027"), 1_150_000);

    const cell = { sheet: "Blad1", cell: "A3" };
    await page.evaluate(
      ({ sheet, cell }) => globalThis.samenFake.userEdit(sheet, cell, [['=SAMEN.GAP("meest kansrijk"; 2027)']]),
      cell,
    );
    await helpers.eventually(
      '=SAMEN.GAP("meest kansrijk"; 2027)',
      () => page.evaluate(({ sheet, cell }) => globalThis.samenFake.values(sheet, cell)[0][0], cell),
      1_150_000,
    );

    await addYear(page, 2028);
    await addYear(page, 2029);
    await helpers.eventually("ruimte 2029 in het paneel", () => helpers.paneFigure("gap-2029"), 1_150_000);
    const tiles = await page.getByRole("group", { name: "Ruimte per jaar" }).getByRole("definition").count();
    assert.equal(tiles, 6, "een tegel per planjaar, 2024–2029");
    // Each tile and the start-year choice are readable: nothing of the view is wider than the pane.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `het paneel is ${overflow} px breder dan 350 px`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await helpers.screenshot("voorstellen-zes-jaren");
    await page.locator("summary", { hasText: "Het plan per jaar" }).click();
    await helpers.regionScreenshot("voorstellen-zes-jaren-tabel", "Tabel: het plan per jaar");
    await helpers.regionScreenshot("voorstellen-zes-jaren-begroting", "Begroting na het plan");
    assert.deepEqual(await helpers.seriousViolations(), []);
  });
}
