import { dutchDecimalToEuros, unitNumberToEuros } from "../../../src/model/money/units";

describe("unit conversion in whole euros", () => {
  it.each([
    ["0,15", 1_000_000, 150_000],
    ["1,05", 1_000_000, 1_050_000],
    ["0,1", 1_000_000, 100_000],
    ["5", 10_000, 50_000],
    ["1.050.000", 1, 1_050_000],
    ["-0,35", 1_000_000, -350_000],
    ["0", 1_000_000, 0],
  ])("reads %s times %i as %i", (text, unit, euros) => {
    expect(dutchDecimalToEuros(text, unit)).toBe(euros);
  });

  it.each(["0.15", "1,5,0", "abc", "", "0,0000001"])("refuses %p as a Dutch amount in € mln", (text) => {
    expect(dutchDecimalToEuros(text, 1_000_000)).toBeNull();
  });

  it("converts cell floats without float noise", () => {
    expect(unitNumberToEuros(0.1 + 0.2, 1_000_000)).toBe(300_000);
    expect(unitNumberToEuros(0.15, 1_000_000)).toBe(150_000);
    expect(unitNumberToEuros(1.05, 1_000_000)).toBe(1_050_000);
    expect(unitNumberToEuros(0.0000001, 1_000_000)).toBeNull();
    expect(unitNumberToEuros(Number.NaN, 1)).toBeNull();
  });
});
