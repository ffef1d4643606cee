/** @jest-environment jsdom */
/**
 * The reserve curve in the pane, on the letter: meest kansrijk, schrappen over the twelve rows of issue
 * 21. Every row of the table shows the euros cut of the brute force's best plan at that reserve (every
 * subset of the twelve rows tried here, on the room moved by the step), the chart says the same in
 * its text, and the € 100.000 question is answered with the brute force's difference.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { instanceOf, readFitRequest } from "../../src/model/fit/fit-plan";
import type { FitInstance } from "../../src/model/fit/instance";
import { loadFitEngine } from "../../src/model/fit/load-engine";
import { LETTER_PLAN } from "../../src/model/letter/dataset";
import { PlanQueries } from "../../src/model/functions/queries";
import { ReserveCurveView } from "../../src/taskpane/picker/reserve-curve-view";
import { goals, lexLess, plans, room } from "../model/fit/brute-force";

const queries = new PlanQueries(LETTER_PLAN);
const YEARS = queries.horizon.planYears;
const ROWS = "3, 9, 13, 15, 16, 17, 20, 22, 25, 26, 30, 31";
jest.setTimeout(60_000);

const read = readFitRequest(queries, ["meest kansrijk", "schrappen", ROWS]);
if (!read.ok) throw new Error(read.message);
const request = read.value;

// Bijlage 2, line h: the reserve each plan year.
const reserveLine = LETTER_PLAN.budgetLines.find((line) => line.description.startsWith("Reservering"))!;
const STEPS: [string, (reserve: number) => number][] = [
  ["−50 %", (r) => -Math.floor(r / 2 + 0.5)],
  ["−25 %", (r) => -Math.floor(r / 4 + 0.5)],
  ["0 % (nu)", () => 0],
  ["+25 %", (r) => Math.floor(r / 4 + 0.5)],
  ["+50 %", (r) => Math.floor(r / 2 + 0.5)],
  ["+75 %", (r) => Math.floor((3 * r) / 4 + 0.5)],
  ["+100 %", (r) => r],
  ["+ € 100.000 per jaar", () => 100_000],
];

/** The least euros cut over every subset of the rows that leaves every year's room ≥ 0; null if none. */
function leastCut(change: (reserve: number) => number): number | null {
  const instance = instanceOf(queries, request);
  const roomNow = { ...instance.room };
  for (const year of YEARS) roomNow[year] += change(reserveLine.amounts[year]!);
  const moved: FitInstance = { ...instance, room: roomNow };
  let best: number[] | undefined;
  for (const plan of plans(moved, "schrappen")) {
    if (room(moved, plan).some((v) => v < 0)) continue;
    const g = goals(moved, "schrappen", plan);
    if (best === undefined || lexLess(g, best)) best = g;
  }
  return best === undefined ? null : best[0];
}

const euros = (n: number) => `€ ${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".")}`;

function renderCurve() {
  render(
    <FluentProvider theme={webLightTheme}>
      <ReserveCurveView
        queries={queries}
        plan={request.plan}
        mode="schrappen"
        allowed={request.allowed}
        estimate="laag"
        requirements=""
        loadEngine={loadFitEngine}
      />
    </FluentProvider>,
  );
}

describe("the reserve curve in Dekking zoeken", () => {
  test("each row the brute force's least euros cut; the chart's text and the € 100.000 answer agree", async () => {
    renderCurve();
    fireEvent.click(screen.getByRole("button", { name: "Reservecurve berekenen" }));
    const gain = await screen.findByTestId("curve-gain", {}, { timeout: 50_000 });
    const expected = STEPS.map(([label, change]) => [label, leastCut(change)] as const);
    const table = within(screen.getByRole("region", { name: "Tabel reservecurve" }));
    for (const [i, [label, cut]] of expected.entries()) {
      const reserve = YEARS.reduce((sum, y) => sum + reserveLine.amounts[y]! + STEPS[i][1](reserveLine.amounts[y]!), 0);
      const row = within(table.getByTestId(`curve-${label}`));
      expect(row.getByRole("rowheader").textContent).toBe(label);
      const cells = row.getAllByRole("cell").map((cell) => cell.textContent);
      expect(cells[0]).toBe(euros(reserve));
      expect(cells[1]).toBe(cut === null ? "geen plan past" : euros(cut));
    }
    // With more reserve the least cut never grows (and 0 % is FIT's answer: € 1.050.000 is not assumed here).
    const chart = screen.getByRole("img");
    for (const [label, cut] of expected.slice(0, 7)) {
      expect(chart.getAttribute("aria-label")).toContain(`${label} ${cut === null ? "geen plan" : euros(cut)}`);
    }
    const now = expected[2][1]!;
    const more = expected[7][1]!;
    expect(more).toBeLessThan(now);
    expect(gain.textContent).toBe(
      `Wat levert € 100.000 extra op? Met € 100.000 meer reserve per jaar: ${euros(now - more)} minder schrappen.`,
    );
  });

  test("Stoppen ends the computation between two points, and says how far it got", async () => {
    renderCurve();
    await act(async () => {
      await loadFitEngine();
    });
    fireEvent.click(screen.getByRole("button", { name: "Reservecurve berekenen" }));
    expect(screen.getByRole("status").textContent).toBe("Bezig: 0 van 8 punten berekend…");
    fireEvent.click(screen.getByRole("button", { name: "Stoppen" }));
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 200));
    });
    expect(screen.getByRole("status").textContent).toMatch(/^Gestopt: 0 van 8 punten berekend\.$/);
    expect(screen.queryByRole("region", { name: "Tabel reservecurve" })).toBeNull();
  });
});
