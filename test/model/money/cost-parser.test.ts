import { parseCostText } from "../../../src/model/money/cost-parser";
import { LETTER_PLAN } from "../../../src/model/letter/dataset";

const exact = (euros: number) => ({ low: euros, high: euros });

describe("the cost-text parser", () => {
  it("gives the status of every one of the 33 proposals as printed", () => {
    const statuses = LETTER_PLAN.proposals.map((p) => parseCostText(p.costText).status);
    // Bijlage 1, column "Geschatte kosten", proposals 1 to 33 in order.
    expect(statuses).toEqual([
      "geen",
      "geen",
      "geraamd",
      "onbekend",
      "geraamd", // 1–5
      "onbekend",
      "geraamd",
      "nvt",
      "geraamd",
      "geraamd", // 6–10
      "geraamd",
      "nvt",
      "geraamd",
      "geraamd",
      "geraamd", // 11–15
      "geraamd",
      "geraamd",
      "geraamd",
      "geraamd",
      "geen", // 16–20
      "geraamd",
      "nvt",
      "nvt",
      "nvt",
      "onbekend", // 21–25
      "onbekend",
      "geen",
      "onbekend",
      "onbekend",
      "geen", // 26–30
      "geraamd",
      "geraamd",
      "onbekend", // 31–33
    ]);
  });

  it.each([
    ["Geen.", "geen", exact(0), exact(0)],
    ["N.v.t.", "nvt", exact(0), exact(0)],
    ["€ 175.000 incidenteel", "geraamd", exact(175_000), exact(0)],
    ["€ 200.000 structureel", "geraamd", exact(0), exact(200_000)],
    ["€ 100.000 incidenteel € 50.000 structureel", "geraamd", exact(100_000), exact(50_000)],
    ["€ 200.000 incidenteel € 450.000 structureel", "geraamd", exact(200_000), exact(450_000)],
    [
      "€ 125.000 opgevoerd maar naar verwachting circa 1 miljoen incidenteel.",
      "geraamd",
      { low: 125_000, high: 1_000_000 },
      exact(0),
    ],
    ["€ 1,5 miljoen structureel", "geraamd", exact(0), exact(1_500_000)],
    ["circa € 250.000 incidenteel", "geraamd", exact(250_000), exact(0)],
    ["€600.000 eenmalig", "geraamd", exact(600_000), exact(0)],
    ["€ 40.000 per jaar", "geraamd", exact(0), exact(40_000)],
    ["tussen € 100.000 en € 200.000 structureel", "geraamd", exact(0), { low: 100_000, high: 200_000 }],
    ["€ 2,5 mln incidenteel en € 0,3 mln structureel", "geraamd", exact(2_500_000), exact(300_000)],
    ["€\u00a050.000 structureel vanaf 2025", "geraamd", exact(0), exact(50_000)],
  ])("reads %p", (text, status, incidental, structural) => {
    const cost = parseCostText(text);
    expect(cost.status).toBe(status);
    expect(cost.incidental).toEqual(incidental);
    expect(cost.structural).toEqual(structural);
    expect(cost.kindAssumed).toBe(false);
    expect(cost.warnings).toEqual([]);
  });

  it("marks the approximation of a range and of 'circa'", () => {
    expect(parseCostText("€ 125.000 opgevoerd maar naar verwachting circa 1 miljoen incidenteel.").approximate).toBe(
      true,
    );
    expect(parseCostText("circa € 250.000 incidenteel").approximate).toBe(true);
    expect(parseCostText("€ 175.000 incidenteel").approximate).toBe(false);
  });

  it.each([
    ["€ 9.000", 9_000],
    ["€ 75.000", 75_000],
  ])("takes %p without a kind as incidental and flags it", (text, euros) => {
    const cost = parseCostText(text);
    expect(cost.status).toBe("geraamd");
    expect(cost.incidental).toEqual(exact(euros));
    expect(cost.structural).toEqual(exact(0));
    expect(cost.kindAssumed).toBe(true);
    expect(cost.warnings[0]).toMatch(/niet of het bedrag incidenteel of structureel is/);
  });

  it.each(["Nog onbekend.", "Nog niet bekend.", "onbekend"])("reads %p as unknown, without a warning", (text) => {
    expect(parseCostText(text)).toMatchObject({ status: "onbekend", incidental: null, structural: null, warnings: [] });
  });

  it.each([
    "veel geld",
    "",
    "   ",
    "€ 2,55 incidenteel",
    "ongeveer een ton",
    "2 fte",
    "€ 5.000.000.000.000.000 incidenteel € 5.000.000.000.000.000 incidenteel",
  ])("reads nonsense %p as unknown with a warning, never as 0", (text) => {
    const cost = parseCostText(text);
    expect(cost.status).toBe("onbekend");
    expect(cost.incidental).toBeNull();
    expect(cost.structural).toBeNull();
    expect(cost.warnings).toHaveLength(1);
  });
});
