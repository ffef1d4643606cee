import { LETTER_PLAN } from "../../../src/model/letter/dataset";
import { compactNumbers, describeLinks, dutchList, PlanLinks } from "../../../src/model/links/plan-links";

const links = new PlanLinks(LETTER_PLAN);

describe("what a proposal builds on, in Dutch", () => {
  it.each([
    [6, "Sluit aan bij acties 22, 24–29: € 600.000 al in het plan"],
    [13, "Sluit aan bij acties 22, 24–29: € 600.000 al in het plan"],
    [12, "Sluit aan bij actie 13: € 50.000 per jaar al in het plan"],
    [8, "Sluit aan bij actie 14"],
    [33, "Sluit aan bij actielijn 4"],
    [14, "Sluit aan bij actielijn 2"],
    [4, "Sluit aan bij voorstellen 26 en 27"],
    [29, "Sluit aan bij voorstel 28"],
    [1, null],
    [15, null],
  ])("proposal %i: %p", (number, expected) => {
    expect(describeLinks(links.of(number)!)).toBe(expected);
  });

  it.each([
    [[22, 24, 25, 26, 27, 28, 29], "22, 24–29"],
    [[1, 2], "1, 2"],
    [[1, 2, 3, 5, 7, 8, 9, 10], "1–3, 5, 7–10"],
    [[], ""],
  ])("compacts %p as %s", (numbers, expected) => {
    expect(compactNumbers(numbers)).toBe(expected);
  });

  it("lists in Dutch", () => {
    expect([[], ["a"], ["a", "b"], ["a", "b", "c"]].map(dutchList)).toEqual(["", "a", "a en b", "a, b en c"]);
  });
});

describe("notes for a choice of proposals and cuts", () => {
  it("says nothing for proposals that do not touch each other or a cut", () => {
    expect(links.notes({ proposals: [3, 9, 10], cuts: [1, 2] })).toEqual([]);
  });

  it("notes two chosen proposals where one builds on the other (Bijlage 1: 24 sluit aan bij voorstel 23)", () => {
    expect(links.notes({ proposals: [24, 23], cuts: [] })).toEqual([
      {
        kind: "proposal-builds-on-proposal",
        proposals: [23, 24],
        actions: [],
        message:
          "Voorstel 24 sluit aan bij voorstel 23, dat ook gekozen is: kijk of ze niet dubbel worden gefinancierd.",
      },
    ]);
  });

  it("notes two chosen proposals that build on the same actions (6 and 13 on 22, 24–29)", () => {
    expect(links.notes({ proposals: [6, 13], cuts: [] }).map((note) => note.message)).toEqual([
      "Voorstel 6 en voorstel 13 sluiten aan bij dezelfde acties 22, 24–29: kijk of ze niet dubbel worden gefinancierd.",
    ]);
  });

  it("notes a cut action a chosen proposal builds on", () => {
    expect(links.notes({ proposals: [6, 12], cuts: [13, 26, 28, 9] })).toEqual([
      {
        kind: "cut-action-built-on",
        proposals: [6],
        actions: [26, 28],
        message: "Voorstel 6 sluit aan bij acties 26, 28, die het plan schrapt.",
      },
      {
        kind: "cut-action-built-on",
        proposals: [12],
        actions: [13],
        message: "Voorstel 12 sluit aan bij actie 13, die het plan schrapt.",
      },
    ]);
  });

  it("reads a cut of 3 as the shared row 3 en 4", () => {
    const plan = {
      ...LETTER_PLAN,
      proposals: [{ ...LETTER_PLAN.proposals[0], appraisal: "Sluit aan bij actie 4." }],
    };
    const shared = new PlanLinks(plan);
    expect(shared.notes({ proposals: [1], cuts: [3] }).map((note) => note.actions)).toEqual([[4]]);
    expect(shared.actionsBuiltOn([1])).toEqual([3, 4]);
  });

  it("ignores numbers that are not proposals of the plan", () => {
    expect(links.notes({ proposals: [6, 99], cuts: [22] }).map((note) => note.proposals)).toEqual([[6]]);
  });
});

describe("the actions a choice builds on (FIT leaves them out by default)", () => {
  it.each([
    [[6], [22, 24, 25, 26, 27, 28, 29]],
    [
      [8, 12],
      [13, 14],
    ],
    [
      [6, 13, 8],
      [14, 22, 24, 25, 26, 27, 28, 29],
    ],
    [[33, 4, 24], []],
    [[], []],
  ])("proposals %p build on actions %p", (proposals, expected) => {
    expect(links.actionsBuiltOn(proposals)).toEqual(expected);
  });
});
