import * as functionTable from "../../src/model/functions/table";
import { LETTER_PLAN } from "../../src/model/letter/dataset";
import { PlanQueries } from "../../src/model/functions/queries";
import { notAvailable, ok } from "../../src/model/result";
import { LivePlan } from "../../src/runtime/live-plan";
import { evaluate, streamFunction } from "../../src/runtime/stream";

function sink() {
  return {
    results: [] as unknown[],
    onCanceled: undefined as undefined | (() => void),
    setResult(v: unknown) {
      this.results.push(v);
    },
  };
}

const asValue = (result: { ok: boolean }) => result;

describe("a SAMEN cell as a stream over the live plan", () => {
  test("answers at once, again only when its value changes, and stops when Excel cancels it", () => {
    const live = new LivePlan();
    const cell = sink();
    streamFunction(live, "RESERVE", [2024], cell, asValue);
    const tighter = {
      ...LETTER_PLAN,
      budgetLines: LETTER_PLAN.budgetLines.map((line) =>
        line.id === "h" ? { ...line, amounts: { ...line.amounts, 2024: 400000 } } : line,
      ),
    };
    live.update(ok(new PlanQueries(LETTER_PLAN)));
    live.update(ok(new PlanQueries(tighter)));
    cell.onCanceled!();
    live.update(ok(new PlanQueries(LETTER_PLAN)));
    expect(cell.results).toEqual([ok(500000), ok(400000)]);
    expect(live.listenerCount()).toBe(0);
  });

  test("an unreadable model in the workbook reaches every cell as its message", () => {
    const live = new LivePlan();
    const cell = sink();
    streamFunction(live, "TOTAL", [2024], cell, asValue);
    live.update(notAvailable("De tabel Begroting mist de kolom 2025."));
    expect(cell.results).toEqual([ok(2000000), notAvailable("De tabel Begroting mist de kolom 2025.")]);
  });

  test("an exception inside the model becomes a #VALUE! message, not an exception in the runtime", () => {
    const broken = {
      total: () => {
        throw new TypeError("x is undefined");
      },
    } as unknown as PlanQueries;
    expect(evaluate(ok(broken), "TOTAL", [2024, null])).toEqual({
      ok: false,
      kind: "value",
      message: "SAMEN.TOTAL kon deze argumenten niet verwerken.",
    });
  });

  test("a cell Excel invokes again with the same arguments is answered from what was worked out, until the plan changes", () => {
    const live = new LivePlan();
    const calls = jest.spyOn(functionTable, "callModelFunction");
    const [first, again, other] = [sink(), sink(), sink()];
    streamFunction(live, "GAP", ["meest kansrijk", 2024], first, asValue);
    streamFunction(live, "GAP", ["meest kansrijk", 2024], again, asValue);
    streamFunction(live, "GAP", ["meest kansrijk", 2025], other, asValue);
    expect(calls).toHaveBeenCalledTimes(2);
    live.update(ok(new PlanQueries(LETTER_PLAN)));
    expect(calls).toHaveBeenCalledTimes(4);
    // The letter's gaps for "meest kansrijk": 675.000 short in 2024, 350.000 in 2025.
    expect([first.results, again.results, other.results]).toEqual([[ok(-675000)], [ok(-675000)], [ok(-350000)]]);
    calls.mockRestore();
  });
});
