import { EURO_FORMAT, formatEuros, formatLetterEuros, LETTER_EURO_FORMAT } from "../../../src/model/money/format";

describe("money as Dutch officers and the letter write it", () => {
  it.each([
    [1_050_000, "€ 1.050.000"],
    [-675_000, "€ -675.000"],
    [2_000_000, "€ 2.000.000"],
    [9_000, "€ 9.000"],
    [500, "€ 500"],
    [0, "€ 0"],
    [-25_000, "€ -25.000"],
  ])("formatEuros(%i) is %s", (euros, text) => expect(formatEuros(euros)).toBe(text));

  it("prints the letter's - for an empty amount or zero of the letter's tables, euros otherwise", () => {
    expect([null, 0, 50_000, -100_000].map(formatLetterEuros)).toEqual(["-", "-", "€ 50.000", "€ -100.000"]);
  });

  it("gives Excel a format with the sign after the euro sign, and the letter's - as the zero section", () => {
    expect(EURO_FORMAT).toBe('"€" #,##0;"€" -#,##0');
    expect(LETTER_EURO_FORMAT).toBe('"€" #,##0;"€" -#,##0;"-"');
  });
});
