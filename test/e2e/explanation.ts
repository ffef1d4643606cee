/**
 * "Waarom dit plan" in the built pane (issue 21): on meest kansrijk, Dekking zoeken in mode schrappen
 * over the twelve rows of the issue; the officer opens the explanation of the answer, sees the two equally
 * good plans (cut 9 or cut 31, each € 300.000 in 2025) and the price of each cut row, and makes the
 * Besluitnotitie: the workbook (the fake Excel host in the page) gets the sheet, with the plan in it. A
 * second note asks before it replaces the first. Screenshots and axe.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page } from "playwright-core";

export interface ExplanationHelpers {
  page(): Page;
  seriousViolations(): Promise<string[]>;
  regionScreenshot(name: string, region: string): Promise<void>;
}

const ROWS = new Set([3, 9, 13, 15, 16, 17, 20, 22, 25, 26, 30, 31]);

export function explanationTest(helpers: ExplanationHelpers): void {
  test("Voorstellen: Waarom dit plan shows the equally good plans and the prices, and makes the Besluitnotitie", async () => {
    const page = helpers.page();
    await page.getByRole("tab", { name: "Voorstellen" }).click();
    await page.getByRole("button", { name: "Leeg plan" }).click();
    await page.getByRole("button", { name: "Meest kansrijk" }).click();
    const fit = page.getByRole("region", { name: "Dekking zoeken", exact: true });
    await fit.getByRole("radio", { name: /^Schrappen/ }).check();
    const boxes = fit.getByRole("group", { name: "Acties die geschrapt mogen worden" }).getByRole("checkbox");
    for (const box of await boxes.all()) {
      const label = await box.evaluate((input: HTMLInputElement) => input.labels![0].textContent!);
      await box.setChecked(ROWS.has(Number(/^(\d+)/.exec(label)![1])));
    }
    await fit.getByRole("button", { name: "Dekking zoeken" }).click();
    const why = fit.getByRole("region", { name: "Waarom dit plan", exact: true });
    await why.getByRole("button", { name: "Waarom dit plan?" }).click({ timeout: 30_000 });
    await why.getByRole("button", { name: "Besluitnotitie maken" }).waitFor({ timeout: 30_000 });

    // Two plans, one cutting 9 and the other 31 (docs/explanation.md), the shown one first.
    const plans = await why.getByRole("list", { name: "Even goede plannen" }).getByRole("listitem").allTextContents();
    assert.equal(plans.length, 2);
    assert.match(plans[0], /^Plan 1 \(getoond\): /);
    const cutsOf = (item: string) => /schrap ([\d, ]+)/.exec(item)![1].split(", ").map(Number);
    const [first, second] = plans.map(cutsOf);
    const onlyIn = (a: number[], b: number[]) => a.filter((n) => !b.includes(n));
    assert.deepEqual([onlyIn(first, second), onlyIn(second, first)].sort(), [[31], [9]]);
    const tied = first.includes(9) ? 9 : 31;
    const prices = await why
      .getByRole("list", { name: "De prijs van elke keuze" })
      .getByRole("listitem")
      .allTextContents();
    assert.ok(prices.includes(`actie ${tied} houden: schrap ${tied === 9 ? 31 : 9}`), prices.join(" | "));
    assert.ok(
      prices.length >= 2 && prices.every((price) => /^actie [\d en]+ houden: /.test(price)),
      prices.join(" | "),
    );
    await why.getByRole("button", { name: "Plan 2 toepassen" }).waitFor();
    await helpers.regionScreenshot("waarom-dit-plan", "Waarom dit plan");
    assert.deepEqual(await helpers.seriousViolations(), []);

    const planText = /^Plan 1 \(getoond\): (.*)$/.exec(plans[0])![1];
    await why.getByRole("button", { name: "Besluitnotitie maken" }).click();
    await why.getByText(`Blad Besluitnotitie gemaakt voor het plan ${planText}.`).waitFor();
    const sheet = await page.evaluate(() => ({
      names: globalThis.samenFake.sheetNames(),
      cells: globalThis.samenFake.values("Besluitnotitie").flat(),
    }));
    assert.ok(sheet.names.includes("Besluitnotitie"), sheet.names.join(", "));
    assert.ok(sheet.cells.includes(planText));
    assert.ok(sheet.cells.includes(`actie ${tied} houden: schrap ${tied === 9 ? 31 : 9}`));
    await helpers.regionScreenshot("besluitnotitie-gemaakt", "Waarom dit plan");
    assert.deepEqual(await helpers.seriousViolations(), []);

    // A second note asks first; Annuleren leaves the sheet as it is.
    await page.evaluate(() => globalThis.samenFake.setCells("Besluitnotitie", "A1", [["Eigen tekst"]]));
    await why.getByRole("button", { name: "Besluitnotitie maken" }).click();
    const ask = why.getByRole("alert");
    await ask.getByText("Er is al een blad Besluitnotitie. Vervangen?").waitFor();
    await ask.getByRole("button", { name: "Annuleren" }).click();
    assert.equal(await page.evaluate(() => globalThis.samenFake.values("Besluitnotitie", "A1")[0][0]), "Eigen tekst");
  });
}
