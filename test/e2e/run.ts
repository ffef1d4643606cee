/**
 * End-to-end: the built task pane in Debian's Chromium, with the fake Excel host served in place of
 * Office.js. Run with `npm run test:e2e` (builds dist/ first). Screenshots go to test-results/.
 */
import { execSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { chromium, type Browser, type Page } from "playwright-core";
import { LETTER_PLAN } from "../../src/model/letter/dataset";
import { eurosOf } from "../support/euros";
import { bundleOfficeHost } from "./bundle-host";
import { CHROMIUM_FLAGS } from "./chromium";
import { serveDirectory, type StaticServer } from "./serve";
import { outsideExcelTests } from "./outside-excel";
import { plantedFaultSheet, type PlantedFault } from "./planted-fault";
import { shareableCopyTest } from "./shareable-copy";
import { accessibilityTests, seriousViolations as axeViolations } from "./a11y";
import { guidePicturesTest } from "./guide-pictures";
import { workplaceTest } from "./workplace";
import { horizonPaneTest } from "./horizon-pane";
import { balanceTest } from "./balance";
import { loadFromCopyTest } from "./load-from-copy";
import { reserveCurveTest } from "./reserve-curve";
import { explanationTest } from "./explanation";

const ROOT = join(__dirname, "..", "..");
const RESULTS = join(ROOT, "test-results");

let server: StaticServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

async function openPane(): Promise<Page> {
  const officeHost = await bundleOfficeHost();
  // As wide as the task pane Excel gives an add-in by default.
  const opened = await browser.newPage({ viewport: { width: 350, height: 1000 } });
  await opened.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("https://appsforoffice.microsoft.com/")) {
      return route.fulfill({ status: 200, contentType: "application/javascript", body: officeHost });
    }
    // Nothing else leaves the machine: the pane must work from its own server.
    return url.startsWith(server.url) ? route.continue() : route.abort();
  });
  // A script the Content-Security-Policy blocks (eval, new Function) is an error of the pane, even when caught.
  await opened.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (event) =>
      console.error(`CSP blokkeert ${event.violatedDirective}: ${event.blockedURI}`),
    ),
  );
  opened.on("pageerror", (error) => pageErrors.push(error.message));
  opened.on("console", (message) => {
    if (message.type() === "error") pageErrors.push(message.text());
  });
  // A step that never comes fails within seconds, not after the default half minute.
  opened.setDefaultTimeout(10_000);
  await opened.goto(`${server.url}/taskpane.html`);
  await opened.getByRole("heading", { name: "Samen tegen mensenhandel" }).waitFor();
  return opened;
}

/** The cell of a table's row (by its first column) in a column (by its header), wherever the loader put the table. */
async function tableCell(table: string, first: string, header: string): Promise<{ sheet: string; cell: string }> {
  return page.evaluate(
    ({ table, first, header }) => {
      const found = globalThis.samenFake.tables().find((candidate) => candidate.name === table)!;
      const values = globalThis.samenFake.tableValues(table);
      const [sheet, range] = found.address.replace(/'/g, "").split("!");
      const topLeft = /^([A-Z]+)(\d+)/.exec(range)!;
      const row = Number(topLeft[2]) + values.findIndex((cells) => String(cells[0]) === first);
      const column = String.fromCharCode(topLeft[1].charCodeAt(0) + values[0].indexOf(header));
      return { sheet, cell: `${column}${row}` };
    },
    { table, first, header },
  );
}

/** The cell of budget line h (the reserve) in 2024. */
const reserve2024Cell = () => tableCell("Begroting", "h", "2024");

/** A figure of the Voorstellen view ("gap-2024", "freed-2026"), as a number. */
async function paneFigure(testId: string): Promise<number> {
  return eurosOf(await page.getByTestId(testId).textContent());
}

/** Polls `read` until it gives `wanted` (the pane and the cells follow edits asynchronously), else fails with what it gave. */
async function eventually(what: string, read: () => Promise<unknown>, wanted: unknown): Promise<void> {
  const deadline = Date.now() + 10_000;
  let last: unknown;
  while (Date.now() < deadline) {
    last = await read().catch((error: Error) => error.message);
    if (JSON.stringify(last) === JSON.stringify(wanted)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.fail(`${what}: ${JSON.stringify(last)} in plaats van ${JSON.stringify(wanted)}`);
}

async function editCell(at: { sheet: string; cell: string }, value: number): Promise<void> {
  await page.evaluate(({ sheet, cell, value }) => globalThis.samenFake.userEdit(sheet, cell, [[value]]), {
    ...at,
    value,
  });
}

async function cellValue(at: { sheet: string; cell: string }): Promise<unknown> {
  return page.evaluate(({ sheet, cell }) => globalThis.samenFake.values(sheet, cell)[0][0], at);
}

async function showView(label: string): Promise<void> {
  await page.getByRole("tab", { name: label }).click();
}

const seriousViolations = () => axeViolations(page);

async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: join(RESULTS, `${name}.png`), animations: "disabled" });
}

/** One part (region) of a view, whole, however far it scrolls. */
async function regionScreenshot(name: string, region: string): Promise<void> {
  await page
    .getByRole("region", { name: region, exact: true })
    .screenshot({ path: join(RESULTS, `${name}.png`), animations: "disabled" });
}

before(async () => {
  if (process.env.SAMEN_E2E_SKIP_BUILD !== "1") execSync("npm run build", { cwd: ROOT, stdio: "inherit" });
  mkdirSync(RESULTS, { recursive: true });
  server = await serveDirectory(join(ROOT, "dist"));
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_FLAGS });
  page = await openPane();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe("task pane in Chromium with the fake Excel host", () => {
  test("the views are reached by keyboard: arrow keys along the tabs, Enter to open", async () => {
    await page.getByRole("tab", { name: "Voorstellen" }).focus();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Model laden", level: 2 }).waitFor();
  });

  test("Model laden: an empty workbook gets the model tables", async () => {
    await page.getByText("Laden voegt toe wat ontbreekt.").waitFor();
    assert.equal(await page.getByText("ontbreekt", { exact: true }).count(), 6);
    await screenshot("model-laden-leeg");
    await page.getByRole("button", { name: "Model laden" }).click();
    await page.getByRole("list", { name: "Wat er is gebeurd" }).waitFor();
    const tables = await page.evaluate(() => globalThis.samenFake.tables().map((table) => table.name));
    assert.deepEqual([...tables].sort(), ["Acties", "Begroting", "Kader", "Scenarios", "Voorstellen"]);
    assert.equal(await page.getByText("in orde", { exact: true }).count(), 6);
    await screenshot("model-laden");
    assert.deepEqual(await seriousViolations(), []);
  });

  workplaceTest(() => page, RESULTS);

  test("Voorstellen: meest kansrijk leaves 2024 short by 675.000 and 2025 by 350.000", async () => {
    await showView("Voorstellen");
    await page.getByRole("button", { name: "Alle thema's openen" }).click();
    await page.getByRole("button", { name: "Alle actielijnen openen" }).click();
    await page.getByRole("button", { name: "Meest kansrijk" }).click();
    assert.equal(await paneFigure("gap-2024"), -675_000);
    assert.equal(await paneFigure("gap-2025"), -350_000);
    // As Dutch officers and the letter write money.
    assert.equal(await page.getByTestId("gap-2024").textContent(), "€ -675.000");
    await screenshot("voorstellen");
  });

  test("Voorstellen is keyboard-operable: Space chooses a proposal and cuts an action, arrows move a start year", async () => {
    await page.getByRole("button", { name: "Leeg plan" }).click();
    await page.getByRole("checkbox", { name: /^3\. / }).focus();
    await page.keyboard.press("Space");
    // 500.000 reserve − 3's 175.000 incidenteel.
    assert.equal(await paneFigure("gap-2024"), 325_000);
    await page.getByRole("checkbox", { name: /^Schrap 1\. / }).focus();
    await page.keyboard.press("Space");
    // Action 1 holds 5 (x € 10.000) in 2024.
    assert.equal(await paneFigure("freed-2024"), 50_000);
    assert.equal(await paneFigure("gap-2024"), 375_000);
    await page.getByRole("combobox", { name: "Startjaar van voorstel 3" }).focus();
    await page.keyboard.press("ArrowDown");
    await eventually(
      "plantekst",
      () => page.getByRole("textbox", { name: "Plantekst" }).inputValue(),
      "3 vanaf 2025; schrap 1",
    );
    assert.equal(await paneFigure("gap-2024"), 550_000);
  });

  test("Voorstellen: a plan with a cut and a moved start year is saved, and a SAMEN.GAP cell follows it", async () => {
    await page.getByRole("button", { name: "Leeg plan" }).click();
    await page.getByRole("button", { name: "Meest kansrijk" }).click();
    await page.getByRole("combobox", { name: "Startjaar van voorstel 3" }).selectOption("2025");
    await page.getByRole("checkbox", { name: /^Schrap 1\. / }).check();
    // −675.000, with 3's 175.000 moved to 2025 and action 1's 50.000 back in the reserve.
    assert.equal(await paneFigure("gap-2024"), -450_000);
    await page.getByRole("textbox", { name: "Naam van het plan" }).fill("Veldwerk");
    await page.getByRole("button", { name: "Bewaar plan" }).click();
    await page.getByRole("button", { name: "Openen: plan Veldwerk" }).waitFor();

    const table = await page.evaluate(() => globalThis.samenFake.tableValues("Scenarios"));
    const [header, ...body] = table;
    const column = (name: string) => header.indexOf(name);
    const rows = body
      .filter((row) => row[column("Scenario")] === "Veldwerk")
      .map((row) => [row[column("Voorstel")], row[column("Startjaar")], row[column("Schrap")]]);
    const mostLikely = LETTER_PLAN.proposals.filter((proposal) => proposal.priority === "Meest kansrijk");
    assert.deepEqual(rows, [
      ...mostLikely.map((proposal) => [proposal.number, proposal.number === 3 ? 2025 : 2024, ""]),
      ["", "", 1],
    ]);

    const formula = { sheet: "Blad1", cell: "A1" };
    await page.evaluate(
      ({ sheet, cell }) => globalThis.samenFake.userEdit(sheet, cell, [['=SAMEN.GAP("Veldwerk"; 2024)']]),
      formula,
    );
    await eventually('=SAMEN.GAP("Veldwerk"; 2024)', () => cellValue(formula), -450_000);

    // The officer raises action 1 to € 80.000 in the Acties table: the cut frees more, cell and pane follow.
    const action1 = await tableCell("Acties", "1", "2024");
    await editCell(action1, 80_000);
    await eventually("cel na de wijziging van actie 1", () => cellValue(formula), -420_000);
    await eventually("ruimte 2024 in het paneel", () => paneFigure("gap-2024"), -420_000);
    await editCell(action1, 50_000);
    await eventually("cel na het herstel van actie 1", () => cellValue(formula), -450_000);

    // Saved again with 3 back in 2024: the cell answers for the plan as now saved.
    await page.getByRole("combobox", { name: "Startjaar van voorstel 3" }).selectOption("2024");
    await page.getByRole("button", { name: "Bewaar plan" }).click();
    await page.getByText('Plan "Veldwerk" is vervangen', { exact: false }).waitFor();
    await eventually("cel na opnieuw bewaren", () => cellValue(formula), -625_000);
  });

  test("Voorstellen: a saved plan reopens with its start years and cuts", async () => {
    await page.getByRole("button", { name: "Leeg plan" }).click();
    assert.equal(await page.getByRole("checkbox", { name: /^Schrap 1\. / }).isChecked(), false);
    await page.getByRole("button", { name: "Openen: plan Veldwerk" }).click();
    assert.equal(await page.getByRole("checkbox", { name: /^Schrap 1\. / }).isChecked(), true);
    assert.equal(await paneFigure("gap-2024"), -625_000);
  });

  test("Voorstellen follows the workbook: an officer's edit of the 2024 reserve moves the room", async () => {
    const reserve2024 = await reserve2024Cell();
    await page.getByRole("button", { name: "Meest kansrijk" }).click();
    await page.getByRole("checkbox", { name: /^Schrap 1\. / }).uncheck();
    await page.getByRole("checkbox", { name: /^Schrap 26\. / }).uncheck();
    await editCell(reserve2024, 600000);
    await eventually("ruimte 2024 na de wijziging", () => paneFigure("gap-2024"), -575_000);
    await editCell(reserve2024, 500000);
    await eventually("ruimte 2024 na het herstel", () => paneFigure("gap-2024"), -675_000);
  });

  test("Voorstellen: Dekking zoeken runs its engine in the page and its answer becomes the plan", async () => {
    await page.getByRole("button", { name: "Leeg plan" }).click();
    await page.getByRole("button", { name: "Meest kansrijk" }).click();
    const fit = page.getByRole("region", { name: "Dekking zoeken", exact: true });
    await fit.getByRole("radio", { name: /^Kiezen/ }).check();
    await fit.getByRole("button", { name: "Dekking zoeken" }).click();
    await fit.getByRole("button", { name: "Toepassen" }).click({ timeout: 30_000 });
    // As `samen fn FIT "meest kansrijk" kiezen` answers: 3, 7 and 10 do not fit beside the rest.
    assert.equal(
      await page.getByRole("textbox", { name: "Plantekst" }).inputValue(),
      "1, 2, 6, 8, 9, 11, 12, 13, 20, 21, 22, 23, 24, 25, 26, 27",
    );
    for (const year of [2024, 2025, 2026]) assert.ok((await paneFigure(`gap-${year}`)) >= 0);
  });

  balanceTest({ page: () => page, eventually, seriousViolations, screenshot, regionScreenshot });

  test("Voorstellen has no serious or critical accessibility violation", async () => {
    await page.getByRole("button", { name: "Openen: plan Veldwerk" }).click();
    await page.getByRole("checkbox", { name: /^Schrap 26\. / }).check();
    await regionScreenshot("voorstellen-plan", "Plan en ruimte");
    await regionScreenshot("voorstellen-begroting", "Begroting na het plan");
    await regionScreenshot("voorstellen-dekking", "Dekking zoeken");
    await regionScreenshot("voorstellen-bewaren", "Plannen in de werkmap");
    await regionScreenshot("voorstellen-acties", "Huidige acties schrappen (Bijlage 2)");
    // The proposals run to paragraphs: the first of them under their heading, as the officer scrolls to it.
    await page
      .getByRole("heading", { name: "Voorstellen (Bijlage 1)", level: 2 })
      .evaluate((heading) => heading.scrollIntoView());
    await screenshot("voorstellen-voorstellen");
    assert.deepEqual(await seriousViolations(), []);
  });

  test("Model laden keeps an officer's edit unless they consent to overwrite it", async () => {
    const reserve2024 = await reserve2024Cell();
    await editCell(reserve2024, 600000);
    await showView("Model laden");
    await page.getByText("gewijzigd", { exact: true }).waitFor();
    const changes = await page.getByRole("list", { name: "Wijzigingen in Begroting" }).textContent();
    assert.match(changes ?? "", /€ 600\.000.*€ 500\.000/);
    await page.getByRole("button", { name: "Model bijwerken" }).click();
    await page.getByRole("list", { name: "Wat er is gebeurd" }).waitFor();
    assert.equal(await cellValue(reserve2024), 600000);
    await page.getByRole("checkbox", { name: /Overschrijf mijn wijzigingen in Begroting/ }).check();
    await page.getByRole("button", { name: "Model bijwerken" }).click();
    await page.getByText("Het model staat al in de werkmap zoals in de brief.").waitFor();
    assert.equal(await cellValue(reserve2024), 500000);
  });

  test("Controleren: the planted fault is listed and choosing it selects its cell", async () => {
    const fault: PlantedFault = await plantedFaultSheet();
    await page.evaluate((planted) => {
      globalThis.samenFake.setCells(planted.sheet, planted.topLeft, planted.rows);
    }, fault);
    await showView("Controleren");
    await page.getByRole("button", { name: "Controleer de werkmap" }).click();
    const errors = page.getByRole("region", { name: "Fouten" });
    const finding = errors.getByRole("button", { name: new RegExp(`^${fault.cell}: `) }).first();
    await finding.waitFor();
    await finding.click();
    await page.waitForFunction(() => globalThis.samenFake.selectedAddress() !== null);
    const selected = await page.evaluate(() => globalThis.samenFake.selectedAddress());
    assert.equal(selected, `'${fault.sheet}'!${fault.cell}`);
    await screenshot("controleren");
    assert.deepEqual(await seriousViolations(), []);
  });

  shareableCopyTest(() => page);

  reserveCurveTest({ page: () => page, seriousViolations, regionScreenshot });
  explanationTest({ page: () => page, seriousViolations, regionScreenshot });

  horizonPaneTest({ page: () => page, eventually, paneFigure, seriousViolations, screenshot, regionScreenshot });
  loadFromCopyTest({ openPane, results: RESULTS });

  accessibilityTests({ page: () => page, browser: () => browser, serverUrl: () => server.url, results: RESULTS });

  test("no script error and no blocked resource in the page", () => {
    assert.deepEqual(pageErrors, []);
  });
});

describe("task pane outside Excel", () => {
  outsideExcelTests({
    browser: () => browser,
    serverUrl: () => server.url,
    screenshot: (opened, name) =>
      opened.screenshot({ path: join(RESULTS, `${name}.png`), animations: "disabled" }).then(() => {}),
  });
  guidePicturesTest(RESULTS);
});
