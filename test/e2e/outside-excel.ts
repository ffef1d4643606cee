/**
 * The built pane opened outside Excel, in its two ways: Office.js unreachable (the request to
 * Microsoft's CDN aborted, as a blocking network does), and Microsoft's real Office.js (the
 * @microsoft/office-js package, served in place of the CDN) loaded in a plain browser tab.
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join, normalize } from "node:path";
import { test } from "node:test";
import type { Browser, Page, Route } from "playwright-core";

const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS_DIST = join(__dirname, "..", "..", "node_modules", "@microsoft", "office-js", "dist");

interface Context {
  browser(): Browser;
  serverUrl(): string;
  screenshot(page: Page, name: string): Promise<void>;
}

async function officeJsFromPackage(route: Route): Promise<void> {
  const file = normalize(decodeURIComponent(new URL(route.request().url()).pathname.slice("/lib/1/hosted/".length)));
  try {
    const body = await readFile(join(OFFICE_JS_DIST, file));
    await route.fulfill({ status: 200, contentType: "application/javascript", body });
  } catch {
    await route.fulfill({ status: 404 });
  }
}

async function openOutsideExcel(
  context: Context,
  office: (route: Route) => Promise<void>,
): Promise<{ page: Page; errors: string[] }> {
  const page = await context.browser().newPage({ viewport: { width: 420, height: 800 } });
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|CSP/.test(message.text())) errors.push(message.text());
  });
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (event) =>
      console.error(`CSP blokkeert ${event.violatedDirective}: ${event.blockedURI}`),
    ),
  );
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_CDN)) return office(route);
    return url.startsWith(context.serverUrl()) ? route.continue() : route.abort();
  });
  page.setDefaultTimeout(15_000);
  await page.goto(`${context.serverUrl()}/taskpane.html`);
  return { page, errors };
}

export function outsideExcelTests(context: Context): void {
  test("Office.js unreachable: a Dutch page says it could not be loaded and how to open Samen in Excel", async () => {
    const { page, errors } = await openOutsideExcel(context, (route) => route.abort("internetdisconnected"));
    await page.getByRole("alert").filter({ hasText: "kon niet worden geladen" }).waitFor();
    await page.getByRole("heading", { name: "Samen werkt in Excel" }).waitFor();
    assert.match((await page.textContent("body")) ?? "", /Start: Invoegtoepassingen > Mijn invoegtoepassingen/);
    await context.screenshot(page, "buiten-excel-office-js-onbereikbaar");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("Office.js loaded outside an Office host: a Dutch page says Samen runs inside Excel", async () => {
    const { page, errors } = await openOutsideExcel(context, officeJsFromPackage);
    await page.getByText("zij werkt alleen in Excel").waitFor();
    await page.getByRole("heading", { name: "Samen werkt in Excel" }).waitFor();
    assert.equal(await page.getByRole("alert").count(), 0);
    await context.screenshot(page, "buiten-excel");
    assert.deepEqual(errors, []);
    await page.close();
  });
}
