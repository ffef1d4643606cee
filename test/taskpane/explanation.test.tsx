/** @jest-environment jsdom */
/**
 * "Waarom dit plan" in Dekking zoeken, on the letter. Meest kansrijk, schrappen over the twelve rows of
 * issue 21: the equally good plans are exactly the brute force's optima over every subset of those rows
 * (two: cut 9 or cut 31, each € 300.000 in 2025), and each cut row's price names the brute force's extra
 * euros when that row is kept. Kiezen: the dropped proposals 3, 7 and 10 (docs/explanation.md) each get a
 * price. The Besluitnotitie is written to the workbook, and an existing one replaced only with consent.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { instanceOf, readFitRequest, type FitAnswer, type FitRequest } from "../../src/model/fit/fit-plan";
import type { FitInstance } from "../../src/model/fit/instance";
import { loadFitEngine } from "../../src/model/fit/load-engine";
import { LETTER_PLAN } from "../../src/model/letter/dataset";
import { PlanQueries } from "../../src/model/functions/queries";
import { NOTITIE_SHEET, notitieSheet } from "../../src/layout/notitie";
import { planDifference } from "../../src/model/fit/difference";
import type { SheetLayout } from "../../src/layout/types";
import { ExplanationView } from "../../src/taskpane/picker/explanation-view";
import { FitPanel } from "../../src/taskpane/picker/fit-panel";
import { allOptima, goals } from "../model/fit/brute-force";
import { MemoryWorkbook } from "./memory-workbook";

const queries = new PlanQueries(LETTER_PLAN);
const ROWS = "3, 9, 13, 15, 16, 17, 20, 22, 25, 26, 30, 31";
jest.setTimeout(60_000);

class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoLayoutResizeObserver;

function requestOf(...args: string[]): FitRequest {
  const read = readFitRequest(queries, args);
  if (!read.ok) throw new Error(read.message);
  return read.value;
}

const request = requestOf("meest kansrijk", "schrappen", ROWS);

/** The cut action numbers of every optimum of the brute force, each sorted; the least euros cut. */
function bruteOptima(instance: FitInstance): { cuts: number[][]; euros: number } | null {
  const optima = allOptima(instance, [], [], "schrappen");
  if (optima.length === 0) return null;
  return {
    cuts: optima.map((plan) =>
      instance.actions.flatMap((action, i) => (plan.cut[i] ? action.numbers : [])).sort((a, b) => a - b),
    ),
    euros: goals(instance, "schrappen", optima[0])[0],
  };
}

const euros = (n: number) => `€ ${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".")}`;

const cutsOf = (text: string) => {
  const plan = queries.resolvePlan(text);
  if (!plan.ok) throw new Error(plan.message);
  return [...plan.value.cuts].sort((a, b) => a - b);
};

async function answerTo(fitRequest: FitRequest): Promise<FitAnswer> {
  const answer = (await loadFitEngine()).fitPlan(queries, fitRequest);
  if (!answer.ok) throw new Error(answer.message);
  return answer.value;
}

function renderExplanation(answer: FitAnswer, workbook = new MemoryWorkbook()) {
  const onApply = jest.fn<void, [string]>();
  const { cut, delayed, dropped } = planDifference(request.plan, answer.plan, queries.actionRows());
  const choices = cut.length + delayed.length + dropped.length;
  render(
    <FluentProvider theme={webLightTheme}>
      <ExplanationView
        queries={queries}
        request={request}
        answer={answer}
        choices={choices}
        onApply={onApply}
        workbook={workbook}
        loadEngine={loadFitEngine}
      />
    </FluentProvider>,
  );
  return { onApply, workbook };
}

async function explain() {
  fireEvent.click(screen.getByRole("button", { name: "Waarom dit plan?" }));
  expect(screen.getByRole("status").textContent).toBe("Bezig met het zoeken naar even goede plannen…");
  await screen.findByRole("button", { name: "Besluitnotitie maken" }, { timeout: 50_000 });
}

const cellsOf = (sheet: SheetLayout) => sheet.cells.map((cell) => cell.value);

describe("Waarom dit plan, schrappen over the twelve rows of issue 21", () => {
  const instance = instanceOf(queries, request);
  const brute = bruteOptima(instance)!;

  test("the brute force over those rows has exactly two optima: cut 9 or cut 31, each € 300.000 in 2025", () => {
    const rows = queries.actionRows();
    expect(rows.get(9)!.amounts[2025]).toBe(300_000);
    expect(rows.get(31)!.amounts[2025]).toBe(300_000);
    expect(brute.cuts).toHaveLength(2);
    const [a, b] = brute.cuts;
    expect([a.filter((n) => !b.includes(n)), b.filter((n) => !a.includes(n))].sort()).toEqual([[31], [9]]);
  });

  test("the two plans, the shown one first, the other applied with one click; a price for each cut row", async () => {
    const answer = await answerTo(request);
    const { onApply } = renderExplanation(answer);
    await explain();

    const plans = within(screen.getByRole("list", { name: "Even goede plannen" })).getAllByRole("listitem");
    expect(plans).toHaveLength(2);
    expect(plans[0].textContent).toBe(`Plan 1 (getoond): ${answer.text}`);
    const texts = plans.map((item) => /: (.*?)(?:Plan \d+ toepassen)?$/.exec(item.textContent!)![1]);
    expect(texts.map(cutsOf).sort()).toEqual([...brute.cuts].sort());
    expect(screen.queryByText("Dit is het enige beste plan.")).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "Plan 2 toepassen" }));
    expect(onApply).toHaveBeenCalledWith(texts[1]);
    expect(cutsOf(texts[1])).not.toEqual(cutsOf(answer.text));

    // One price per row the shown plan cuts; keeping a row costs the brute force's extra euros without it.
    const prices = within(screen.getByRole("list", { name: "De prijs van elke keuze" }))
      .getAllByRole("listitem")
      .map((item) => item.textContent!);
    const cutRows = [...new Set(answer.plan.cuts.map((n) => queries.actionRows().get(n)!))];
    expect(prices).toHaveLength(cutRows.length);
    const tied = answer.plan.cuts.includes(9) ? 9 : 31;
    expect(prices).toContain(`actie ${tied} houden: schrap ${tied === 9 ? 31 : 9}`);
    for (const row of cutRows) {
      const subject = `actie ${row.numbers.join(" en ")}`;
      const price = prices.find((text) => text.startsWith(`${subject} houden: `));
      expect([subject, price]).toEqual([subject, expect.any(String)]);
      const without = bruteOptima({
        ...instance,
        actions: instance.actions.filter((a) => a.numbers[0] !== row.numbers[0]),
      });
      if (without === null) expect(price).toMatch(/ houden: geen plan past \(Geen plan past/);
      else if (without.euros === brute.euros) expect(price).toMatch(/ houden: schrap \d+/);
      else expect(price).toContain(`${euros(without.euros - brute.euros)} meer schrappen`);
    }
  });

  test("Besluitnotitie maken writes the plan and both plans; an existing sheet is replaced only with consent", async () => {
    const workbook = new MemoryWorkbook();
    // A note of the plan as it stood, written earlier by hand.
    const officersOwn = notitieSheet(queries, {
      plan: request.plan,
      estimate: "laag",
      prices: [],
      alternatives: [],
      requirements: "",
    });
    const answer = await answerTo(request);
    renderExplanation(answer, workbook);
    await explain();
    const texts = within(screen.getByRole("list", { name: "Even goede plannen" }))
      .getAllByRole("listitem")
      .map((item) => /: (.*?)(?:Plan \d+ toepassen)?$/.exec(item.textContent!)![1]);

    fireEvent.click(screen.getByRole("button", { name: "Besluitnotitie maken" }));
    await screen.findByText(`Blad Besluitnotitie gemaakt voor het plan ${answer.text}.`);
    expect(workbook.notities).toHaveLength(1);
    const written = cellsOf(workbook.notities[0].sheet);
    expect(written).toContain(answer.text);
    for (const text of texts) expect(written).toContain(text);
    expect(written).toContain(`actie ${answer.plan.cuts.includes(9) ? "9 houden: schrap 31" : "31 houden: schrap 9"}`);

    // The officer's own sheet of that name: Annuleren leaves it, Vervangen replaces it.
    workbook.notities.push({ sheet: officersOwn, replace: false });
    fireEvent.click(screen.getByRole("button", { name: "Besluitnotitie maken" }));
    const ask = await screen.findByRole("alert");
    expect(ask.textContent).toContain("Er is al een blad Besluitnotitie. Vervangen?");
    fireEvent.click(within(ask).getByRole("button", { name: "Annuleren" }));
    expect(workbook.notities).toHaveLength(2);
    expect(workbook.notities[1].sheet).toBe(officersOwn);
    expect(screen.queryByRole("alert")).toBeNull();
    // The question's buttons are gone: the keyboard is back on the button that asked.
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Besluitnotitie maken" }));

    fireEvent.click(screen.getByRole("button", { name: "Besluitnotitie maken" }));
    fireEvent.click(within(await screen.findByRole("alert")).getByRole("button", { name: "Vervangen" }));
    await screen.findByText(`Blad Besluitnotitie gemaakt voor het plan ${answer.text}.`);
    expect(workbook.notities).toHaveLength(3);
    expect(workbook.notities[2].replace).toBe(true);
    expect(workbook.notities[2].sheet.name).toBe(NOTITIE_SHEET);
    expect(cellsOf(workbook.notities[2].sheet)).toContain(answer.text);
  });

  test("Stoppen ends the computation before its first solve, and says how far it got", async () => {
    const answer = await answerTo(request);
    renderExplanation(answer);
    fireEvent.click(screen.getByRole("button", { name: "Waarom dit plan?" }));
    fireEvent.click(screen.getByRole("button", { name: "Stoppen" }));
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 200));
    });
    const rows = new Set(answer.plan.cuts.map((n) => queries.actionRows().get(n)!)).size;
    expect(screen.getByRole("status").textContent).toBe(`Gestopt: 0 van ${rows} prijzen berekend.`);
    expect(screen.queryByRole("list", { name: "Even goede plannen" })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Waarom dit plan?" }));
  });
});

describe("Waarom dit plan in the panel, kiezen on meest kansrijk", () => {
  test("3, 7 and 10 drop out, each with its price; a new search clears the explanation", async () => {
    const onApply = jest.fn<void, [string]>();
    render(
      <FluentProvider theme={webLightTheme}>
        <FitPanel queries={queries} planText="meest kansrijk" onApply={onApply} workbook={new MemoryWorkbook()} />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole("radio", { name: /^Kiezen/ }));
    fireEvent.click(screen.getByRole("button", { name: "Dekking zoeken" }));
    await act(async () => {
      await loadFitEngine();
    });
    await screen.findByRole("region", { name: "Gevonden plan" }, { timeout: 30_000 });
    await explain();
    const prices = within(screen.getByRole("list", { name: "De prijs van elke keuze" }))
      .getAllByRole("listitem")
      .map((item) => item.textContent);
    expect(prices.map((text) => /^voorstel (\d+) houden: /.exec(text!)?.[1])).toEqual(["3", "7", "10"]);
    for (const text of prices) expect(text).toMatch(/ houden: (\d+(, \d+)*( en \d+)? (valt|vallen) af|geen plan past)/);

    fireEvent.click(screen.getByRole("radio", { name: /^Schrappen/ }));
    expect(screen.queryByRole("region", { name: "Waarom dit plan" })).toBeNull();
  });
});
