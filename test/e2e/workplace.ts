/**
 * The Voorstellen view as a workplace (issue 22, item 4): how tall the view is and how many steps the
 * common tasks take at the pane's size. A step is one click or key press, or one screen of scrolling
 * (Page Down) to bring the control or the figure the officer must see into view. The figures are written
 * to test-results/workplace.json and compared with limits the reworked view must keep.
 */
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import type { Locator, Page } from "playwright-core";

export interface WorkplaceFigures {
  viewport: number;
  /** The whole page with the Voorstellen view open and "Meest kansrijk" chosen. */
  viewHeight: number;
  /** The action list (Huidige acties schrappen) alone. */
  actionsHeight: number;
  /** From the top of the view: choose "Meest kansrijk" and read the room of the first plan year. */
  chooseBuiltIn: number;
  /** From the top of the view: cut action 26 and read the room of 2026 again. */
  cutAction: number;
}

/** Screens of scrolling needed to bring `target` into the viewport from where the page is now; then scrolls there. */
async function scrollSteps(page: Page, target: Locator): Promise<number> {
  const { top, bottom, viewport, scrolled } = await target.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return { top: box.top, bottom: box.bottom, viewport: window.innerHeight, scrolled: window.scrollY };
  });
  if (top >= 0 && bottom <= viewport) return 0;
  const distance = top < 0 ? -top : bottom - viewport;
  await target.evaluate((element) => element.scrollIntoView({ block: "nearest" }));
  const after = await page.evaluate(() => window.scrollY);
  // Sticky content does not move with the page: its distance is what the page scrolled, not its box.
  return Math.ceil(Math.min(distance, Math.abs(after - scrolled) || distance) / viewport);
}

/** Steps to make a control reachable: open the folds around it (each a scroll and a click), then scroll to it. */
async function reach(page: Page, control: Locator): Promise<number> {
  let steps = 0;
  for (;;) {
    const closed = await control.evaluate((element) => {
      const fold = element.closest("details:not([open])");
      if (fold === null) return false;
      fold.querySelector(":scope > summary")!.setAttribute("data-fold-to-open", "");
      return true;
    });
    if (!closed) break;
    const summary = page.locator("[data-fold-to-open]");
    steps += (await scrollSteps(page, summary)) + 1;
    await summary.click();
    await summary.evaluate((element) => element.removeAttribute("data-fold-to-open"));
  }
  return steps + (await scrollSteps(page, control));
}

async function toTop(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
}

export async function measureWorkplace(page: Page): Promise<WorkplaceFigures> {
  const room = page.getByTestId("gap-2024");
  await page.getByRole("tab", { name: "Voorstellen" }).click();
  await toTop(page);
  await page.getByRole("button", { name: "Leeg plan" }).click();

  const builtIn = page.getByRole("button", { name: "Meest kansrijk" });
  const chooseBuiltIn = (await reach(page, builtIn)) + 1 + (await builtIn.click(), await scrollSteps(page, room));
  const viewHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  const actionsHeight = await page
    .getByRole("region", { name: "Huidige acties schrappen (Bijlage 2)", exact: true })
    .evaluate((element) => Math.round(element.getBoundingClientRect().height));

  // Action 26 holds € 100.000 in 2026 only (Bijlage 2).
  const room2026 = page.getByTestId("gap-2026");
  await toTop(page);
  const cut = page.getByRole("checkbox", { name: /^Schrap 26\. /, includeHidden: true });
  const before = await room2026.textContent();
  const cutAction = (await reach(page, cut)) + 1 + (await cut.check(), await scrollSteps(page, room2026));
  assert.notEqual(await room2026.textContent(), before, "de ruimte van 2026 verandert door het schrappen van actie 26");
  await cut.uncheck();
  await toTop(page);
  return {
    viewport: page.viewportSize()!.height,
    viewHeight,
    actionsHeight,
    chooseBuiltIn,
    cutAction,
  };
}

/**
 * Measured on the view before its rework (commit 79ad718, viewport 350 × 1000): 11 527 px tall, the action
 * list 2 941 px, choosing a built-in plan 1 step, cutting action 26 and seeing 2026's room 21 steps (ten
 * screens down to the action, ten back up to the figures). docs/pane.md has the figures after.
 */
const LIMITS = { viewHeight: 4_000, actionsHeight: 600, chooseBuiltIn: 1, cutAction: 6 };

export function workplaceTest(page: () => Page, results: string): void {
  test("Voorstellen as a workplace: the view's height and the steps of the common tasks", async () => {
    const figures = await measureWorkplace(page());
    writeFileSync(join(results, "workplace.json"), `${JSON.stringify(figures, null, 2)}\n`);
    console.log("workplace", figures);
    for (const [what, limit] of Object.entries(LIMITS)) {
      assert.ok(
        figures[what as keyof typeof LIMITS] <= limit,
        `${what}: ${figures[what as keyof typeof LIMITS]} > ${limit}`,
      );
    }
  });
}
