/**
 * Model laden "Uit deze werkmap" (issue 18): the officer opens a workbook holding the ministry's copy of
 * Bijlage 2 carried on to 2028 (test/fixtures/bijlage2-carried.ts), chooses the copy as the source and
 * loads it; the model tables get its years, line i and actions 33 and 34. A page of its own: its own
 * fake workbook.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import type { Page } from "playwright-core";
import { carriedCopy, copyRows, COPY_SHEET } from "../fixtures/bijlage2-carried";
import { seriousViolations } from "./a11y";

export interface LoadFromCopyHelpers {
  openPane(): Promise<Page>;
  results: string;
}

export function loadFromCopyTest({ openPane, results }: LoadFromCopyHelpers): void {
  test("Model laden: the officer loads the model from the workbook's copy of Bijlage 2", async () => {
    const page = await openPane();
    try {
      await page.evaluate(
        ({ sheet, rows }) => {
          globalThis.samenFake.addSheet(sheet);
          globalThis.samenFake.setCells(sheet, "A1", rows);
        },
        { sheet: COPY_SHEET, rows: copyRows(carriedCopy("numbers")) },
      );
      await page.getByRole("tab", { name: "Model laden" }).click();
      const fromCopy = page.getByRole("radio", { name: /^Uit deze werkmap: de kopie van Bijlage 2 \(2023–2028/ });
      await fromCopy.check();
      await page.getByRole("heading", { name: "Wat de werkmap nu bevat" }).waitFor();
      await page.getByRole("button", { name: "Model laden" }).click();
      await page.getByText("Het model is geladen.").waitFor();
      const begroting = await page.evaluate(() => globalThis.samenFake.tableValues("Begroting"));
      assert.deepEqual(begroting[0].slice(2, 8), ["2023", "2024", "2025", "2026", "2027", "2028"]);
      assert.ok(
        begroting.some((row) => row[0] === "i"),
        "regel i (Actielijn 6) staat in Begroting",
      );
      const acties = await page.evaluate(() => globalThis.samenFake.tableValues("Acties").map((row) => String(row[0])));
      assert.ok(acties.includes("33") && acties.includes("34"), "acties 33 en 34 staan in Acties");
      assert.deepEqual(await seriousViolations(page), []);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(results, "model-laden-uit-werkmap.png"), animations: "disabled" });
    } finally {
      await page.close();
    }
  });
}
