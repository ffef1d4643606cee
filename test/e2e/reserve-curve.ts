/**
 * The reserve curve in the built pane (issue 21): on meest kansrijk, in Dekking zoeken, the officer asks
 * for the curve; its eight points come one at a time through the engine in the page, the table shows
 * the reserve of each point as Bijlage 2's line h moved (€ 0,5 + 0,2 + 1,05 mln over 2024–2026), the chart
 * has its text, and the € 100.000 question is answered. Screenshot and axe.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page } from "playwright-core";
import { LETTER_PLAN } from "../../src/model/letter/dataset";

export interface ReserveCurveHelpers {
  page(): Page;
  seriousViolations(): Promise<string[]>;
  regionScreenshot(name: string, region: string): Promise<void>;
}

const euros = (n: number) => `€ ${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".")}`;

export function reserveCurveTest(helpers: ReserveCurveHelpers): void {
  test("Voorstellen: the reserve curve of Dekking zoeken, a table and a chart, without blocking the pane", async () => {
    const page = helpers.page();
    await page.getByRole("tab", { name: "Voorstellen" }).click();
    await page.getByRole("button", { name: "Leeg plan" }).click();
    await page.getByRole("button", { name: "Meest kansrijk" }).click();
    const fit = page.getByRole("region", { name: "Dekking zoeken", exact: true });
    await fit.getByRole("radio", { name: /^Schrappen/ }).check();
    const curve = page.getByRole("region", { name: "Reservecurve", exact: true });
    await curve.getByRole("button", { name: "Reservecurve berekenen" }).click();
    await curve.getByTestId("curve-gain").waitFor({ timeout: 30_000 });

    const line = LETTER_PLAN.budgetLines.find((l) => l.description.startsWith("Reservering"))!;
    const total = [2024, 2025, 2026].reduce((sum, year) => sum + line.amounts[year]!, 0);
    const expected: [string, number][] = [
      ["−50 %", total / 2],
      ["0 % (nu)", total],
      ["+100 %", 2 * total],
      ["+ € 100.000 per jaar", total + 300_000],
    ];
    for (const [label, reserve] of expected) {
      const cells = await curve.getByTestId(`curve-${label}`).getByRole("cell").allTextContents();
      assert.equal(cells[0], euros(reserve));
    }
    assert.equal(await curve.locator("tbody tr").count(), 8);
    assert.match(
      (await curve.getByRole("img").getAttribute("aria-label")) ?? "",
      /^Grafiek, geschrapt per reserve: −50 % /,
    );
    assert.match(
      (await curve.getByTestId("curve-gain").textContent()) ?? "",
      /^Wat levert € 100\.000 extra op\? Met € 100\.000 meer reserve per jaar/,
    );
    await helpers.regionScreenshot("reservecurve", "Reservecurve");
    assert.deepEqual(await helpers.seriousViolations(), []);
  });
}
