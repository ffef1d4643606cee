import { callModelFunction } from "../../../src/model/functions/table";
import { LETTER_PLAN } from "../../../src/model/letter/dataset";
import { PlanQueries } from "../../../src/model/functions/queries";
import { proposalRows } from "../../support/saved-plan";

const queries = new PlanQueries(LETTER_PLAN, [proposalRows("Mijn keuze", [3, 13], 2025)]);

const value = <T>(result: { ok: true; value: T } | { ok: false; message: string }): T => {
  if (!result.ok) throw new Error(`unexpected failure: ${result.message}`);
  return result.value;
};

const failure = (result: { ok: boolean }) => {
  expect(result.ok).toBe(false);
  return result as { ok: false; kind: string; message: string };
};

describe("docs/contracts/plans.md's worked example: meest kansrijk, start 2024", () => {
  it("has 19 proposals, 3 of them without an estimate", () => {
    expect(value(queries.proposalNumbers("meest kansrijk"))).toHaveLength(19);
    expect(value(queries.unknown("meest kansrijk"))).toBe(3);
  });
  it("costs 625.000 incidental and 550.000 structural", () => {
    expect(value(queries.cost("meest kansrijk", 2024, "incidenteel"))).toBe(625_000);
    expect(value(queries.cost("meest kansrijk", 2024, "structureel"))).toBe(550_000);
    expect(value(queries.cost("meest kansrijk", 2024))).toBe(1_175_000);
    expect(value(queries.cost("meest kansrijk", 2025))).toBe(550_000);
    expect(value(queries.cost("meest kansrijk"))).toBe(625_000 + 3 * 550_000);
  });
  it.each([
    [2024, -675_000],
    [2025, -350_000],
    [2026, 500_000],
  ])("has a gap in %i of %i", (year, gap) => {
    expect(value(queries.gap("meest kansrijk", year))).toBe(gap);
  });
  it("has a total gap over 2024–2026 of −525.000", () => {
    expect(value(queries.gap("meest kansrijk"))).toBe(-525_000);
    expect(value(queries.gap("Meest  Kansrijk ", null))).toBe(-525_000);
  });
});

describe("budget queries", () => {
  it("totals every year to € 2 mln and reads single lines", () => {
    for (const year of [2023, 2024, 2025, 2026]) expect(value(queries.total(year))).toBe(2_000_000);
    expect(value(queries.total(2024, "d"))).toBe(150_000);
    expect(value(queries.total(2025, "actielijn 2"))).toBe(400_000);
    expect(value(queries.total("2026", "H"))).toBe(1_050_000);
    expect(value(queries.total(2023, "b."))).toBe(1_700_000);
  });
  it("gives the frame and the reserve", () => {
    expect(value(queries.budget(2025))).toBe(2_000_000);
    expect(value(queries.reserve(2024))).toBe(500_000);
    expect(value(queries.reserve(2025))).toBe(200_000);
    expect(value(queries.reserve(2026))).toBe(1_050_000);
    expect(value(queries.reserve(2023))).toBe(0);
  });
  it("totals action lines from their detail tables", () => {
    expect(value(queries.actionLine(2, 2025))).toBe(400_000);
    expect(value(queries.actionLine(1))).toBe(500_000);
    expect(value(queries.actionLine(4))).toBe(850_000);
  });
  it("reads actions, with 3 and 4 answering from their shared row", () => {
    expect(value(queries.action(9, 2025))).toBe(300_000);
    expect(value(queries.action(3, 2024))).toBe(100_000);
    expect(value(queries.action(4))).toBe(200_000);
    expect(value(queries.action(13))).toBe(150_000);
    expect(value(queries.action(21, 2023))).toBe(0);
  });
});

describe("proposal and scenario queries", () => {
  it("reads the fields of a proposal", () => {
    expect(value(queries.proposal(13))).toBe("€ 100.000 incidenteel € 50.000 structureel");
    expect(value(queries.proposal(13, "incidenteel"))).toBe(100_000);
    expect(value(queries.proposal(13, "Structureel"))).toBe(50_000);
    expect(value(queries.proposal(5, "hoog"))).toBe(1_000_000);
    expect(value(queries.proposal(5, "incidenteel"))).toBe(125_000);
    expect(value(queries.proposal(7, "thema"))).toBe("Bescherming van minderjarigen");
    expect(value(queries.proposal(14, "prioriteit"))).toBe("Kansrijk");
    expect(value(queries.proposal(8, "status"))).toBe("nvt");
    expect(value(queries.proposal(9, "omschrijving"))).toBe("Innovatietraject gericht op beter passende opvang.");
    expect(value(queries.proposal(13, "bron"))).toBe("Bijlage 1, Overige onderwerpen, meest kansrijke acties, rij 13");
  });
  it("costs the built-in scenarios kansrijk and alle", () => {
    // Kansrijk: 5 (125.000–1 mln), 16, 18, 31, 32 incidental; 14, 15, 16, 17, 19 structural.
    expect(value(queries.cost("kansrijk", 2024, "incidenteel"))).toBe(125_000 + 200_000 + 55_000 + 9_000 + 75_000);
    expect(value(queries.cost("kansrijk", 2024, "incidenteel", "hoog"))).toBe(
      1_000_000 + 200_000 + 55_000 + 9_000 + 75_000,
    );
    expect(value(queries.cost("kansrijk", 2025, "structureel"))).toBe(100_000 + 100_000 + 450_000 + 15_000 + 30_000);
    expect(value(queries.unknown("kansrijk"))).toBe(4);
    expect(value(queries.unknown("alle"))).toBe(7);
    expect(value(queries.proposalNumbers("alle"))).toHaveLength(33);
  });
  it("costs a list of numbers from 2024 and a saved scenario from its own start year", () => {
    expect(value(queries.cost("3,13", 2024))).toBe(175_000 + 100_000 + 50_000);
    expect(value(queries.proposalNumbers("13; 3 13"))).toEqual([3, 13]);
    expect(value(queries.gap(13, 2025))).toBe(200_000 - 50_000);
    expect(value(queries.cost("mijn keuze", 2024))).toBe(0);
    expect(value(queries.cost("MIJN KEUZE", 2025))).toBe(325_000);
    expect(value(queries.gap("Mijn keuze"))).toBe(1_750_000 - 325_000 - 50_000);
  });
});

describe("every failure is a typed result with a Dutch message", () => {
  it.each([
    ["TOTAL year out of range", () => queries.total(2030), "not-available", /Onbekend jaar 2030/],
    ["TOTAL year as words", () => queries.total("volgend jaar"), "value", /geheel getal/],
    ["TOTAL fractional year", () => queries.total(2024.5), "value", /geheel getal/],
    ["TOTAL unknown line", () => queries.total(2024, "z"), "not-available", /Onbekende regel "z"/],
    ["TOTAL line as boolean", () => queries.total(2024, true), "value", /tekst/],
    ["BUDGET year missing", () => queries.budget(null), "value", /geheel getal zijn, niet leeg\./],
    ["RESERVE year NaN", () => queries.reserve(Number.NaN), "value", /niet geen getal\./],
    ["ACTION number infinite", () => queries.action(Infinity), "value", /niet oneindig\./],
    ["RESERVE unknown year", () => queries.reserve(2022), "not-available", /Onbekend jaar/],
    ["ACTIELIJN 6", () => queries.actionLine(6), "not-available", /Onbekende actielijn 6/],
    ["ACTIELIJN text", () => queries.actionLine("twee"), "value", /geheel getal/],
    ["ACTIELIJN bad year", () => queries.actionLine(1, 1999), "not-available", /Onbekend jaar/],
    ["ACTION 33", () => queries.action(33), "not-available", /Onbekende actie 33.*1 tot en met 32/],
    ["ACTION range", () => queries.action([[1, 2]]), "value", /bereik/],
    ["PROPOSAL 34", () => queries.proposal(34), "not-available", /Onbekend voorstel 34/],
    ["PROPOSAL unknown field", () => queries.proposal(3, "prijs"), "value", /Het veld moet/],
    [
      "PROPOSAL amount of an unknown cost",
      () => queries.proposal(6, "incidenteel"),
      "not-available",
      /nog geen raming/,
    ],
    ["COST unknown scenario", () => queries.cost("x"), "not-available", /Onbekend scenario "x"/],
    ["COST empty scenario", () => queries.cost(""), "value", /Geef een scenario op/],
    ["COST scenario as boolean", () => queries.cost(false), "value", /tekst/],
    ["COST list with unknown proposal", () => queries.cost("3,40"), "not-available", /Onbekend voorstel 40/],
    ["COST bad kind", () => queries.cost("alle", 2024, "jaarlijks"), "value", /De soort kosten/],
    ["COST bad estimate", () => queries.cost("alle", 2024, "totaal", "midden"), "value", /De raming/],
    ["COST bad year", () => queries.cost("alle", 2027), "not-available", /Onbekend jaar 2027/],
    ["GAP unknown scenario", () => queries.gap("iets"), "not-available", /Onbekend scenario/],
    ["GAP bad year", () => queries.gap("alle", "x"), "value", /geheel getal/],
    ["GAP bad estimate", () => queries.gap("alle", 2024, 1), "value", /De raming/],
    ["UNKNOWN unknown scenario", () => queries.unknown("geen"), "not-available", /Onbekend scenario/],
    ["PROPOSALS unreadable list", () => queries.proposalNumbers("1,,2"), "value", /Kan "1,,2" niet lezen: na 1 moet/],
  ])("%s", (_name, call, kind, message) => {
    const result = failure(call());
    expect(result.kind).toBe(kind);
    expect(result.message).toMatch(message);
  });

  it("fails a saved scenario that names a proposal that does not exist", () => {
    const broken = new PlanQueries(LETTER_PLAN, [proposalRows("oud", [3, 99], 2024)]);
    expect(failure(broken.gap("oud")).message).toMatch(/Onbekend voorstel 99 in "99 vanaf 2024" van scenario "oud"/);
  });

  it("refuses a wrong number of arguments by name", () => {
    expect(failure(callModelFunction(queries, "GAP", [])).message).toMatch(
      /GAP\(plan; \[jaar\]; \[raming\]; \[cumulatief\]\)/,
    );
    expect(failure(callModelFunction(queries, "BUDGET", [2024, 2025])).kind).toBe("value");
    expect(value(callModelFunction(queries, "GAP", ["meest kansrijk", "2024"]))).toBe(-675_000);
  });
});

describe("PROPOSAL's link fields (Bijlage 1, read by hand)", () => {
  it.each([
    [6, "acties", "22, 24, 25, 26, 27, 28, 29"],
    [8, "acties", "14"],
    [12, "acties", "13"],
    [1, "acties", ""],
    [6, "actielijnen", "4"],
    [17, "actielijnen", "3"],
    [4, "voorstellen", "26, 27"],
    [29, "voorstellen", "28"],
    [15, "voorstellen", ""],
    [13, "gereserveerd", 600_000],
    [12, "gereserveerd", 50_000],
  ])("PROPOSAL(%i, %s) = %p", (number, field, expected) => {
    expect(value(queries.proposal(number, field))).toBe(expected);
  });

  it("is #N/A with a Dutch message when the appraisal reserves nothing", () => {
    const result = failure(queries.proposal(5, "gereserveerd"));
    expect(result.kind).toBe("not-available");
    expect(result.message).toBe("De appreciatie van voorstel 5 noemt geen bedrag dat al in het plan gereserveerd is.");
  });
});
