/**
 * A strict reader's verdict on an .xlsx: openpyxl (Debian's python3-openpyxl, /usr/bin/python3) opens it,
 * and its table parts keep the rules no schema states: a `custom` total has its `totalsRowFormula`, and a
 * table has as many columns as its range is wide, named as the header cells read. Returns the faults
 * found, in Dutch-free plain terms for a test to compare with `[]`.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

const CHECK = `
import sys
from openpyxl import load_workbook
from openpyxl.utils.cell import range_boundaries
try:
    wb = load_workbook(sys.argv[1])
except Exception as error:
    print(f"openpyxl cannot open the file: {type(error).__name__}: {error}")
    sys.exit(0)
for ws in wb.worksheets:
    for table in ws.tables.values():
        left, top, right, bottom = range_boundaries(table.ref)
        columns = table.tableColumns
        if len(columns) != right - left + 1:
            print(f"{table.name}: {len(columns)} columns for a range {right - left + 1} wide")
        for i, column in enumerate(columns):
            header = ws.cell(row=top, column=left + i).value if (table.headerRowCount or 1) else None
            if header is not None and str(header) != column.name:
                print(f"{table.name}: column {column.name!r} under header cell {header!r}")
            if column.totalsRowFunction == "custom" and column.totalsRowFormula is None:
                print(f"{table.name}: custom total of {column.name!r} without totalsRowFormula")
`;

export async function openpyxlTableFaults(bytes: Uint8Array): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), "samen-openpyxl-"));
  try {
    await writeFile(join(dir, "check.py"), CHECK);
    await writeFile(join(dir, "book.xlsx"), bytes);
    const { stdout } = await run("/usr/bin/python3", [join(dir, "check.py"), join(dir, "book.xlsx")]);
    return stdout.split("\n").filter(Boolean);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
