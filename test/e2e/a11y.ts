/**
 * Accessibility of the built pane, measured (docs/toegankelijkheid.md): axe on every view and state, a
 * keyboard-only walk through each view (every action reached by Tab, a visible focus on each, no trap),
 * reflow at 320 CSS px wide and 256 high (1280 × 1024 at 400 % zoom), forced colours (Windows high
 * contrast), and status changes announced. Each check returns what it found rather than asserting, so the
 * last test can plant a fault for each in the page and see it fail.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import type { Browser, Page } from "playwright-core";

export interface A11yContext {
  page(): Page;
  browser(): Browser;
  serverUrl(): string;
  results: string;
}

const VIEWS = ["Model laden", "Controleren", "Voorstellen"] as const;

/** tsx names the helpers of a function sent into the page with a `__name` call the page lacks. */
const withNames = (page: Page) => page.evaluate("globalThis.__name ??= (f) => f");

/**
 * axe-core in the page: the serious and critical violations, as "rule: target" lines. One known false
 * positive is left out, narrowly: Fluent's focus manager (Tabster) puts aria-hidden focus bumpers
 * (`data-tabster-dummy`) around the tab list that pass focus on at once (microsoft/fluentui#27517,
 * "by design"; Accessibility Insights suppresses the same).
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  // Scan the settled page: a message fading in (Fluent's motion, CSS transitions) is not yet its contrast.
  // Endless animations (a spinner) are left running; a cancelled one rejects `finished` and is gone either way.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
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
    .map(({ id, nodes }) => `${id}: ${nodes.map((node) => `${node.target} ${node.html.slice(0, 160)}`).join(", ")}`);
}

export interface KeyboardWalk {
  /** Actions in the order Tab reached them. */
  reached: string[];
  /** Actions on screen that Tab never reached (a radio group or tab list counts as reached through any member). */
  unreachable: string[];
  /** Actions whose look did not change when they took the focus. */
  invisibleFocus: string[];
  /** Where focus stuck or circled without reaching the end of the page; null when the walk got out. */
  trapped: string | null;
}

const ACTIONS =
  'a[href], button, summary, input:not([type="hidden"]), select, textarea, [role="button"], [role="checkbox"], [role="radio"], [role="tab"], [role="combobox"], [role="link"], [role="switch"], [tabindex]:not([tabindex="-1"])';

/**
 * Tab from the top of the page to its end, as a keyboard user does: each stop is compared, pixel for pixel,
 * with how it looks once focus has moved on (a focus indicator must show), and every enabled action on
 * screen must be among the stops.
 */
export async function keyboardWalk(page: Page): Promise<KeyboardWalk> {
  await withNames(page);
  const actions = await page.evaluate((selector) => {
    // Closed folds (<details>) keep their content laid out but out of reach, as a reader of the screen sees it.
    const inClosedFold = (element: Element) => {
      for (
        let fold = element.closest("details:not([open])");
        fold;
        fold = fold.parentElement?.closest("details:not([open])") ?? null
      ) {
        if (!fold.querySelector(":scope > summary")?.contains(element)) return true;
      }
      return false;
    };
    const visible = (element: Element) =>
      element.getClientRects().length > 0 &&
      !inClosedFold(element) &&
      getComputedStyle(element).visibility !== "hidden" &&
      element.closest('[aria-hidden="true"], [inert]') === null;
    const candidates = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (element) =>
        visible(element) &&
        !element.hasAttribute("data-tabster-dummy") &&
        !(element as HTMLButtonElement).disabled &&
        element.getAttribute("aria-disabled") !== "true",
    );
    return candidates.map((element, index) => {
      element.dataset.a11yStop = String(index);
      const role = element.getAttribute("role") ?? element.tagName.toLowerCase();
      const name =
        element.getAttribute("aria-label") ??
        (element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null) ??
        element.closest("label")?.textContent ??
        element.textContent ??
        "";
      const group =
        element.matches('input[type="radio"], [role="radio"]') && (element as HTMLInputElement).name
          ? `radio:${(element as HTMLInputElement).name}`
          : element.matches('[role="tab"]')
            ? `tabs:${element.closest('[role="tablist"]')?.id ?? "tablist"}`
            : `stop:${index}`;
      return { id: String(index), label: `${role} "${name.trim().replace(/\s+/g, " ").slice(0, 60)}"`, group };
    });
  }, ACTIONS);
  const labelOf = new Map(actions.map((action) => [action.id, action.label]));

  // Start before the first element of the page: Tab goes to the first stop.
  await page.evaluate(() => {
    const start = document.createElement("span");
    start.tabIndex = -1;
    start.id = "a11y-start";
    document.body.prepend(start);
    start.focus();
    start.remove();
  });

  const reached: string[] = [];
  const invisibleFocus: string[] = [];
  let trapped: string | null = null;
  let previous: { id: string; shot: Buffer } | null = null;
  const limit = actions.length + 40;
  for (let step = 0; step <= limit; step += 1) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      if (active === null || active === document.body) return { id: "end" };
      if (active.hasAttribute("data-tabster-dummy")) return { id: "dummy" };
      return { id: active.dataset.a11yStop ?? `unlisted ${active.tagName.toLowerCase()}` };
    });
    if (previous !== null && (await shotOf(page, previous.id)).equals(previous.shot)) {
      invisibleFocus.push(labelOf.get(previous.id) ?? previous.id);
    }
    previous = null;
    if (focused.id === "end") break;
    if (focused.id === "dummy") continue;
    if (reached.includes(focused.id)) {
      trapped = `${labelOf.get(focused.id) ?? focused.id} kreeg de focus opnieuw voor het einde van de pagina`;
      break;
    }
    if (step === limit) {
      trapped = `na ${limit} keer Tab nog niet aan het einde`;
      break;
    }
    reached.push(focused.id);
    if (labelOf.has(focused.id)) previous = { id: focused.id, shot: await shotOf(page, focused.id) };
  }
  const reachedGroups = new Set(actions.filter((action) => reached.includes(action.id)).map((action) => action.group));
  const unreachable = actions.filter((action) => !reachedGroups.has(action.group)).map((action) => action.label);
  await page.evaluate(() =>
    document.querySelectorAll("[data-a11y-stop]").forEach((e) => e.removeAttribute("data-a11y-stop")),
  );
  return { reached: reached.map((id) => labelOf.get(id) ?? id), unreachable, invisibleFocus, trapped };
}

/** A picture of one stop with a margin for an outline drawn outside it, scrolled into view first. */
async function shotOf(page: Page, id: string): Promise<Buffer> {
  const element = page.locator(`[data-a11y-stop="${id}"]`);
  await element.evaluate((node) => node.scrollIntoView({ block: "nearest", inline: "nearest" }));
  const box = (await element.boundingBox())!;
  const viewport = page.viewportSize()!;
  const x = Math.max(0, box.x - 4);
  const y = Math.max(0, box.y - 4);
  const clip = {
    x,
    y,
    width: Math.max(1, Math.min(viewport.width, box.x + box.width + 4) - x),
    height: Math.max(1, Math.min(viewport.height, box.y + box.height + 4) - y),
  };
  return page.screenshot({ clip, animations: "disabled", caret: "hide" });
}

/**
 * Content lost at the width of 400 % zoom: the page scrolling sideways, text reaching past the right edge
 * outside a data table (which WCAG 1.4.10 lets scroll), or text cut off by its box.
 */
export async function reflowProblems(page: Page): Promise<string[]> {
  await withNames(page);
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1) {
      // Name the outermost boxes that reach past the edge: where the width comes from.
      const wide = [...document.body.querySelectorAll("*")].filter(
        (element) =>
          element.getBoundingClientRect().right > width + 1 &&
          !(element.parentElement && element.parentElement.getBoundingClientRect().right > width + 1),
      );
      const names = wide.map((element) => `${element.tagName.toLowerCase()}.${element.className}`.slice(0, 80));
      problems.push(
        `de pagina schuift zijwaarts: ${document.documentElement.scrollWidth} px breed in ${width} px (${names.join(", ")})`,
      );
    }
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()} "${(element.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 50)}"`;
    const inScrollingTable = (element: Element) => {
      const table = element.closest("table");
      if (table === null) return false;
      for (let at = table.parentElement; at !== null; at = at.parentElement) {
        if (/(auto|scroll)/.test(getComputedStyle(at).overflowX)) return true;
      }
      return false;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const element = node.parentElement;
      if (element === null || seen.has(element) || (node.textContent ?? "").trim() === "") continue;
      seen.add(element);
      if (element.getClientRects().length === 0 || element.closest('[aria-hidden="true"]') !== null) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const text = range.getBoundingClientRect();
      if (text.width === 0) continue;
      if ((text.right > width + 1 || text.left < -1) && !inScrollingTable(element)) {
        problems.push(
          `${describe(element)} loopt buiten beeld (${Math.round(text.left)}–${Math.round(text.right)} px)`,
        );
        continue;
      }
      // Text cut off by a box that hides its overflow, without the whole text a step away (title).
      for (let at: Element | null = element; at !== null && at !== document.body; at = at.parentElement) {
        const style = getComputedStyle(at);
        const clips = /(hidden|clip)/.test(style.overflowX) || /(hidden|clip)/.test(style.overflowY);
        if (!clips) continue;
        const box = at.getBoundingClientRect();
        const cut = text.right > box.right + 1 || text.bottom > box.bottom + 1 || text.left < box.left - 1;
        if (cut && !at.closest("[title]") && !inScrollingTable(element)) {
          problems.push(`${describe(element)} is afgesneden door ${at.tagName.toLowerCase()}`);
        }
        break;
      }
    }
    return problems;
  });
}

/** Starts recording what a screen reader would be told: ariaNotify calls, changes in live regions that were already there, alerts. */
export async function recordAnnouncements(page: Page): Promise<void> {
  await withNames(page);
  await page.evaluate(() => {
    const record = globalThis as unknown as { samenAnnounced?: string[]; samenAnnouncer?: MutationObserver };
    record.samenAnnouncer?.disconnect();
    record.samenAnnounced = [];
    const said = (text: string | null | undefined) => {
      if (text && text.trim() !== "") record.samenAnnounced!.push(text.trim().replace(/\s+/g, " "));
    };
    const doc = document as Document & { ariaNotify?: (message: string, options?: unknown) => void };
    const original = Object.getPrototypeOf(doc).ariaNotify as typeof doc.ariaNotify;
    if (typeof original === "function") {
      doc.ariaNotify = (message, options) => {
        said(message);
        original.call(doc, message, options);
      };
    }
    const LIVE = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';
    const known = new WeakSet<Element>();
    const remember = () => document.querySelectorAll(LIVE).forEach((region) => known.add(region));
    remember();
    record.samenAnnouncer = new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        const target = mutation.target instanceof Element ? mutation.target : mutation.target.parentElement;
        const region = target?.closest(LIVE);
        if (region && known.has(region)) said(region.textContent);
        // An alert is announced when it is inserted.
        mutation.addedNodes.forEach((node) => {
          if (!(node instanceof Element)) return;
          [node, ...node.querySelectorAll('[role="alert"]')]
            .filter((element) => element.matches('[role="alert"]'))
            .forEach((alert) => said(alert.textContent));
        });
      }
      remember();
    });
    record.samenAnnouncer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/** What was announced since recordAnnouncements, waiting a moment for what `wanted` describes. */
export async function announced(page: Page, wanted: RegExp): Promise<string[]> {
  const deadline = Date.now() + 5_000;
  let said: string[] = [];
  while (Date.now() < deadline) {
    said = await page.evaluate(() => (globalThis as unknown as { samenAnnounced: string[] }).samenAnnounced);
    if (said.some((text) => wanted.test(text))) return said;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return said;
}

async function showView(page: Page, label: string): Promise<void> {
  await page.getByRole("tab", { name: label }).click();
  await page.getByRole("tabpanel").waitFor();
}

const slug = (label: string) => label.toLowerCase().replace(/\s+/g, "-");

export function accessibilityTests(context: A11yContext): void {
  const page = () => context.page();
  const shot = (name: string) =>
    page().screenshot({ path: join(context.results, `${name}.png`), animations: "disabled", fullPage: true });

  test("axe finds no serious or critical violation in any view or state", async () => {
    const found: string[] = [];
    const scan = async (state: string) => found.push(...(await seriousViolations(page())).map((v) => `${state}: ${v}`));
    await showView(page(), "Model laden");
    await page().getByText("in orde", { exact: true }).first().waitFor();
    await scan("Model laden, geladen");
    await showView(page(), "Controleren");
    await scan("Controleren, voor de controle");
    await page()
      .getByRole("button", { name: /controleren|Controleer de werkmap/ })
      .click();
    await page().getByRole("region", { name: "Fouten" }).waitFor();
    await scan("Controleren, met bevindingen");
    await showView(page(), "Voorstellen");
    await page().getByRole("button", { name: "Leeg plan" }).click();
    await scan("Voorstellen, leeg plan");
    await page().getByRole("button", { name: "Meest kansrijk" }).click();
    await scan("Voorstellen, meest kansrijk");
    const fit = page().getByRole("region", { name: "Dekking zoeken", exact: true });
    await fit.getByRole("radio", { name: /^Kiezen/ }).check();
    await fit.getByRole("button", { name: "Dekking zoeken" }).click();
    await fit.getByRole("region", { name: "Gevonden plan" }).waitFor({ timeout: 30_000 });
    await scan("Voorstellen, Dekking zoeken met antwoord");
    assert.deepEqual(found, []);
  });

  for (const view of VIEWS) {
    test(`${view} by keyboard alone: every action reached by Tab, with a visible focus, and no trap`, async () => {
      await showView(page(), view);
      if (view === "Controleren") {
        await page()
          .getByRole("button", { name: /controleren|Controleer de werkmap/ })
          .click();
        await page().getByRole("region", { name: "Fouten" }).waitFor();
      }
      const walk = await keyboardWalk(page());
      // At least Deelbare kopie, the open tab and the view's own action.
      assert.ok(walk.reached.length >= 3, `te weinig stops: ${walk.reached.join(", ")}`);
      assert.deepEqual(
        { unreachable: walk.unreachable, invisibleFocus: walk.invisibleFocus, trapped: walk.trapped },
        { unreachable: [], invisibleFocus: [], trapped: null },
      );
    });
  }

  test("reflow: at 320 × 256 CSS px (1280 × 1024 at 400 % zoom) nothing scrolls sideways or is cut off", async () => {
    const before = page().viewportSize()!;
    await page().setViewportSize({ width: 320, height: 256 });
    const found: string[] = [];
    try {
      for (const view of VIEWS) {
        await showView(page(), view);
        found.push(...(await reflowProblems(page())).map((problem) => `${view}: ${problem}`));
        await shot(`reflow-320-${slug(view)}`);
      }
    } finally {
      await page().setViewportSize(before);
    }
    assert.deepEqual(found, []);
  });

  test("forced colours (high contrast): every view drawn, and focus still visible", async () => {
    await page().emulateMedia({ forcedColors: "active" });
    try {
      assert.equal(await page().evaluate(() => matchMedia("(forced-colors: active)").matches), true);
      for (const view of VIEWS) {
        await showView(page(), view);
        await shot(`hoog-contrast-${slug(view)}`);
      }
      await showView(page(), "Model laden");
      const walk = await keyboardWalk(page());
      assert.deepEqual(walk.invisibleFocus, []);
      assert.equal(walk.trapped, null);
    } finally {
      await page().emulateMedia({ forcedColors: "none" });
    }
  });

  test("status changes are announced: a check's result, a plan's room, Dekking zoeken's answer, a load, a save", async () => {
    await showView(page(), "Controleren");
    await recordAnnouncements(page());
    await page()
      .getByRole("button", { name: /controleren|Controleer de werkmap/ })
      .click();
    assert.match(
      (await announced(page(), /^Controle klaar\. Fouten: \d+/)).join(" | "),
      /Controle klaar\. Fouten: \d+/,
    );

    await showView(page(), "Voorstellen");
    await page().getByRole("button", { name: "Leeg plan" }).click();
    await recordAnnouncements(page());
    await page().getByRole("button", { name: "Meest kansrijk" }).click();
    assert.match((await announced(page(), /Ruimte 2024: € -675\.000/)).join(" | "), /Ruimte 2024: € -675\.000/);

    await recordAnnouncements(page());
    const fit = page().getByRole("region", { name: "Dekking zoeken", exact: true });
    await fit.getByRole("radio", { name: /^Kiezen/ }).check();
    await fit.getByRole("button", { name: "Dekking zoeken" }).click();
    await fit.getByRole("region", { name: "Gevonden plan" }).waitFor({ timeout: 30_000 });
    assert.match(
      (await announced(page(), /^Gevonden plan: /)).join(" | "),
      /Gevonden plan: voorstellen 3, 7 en 10 vallen af/,
    );

    await recordAnnouncements(page());
    await page().getByRole("textbox", { name: "Naam van het plan" }).fill("Toegankelijk");
    await page().getByRole("button", { name: "Bewaar plan" }).click();
    assert.match((await announced(page(), /Toegankelijk/)).join(" | "), /Toegankelijk/);

    await showView(page(), "Model laden");
    await page()
      .getByRole("button", { name: /Model (laden|bijwerken)/ })
      .click();
    await recordAnnouncements(page());
    await page()
      .getByRole("button", { name: /Model (laden|bijwerken)/ })
      .click();
    assert.match((await announced(page(), /model/i)).join(" | "), /model/i);
  });

  test("the page outside Excel has no serious or critical axe violation", async () => {
    const outside = await context.browser().newPage({ viewport: { width: 350, height: 800 } });
    try {
      await outside.route("**/*", (route) =>
        route.request().url().startsWith(context.serverUrl()) ? route.continue() : route.abort(),
      );
      await outside.goto(`${context.serverUrl()}/taskpane.html`);
      await outside.getByRole("alert").first().waitFor();
      assert.deepEqual(await seriousViolations(outside), []);
    } finally {
      await outside.close();
    }
  });

  test("each check fails on a fault planted in the page", async () => {
    await showView(page(), "Model laden");
    const plant = (html: string) =>
      page().evaluate((markup) => {
        const planted = document.createElement("div");
        planted.id = "a11y-planted";
        planted.innerHTML = markup;
        document.querySelector("main")!.prepend(planted);
        planted.querySelector("#val")?.addEventListener("keydown", (event) => {
          if ((event as KeyboardEvent).key === "Tab") event.preventDefault();
        });
      }, html);
    const unplant = () => page().evaluate(() => document.getElementById("a11y-planted")?.remove());
    try {
      await plant('<input type="text">');
      assert.match((await seriousViolations(page())).join("\n"), /^label: /m, "een invoerveld zonder label");
      await unplant();

      await plant('<button id="val">Val</button>');
      assert.match((await keyboardWalk(page())).trapped ?? "", /Val/, "een focusval");
      await unplant();

      await plant('<div role="button">Onbereikbaar</div>');
      assert.ok(
        (await keyboardWalk(page())).unreachable.some((label) => /Onbereikbaar/.test(label)),
        "onbereikbaar",
      );
      await unplant();

      await plant('<div role="button" tabindex="0" style="outline: none">Geen focusrand</div>');
      assert.ok(
        (await keyboardWalk(page())).invisibleFocus.some((label) => /Geen focusrand/.test(label)),
        "focus onzichtbaar",
      );
      await unplant();

      await page().setViewportSize({ width: 320, height: 256 });
      await plant('<p style="width: 600px">Een regel van zeshonderd pixels breed die niet terugloopt.</p>');
      assert.ok((await reflowProblems(page())).length > 0, "inhoud die zijwaarts schuift");
      await unplant();
      await page().setViewportSize({ width: 350, height: 1000 });

      await recordAnnouncements(page());
      await page().evaluate(() => {
        const status = document.createElement("div");
        status.id = "a11y-planted";
        status.setAttribute("role", "status");
        status.textContent = "Stil klaar";
        document.querySelector("main")!.prepend(status);
      });
      assert.doesNotMatch(
        (await announced(page(), /Stil klaar/)).join(" | "),
        /Stil klaar/,
        "een status die niemand hoort",
      );
    } finally {
      await unplant();
      await page().setViewportSize({ width: 350, height: 1000 });
    }
  });
}
