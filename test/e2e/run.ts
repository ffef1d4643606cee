/**
 * End-to-end: the built task pane in Debian's Chromium, with the fake Excel host served in place of
 * Office.js. Run with `npm run test:e2e` (builds dist/ first). Screenshots go to test-results/.
 */
import { execSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { chromium, type Browser, type Page } from "playwright-core";
import { bundleOfficeHost } from "./bundle-host";
import { CHROMIUM_FLAGS } from "./chromium";
import { serveDirectory, type StaticServer } from "./serve";
import { outsideExcelTests } from "./outside-excel";
import { plantedFaultSheet, type PlantedFault } from "./planted-fault";
import { shareableCopyTest } from "./shareable-copy";

const ROOT = join(__dirname, "..", "..");
const RESULTS = join(ROOT, "test-results");

let server: StaticServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

async function openPane(): Promise<Page> {
  const officeHost = await bundleOfficeHost();
  const opened = await browser.newPage({ viewport: { width: 420, height: 1000 } });
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
      console.error(`CSP blokkeert ${event.violatedDirective}: ${event.blockedURI}`)
    )
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

/** The cell of budget line h (the reserve) in 2024, wherever the loader put the Begroting table. */
async function reserve2024Cell(): Promise<{ sheet: string; cell: string }> {
  return page.evaluate(() => {
    const begroting = globalThis.samenFake.tables().find((table) => table.name === "Begroting")!;
    const values = globalThis.samenFake.tableValues("Begroting");
    const [sheet, range] = begroting.address.replace(/'/g, "").split("!");
    const topLeft = /^([A-Z]+)(\d+)/.exec(range)!;
    const row = Number(topLeft[2]) + values.findIndex((cells) => cells[0] === "h");
    const column = String.fromCharCode(topLeft[1].charCodeAt(0) + values[0].indexOf("2024"));
    return { sheet, cell: `${column}${row}` };
  });
}

async function editCell(at: { sheet: string; cell: string }, value: number): Promise<void> {
  await page.evaluate(({ sheet, cell, value }) => globalThis.samenFake.userEdit(sheet, cell, [[value]]), { ...at, value });
}

async function cellValue(at: { sheet: string; cell: string }): Promise<unknown> {
  return page.evaluate(({ sheet, cell }) => globalThis.samenFake.values(sheet, cell)[0][0], at);
}

async function showView(label: string): Promise<void> {
  await page.getByRole("tab", { name: label }).click();
}

/**
 * axe-core in the page: the serious and critical violations, as "rule: target" lines. One known false
 * positive is left out, narrowly: Fluent's focus manager (Tabster) puts aria-hidden focus bumpers
 * (`data-tabster-dummy`) around the tab list that pass focus on at once (microsoft/fluentui#27517,
 * "by design"; Accessibility Insights suppresses the same).
 */
async function seriousViolations(): Promise<string[]> {
  const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  await page.evaluate(axeSource);
  // Only plain data crosses into the page: tsx would wrap named helpers in a __name the page lacks.
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: typeof import("axe-core") }).axe;
    const results = await axe.run(document, { resultTypes: ["violations"] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      nodes: violation.nodes.map((node) => ({ html: node.html, target: node.target.join(" ") })),
    }));
  });
  const isTabsterBumper = (id: string, html: string) =>
    id === "aria-hidden-focus" && /^<i [^>]*data-tabster-dummy/.test(html);
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(({ id, nodes }) => ({ id, nodes: nodes.filter((node) => !isTabsterBumper(id, node.html)) }))
    .filter((violation) => violation.nodes.length > 0)
    .map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(", ")}`);
}

async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: join(RESULTS, `${name}.png`), animations: "disabled" });
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
    assert.equal(await page.getByText("ontbreekt", { exact: true }).count(), 5);
    await screenshot("model-laden-leeg");
    await page.getByRole("button", { name: "Model laden" }).click();
    await page.getByRole("list", { name: "Wat er is gebeurd" }).waitFor();
    const tables = await page.evaluate(() => globalThis.samenFake.tables().map((table) => table.name));
    assert.deepEqual([...tables].sort(), ["Acties", "Begroting", "Scenarios", "Voorstellen"]);
    assert.equal(await page.getByText("in orde", { exact: true }).count(), 5);
    await screenshot("model-laden");
    assert.deepEqual(await seriousViolations(), []);
  });

  test("Voorstellen: meest kansrijk shows a 2024 gap of € -675.000", async () => {
    await showView("Voorstellen");
    await page.getByRole("button", { name: "Meest kansrijk" }).click();
    assert.equal(await page.getByTestId("gap-2024").textContent(), "€ -675.000");
    assert.equal(await page.getByTestId("gap-2025").textContent(), "€ -350.000");
  });

  test("Voorstellen is keyboard-operable: Space on a focused checkbox chooses the proposal", async () => {
    await page.getByRole("button", { name: "Niets" }).click();
    await page.getByRole("checkbox", { name: /^3\. / }).focus();
    await page.keyboard.press("Space");
    assert.equal(await page.getByTestId("gap-2024").textContent(), "€ 325.000");
  });

  test("Voorstellen: saving a scenario writes its rows into the Scenarios table", async () => {
    await page.getByRole("checkbox", { name: /^13\. / }).check();
    await page.getByRole("textbox", { name: "Naam van het scenario" }).fill("Veldwerk");
    await page.getByRole("button", { name: "Bewaar als scenario" }).click();
    await page.getByRole("button", { name: "Openen: scenario Veldwerk" }).waitFor();
    const rows = await page.evaluate(() => globalThis.samenFake.tableValues("Scenarios"));
    assert.deepEqual(
      rows.filter((row) => row[0] === "Veldwerk"),
      [
        ["Veldwerk", 3, 2024, "", ""],
        ["Veldwerk", 13, 2024, "", ""],
      ],
    );
  });

  test("Voorstellen follows the workbook: an officer's edit of the 2024 reserve moves the gap", async () => {
    const reserve2024 = await reserve2024Cell();
    await page.getByRole("button", { name: "Meest kansrijk" }).click();
    await editCell(reserve2024, 600000);
    await page.getByTestId("gap-2024").filter({ hasText: "€ -575.000" }).waitFor();
    await editCell(reserve2024, 500000);
    await page.getByTestId("gap-2024").filter({ hasText: "€ -675.000" }).waitFor();
  });

  test("Voorstellen has no serious or critical accessibility violation", async () => {
    await page.getByRole("button", { name: "Meest kansrijk" }).click();
    await screenshot("voorstellen");
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

  test("no script error and no blocked resource in the page", () => {
    assert.deepEqual(pageErrors, []);
  });
});

describe("task pane outside Excel", () => {
  outsideExcelTests({
    browser: () => browser,
    serverUrl: () => server.url,
    screenshot: (opened, name) => opened.screenshot({ path: join(RESULTS, `${name}.png`), animations: "disabled" }).then(() => {}),
  });
});
