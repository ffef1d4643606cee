/** The sparse grid's walks against a brute force over every slot of the area (docs/hostile-input.md). */
import fc from "fast-check";
import { cellAt, forEachCell, forEachCellIn, rightOf, type GridCell, type GridSheet } from "../../src/validate/grid";

/** A sheet built as the file reader builds it: rows and cells placed by assignment, holes between. */
function sparseSheet(top: number, left: number, cells: ReadonlyArray<{ row: number; col: number }>): GridSheet {
  const rows: Array<Array<GridCell | null>> = [];
  for (const { row, col } of cells) (rows[row] ??= [])[col] = { value: `${row},${col}` };
  return { name: "Blad1", top, left, rows };
}

/** Every slot of the area, one by one: what the walk must find, in reading order. */
function bruteForce(sheet: GridSheet, top: number, left: number, bottom: number, right: number): string[] {
  const found: string[] = [];
  for (let row = top; row <= bottom; row++)
    for (let col = left; col <= right; col++) if (cellAt(sheet, row, col)) found.push(`${row}:${col}`);
  return found;
}

const position = fc.record({ row: fc.nat(300), col: fc.nat(300) });

describe("walking a sparse sheet", () => {
  it("forEachCellIn visits exactly the cells present in the area, in reading order", () => {
    fc.assert(
      fc.property(
        fc.array(position, { maxLength: 60 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        fc.tuple(fc.nat(320), fc.nat(320), fc.nat(320), fc.nat(320)),
        (cells, top, left, [a, b, c, d]) => {
          const sheet = sparseSheet(top, left, cells);
          const [areaTop, areaBottom] = [Math.min(a, b), Math.max(a, b)];
          const [areaLeft, areaRight] = [Math.min(c, d), Math.max(c, d)];
          const walked: string[] = [];
          forEachCellIn(sheet, areaTop, areaLeft, areaBottom, areaRight, (cell, row, col) => {
            expect(cell).toBe(cellAt(sheet, row, col));
            walked.push(`${row}:${col}`);
          });
          expect(walked).toEqual(bruteForce(sheet, areaTop, areaLeft, areaBottom, areaRight));
        },
      ),
    );
  });

  it("A1 and XFD1048576: two cells walked, the width and height of the used range", () => {
    const sheet = sparseSheet(1, 1, [
      { row: 0, col: 0 },
      { row: 1_048_575, col: 16_383 },
    ]);
    const walked: string[] = [];
    forEachCell(sheet, (_cell, row, col) => walked.push(`${row}:${col}`));
    expect(walked).toEqual(["1:1", "1048576:16384"]);
    expect(rightOf(sheet)).toBe(16_384);
  });
});
