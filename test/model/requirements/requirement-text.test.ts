/**
 * The grammar of requirements: every kind read, case and spacing as an officer types them, the
 * canonical text read back to the same requirements, and each way a text can go wrong named in Dutch
 * with the part and the character where it did.
 */
import fc from "fast-check";
import {
  parseRequirements,
  printRequirements,
  type RequirementBody,
} from "../../../src/model/requirements/requirement-text";
import { resolveRequirements } from "../../../src/model/requirements/resolve";

const bodies = (text: string) => {
  const reading = parseRequirements(text);
  if (!reading.ok) throw new Error(reading.error.message);
  return reading.requirements.map(({ text: _text, start: _start, ...body }) => body);
};

describe("parseRequirements", () => {
  it.each<[string, RequirementBody[]]>([
    ["", []],
    ["per thema 1", [{ kind: "per-theme", count: 1 }]],
    ["Thema Technologie 1", [{ kind: "theme", theme: "Technologie", count: 1 }]],
    ["thema Bescherming van minderjarigen 2", [{ kind: "theme", theme: "Bescherming van minderjarigen", count: 2 }]],
    ["PER VORM 1", [{ kind: "per-form", count: 1 }]],
    ["vorm criminele uitbuiting 2", [{ kind: "form", form: "criminele uitbuiting", count: 2 }]],
    ["vast 9, 10", [{ kind: "fixed", proposals: [9, 10] }]],
    ["vast 9 en 10 11", [{ kind: "fixed", proposals: [9, 10, 11] }]],
    ["24 met 23", [{ kind: "together", proposal: 24, partner: 23 }]],
    ["hoogstens 1 van 11, 31", [{ kind: "at-most", count: 1, proposals: [11, 31] }]],
    [
      " per thema 1 ;  vast 10 ;; 24  met 23; ",
      [
        { kind: "per-theme", count: 1 },
        { kind: "fixed", proposals: [10] },
        { kind: "together", proposal: 24, partner: 23 },
      ],
    ],
  ])("%j", (text, expected) => {
    expect(bodies(text)).toEqual(expected);
  });

  it("keeps each part's own text and where it starts", () => {
    const reading = parseRequirements("per thema 1;  vast 10");
    expect(reading.ok && reading.requirements.map((r) => [r.text, r.start])).toEqual([
      ["per thema 1", 0],
      ["vast 10", 14],
    ]);
  });

  it.each([
    [
      "thema 1",
      'Eis 1 ("thema 1") is niet te lezen na "thema" (teken 6): verwacht een thema en een aantal, zoals "thema Technologie 1".',
    ],
    [
      "per thema 1; vast x",
      'Eis 2 ("vast x") is niet te lezen na "vast" (teken 18): verwacht voorstelnummers, zoals "vast 9, 10".',
    ],
    [
      "per thema 1x",
      'Eis 1 ("per thema 1x") is niet te lezen na "per thema 1" (teken 12): verwacht een aantal, zoals "per thema 1".',
    ],
    [
      "hoogstens 2 uit 11",
      'Eis 1 ("hoogstens 2 uit 11") is niet te lezen na "hoogstens" (teken 10): verwacht een aantal en voorstelnummers, zoals "hoogstens 1 van 11, 31".',
    ],
    [
      "minstens 2 van 11",
      'Eis 1 ("minstens 2 van 11") is niet te lezen aan het begin (teken 1): verwacht "per thema N", "thema NAAM N", "per vorm N", "vorm NAAM N", "vast 9, 10", "24 met 23" of "hoogstens K van 11, 31".',
    ],
  ])("%j is refused where it goes wrong", (text, message) => {
    const reading = parseRequirements(text);
    expect(reading.ok ? null : reading.error.message).toBe(message);
  });

  it("reads its own canonical text back to the same requirements", () => {
    const count = fc.integer({ min: 0, max: 40 });
    const numbers = fc.array(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 4 });
    const body: fc.Arbitrary<RequirementBody> = fc.oneof(
      fc.record({ kind: fc.constant("per-theme" as const), count }),
      fc.record({
        kind: fc.constant("theme" as const),
        theme: fc.constantFrom("Technologie", "Opvang van slachtoffers"),
        count,
      }),
      fc.record({ kind: fc.constant("per-form" as const), count }),
      fc.record({
        kind: fc.constant("form" as const),
        form: fc.constantFrom("arbeidsuitbuiting", "seksuele uitbuiting"),
        count,
      }),
      fc.record({ kind: fc.constant("fixed" as const), proposals: numbers }),
      fc.record({ kind: fc.constant("together" as const), proposal: count, partner: count }),
      fc.record({ kind: fc.constant("at-most" as const), count, proposals: numbers }),
    );
    fc.assert(
      fc.property(fc.array(body, { maxLength: 5 }), (requirements) => {
        const text = printRequirements(requirements.map((r) => ({ ...r, text: "", start: 0 })));
        expect(bodies(text)).toEqual(requirements);
      }),
    );
  });
});

describe("resolveRequirements", () => {
  const context = {
    planProposals: [
      { number: 9, theme: "Opvang van slachtoffers", forms: [] },
      { number: 10, theme: "Technologie", forms: [] },
      { number: 23, theme: "Ander beleidsterrein", forms: ["criminele uitbuiting" as const] },
      { number: 24, theme: "Ander beleidsterrein", forms: ["criminele uitbuiting" as const] },
    ],
    themes: ["Opvang van slachtoffers", "Technologie", "Ander beleidsterrein", "Daderaanpak"],
    proposalNumbers: new Set(Array.from({ length: 33 }, (_, i) => i + 1)),
  };

  it("turns each requirement into rules over the plan's proposals", () => {
    expect(
      resolveRequirements(
        "per thema 2; vorm Criminele  Uitbuiting 1; 24 met 23; 10 met 31; 31 met 10; hoogstens 1 van 10, 31; vast 9",
        context,
      ),
    ).toEqual({
      ok: true,
      value: [
        {
          text: "per thema 2",
          rules: [
            { kind: "at-least", proposals: [9], count: 1 },
            { kind: "at-least", proposals: [10], count: 1 },
            { kind: "at-least", proposals: [23, 24], count: 2 },
          ],
        },
        { text: "vorm Criminele Uitbuiting 1", rules: [{ kind: "at-least", proposals: [23, 24], count: 1 }] },
        { text: "24 met 23", rules: [{ kind: "requires", proposal: 24, partner: 23 }] },
        { text: "10 met 31", rules: [{ kind: "at-most", proposals: [10], count: 0 }] },
        { text: "31 met 10", rules: [] },
        { text: "hoogstens 1 van 10, 31", rules: [{ kind: "at-most", proposals: [10], count: 1 }] },
        { text: "vast 9", rules: [{ kind: "on-time", proposal: 9 }] },
      ],
    });
  });

  it.each([
    [
      "per thema 1; thema Techniek 1",
      'Eis "thema Techniek 1" (teken 14): onbekend thema "Techniek"; de thema\'s zijn Opvang van slachtoffers, Technologie, Ander beleidsterrein, Daderaanpak.',
    ],
    [
      "vorm mensenhandel 1",
      'Eis "vorm mensenhandel 1" (teken 1): onbekende vorm van uitbuiting "mensenhandel"; de vormen zijn seksuele uitbuiting, arbeidsuitbuiting, criminele uitbuiting.',
    ],
    [
      "hoogstens 1 van 11, 34",
      'Eis "hoogstens 1 van 11, 34" (teken 1): onbekend voorstel 34; de werkmap heeft voorstellen 1 tot en met 33.',
    ],
    ["vast 9, 11", 'Eis "vast 9, 11" (teken 1): voorstel 11 zit niet in het plan.'],
  ])("%j is a #VALUE! saying where", (text, message) => {
    expect(resolveRequirements(text, context)).toEqual({ ok: false, kind: "value", message });
  });
});
