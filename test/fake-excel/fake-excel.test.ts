import { createFakeExcel } from "./index";

describe("fake Excel host: load/sync semantics", () => {
  it("throws PropertyNotLoaded when a property is read before load and sync", async () => {
    const fake = createFakeExcel();
    fake.setCells("Blad1", "A1", [[42]]);
    const context = fake.context();
    const range = context.workbook.worksheets.getItem("Blad1").getRange("A1");
    expect(() => range.values).toThrow(/not available/);
    range.load("values");
    expect(() => range.values).toThrow(/not available/);
    await context.sync();
    expect(range.values).toEqual([[42]]);
  });

  it("applies queued writes only at sync, and counts every sync", async () => {
    const fake = createFakeExcel();
    fake.addSheet("Blad1");
    const context = fake.context();
    context.workbook.worksheets.getItem("Blad1").getRange("A1:B1").values = [[1, 2]];
    expect(fake.values("Blad1")).toEqual([]);
    await context.sync();
    expect(fake.values("Blad1")).toEqual([[1, 2]]);
    await context.sync();
    expect(fake.syncCount()).toBe(2);
  });

  it("rejects a missing item at sync; *OrNullObject reports it as a null object instead", async () => {
    const fake = createFakeExcel();
    fake.addSheet("Blad1");
    const context = fake.context();
    const absent = context.workbook.tables.getItemOrNullObject("Begroting");
    expect(() => absent.isNullObject).toThrow(/not available/);
    await context.sync();
    expect(absent.isNullObject).toBe(true);
    context.workbook.tables.getItem("Begroting").getRange().load("values");
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("fails a sync whose answer is past the response limit: nothing it loaded arrives, smaller loads still do", async () => {
    const fake = createFakeExcel();
    fake.setCells("Blad1", "A1", [["een lange tekst die de grens overschrijdt"]]);
    fake.limitResponse(40);
    const context = fake.context();
    const range = context.workbook.worksheets.getItem("Blad1").getRange("A1");
    range.load("values");
    await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(() => range.values).toThrow(/not available/);
    const count = context.workbook.worksheets.getItem("Blad1").getRange("A1").load("rowCount");
    await context.sync();
    expect(count.rowCount).toBe(1);
  });

  it("refuses to load a property it does not know, so a misspelt load fails", () => {
    const context = createFakeExcel().context();
    expect(() => context.workbook.worksheets.getItem("X").getRange("A1").load("valuez")).toThrow(/valuez/);
  });

  it("rejects a values array of the wrong size", async () => {
    const fake = createFakeExcel();
    fake.addSheet("Blad1");
    const context = fake.context();
    context.workbook.worksheets.getItem("Blad1").getRange("A1:C1").values = [[1, 2]];
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("counts the syncs in which calculation was suspended", async () => {
    const fake = createFakeExcel();
    const context = fake.context();
    context.workbook.application.suspendApiCalculationUntilNextSync();
    await context.sync();
    await context.sync();
    expect([fake.syncCount(), fake.suspendedSyncCount()]).toEqual([2, 1]);
  });
});

describe("fake Excel host: what Excel makes of typed text", () => {
  it("turns text beginning with = + - or @ into a formula, keeps an apostrophe or the text format as text", async () => {
    const fake = createFakeExcel();
    fake.addSheet("Blad1");
    fake.setNumberFormats("Blad1", "E1", [["@"]]);
    const context = fake.context();
    context.workbook.worksheets.getItem("Blad1").getRange("A1:E1").values = [["=1+2", "-kosten", "'=1+2", "-5", "=3"]];
    await context.sync();
    expect(fake.formulas("Blad1", "A1:E1")).toEqual([["=1+2", "=-kosten", "'=1+2", -5, "=3"]]);
    expect(fake.values("Blad1", "A1:E1")).toEqual([[3, "#NAME?", "=1+2", -5, "=3"]]);
  });
});

describe("fake Excel host: tables", () => {
  async function addBudgetTable() {
    const fake = createFakeExcel();
    fake.setCells("Begroting", "A1", [
      ["Regel", "2024"],
      ["a", 150000],
      ["h", 500000],
    ]);
    const context = fake.context();
    const table = context.workbook.worksheets.getItem("Begroting").tables.add("A1:B3", true);
    table.name = "Begroting";
    table.showTotals = true;
    table.getTotalRowRange().formulas = [["Totaal", "=SUBTOTAL(109,[2024])"]];
    await context.sync();
    return fake;
  }

  it("adds a named table over written cells, with a totals row that computes", async () => {
    const fake = await addBudgetTable();
    expect(fake.tables()).toEqual([
      {
        name: "Begroting",
        sheet: "Begroting",
        address: "Begroting!A1:B4",
        headers: ["Regel", "2024"],
        showTotals: true,
      },
    ]);
    expect(fake.tableValues("Begroting")[3]).toEqual(["Totaal", 650000]);
  });

  it("refuses a second table over the same cells and a name already taken", async () => {
    const fake = await addBudgetTable();
    const context = fake.context();
    context.workbook.tables.add("Begroting!A1:B3", true);
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    fake.setCells("Ander", "A1", [["x"], [1]]);
    const again = fake.context();
    again.workbook.tables.add("Ander!A1:A2", true).name = "Begroting";
    await expect(again.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("adds and deletes rows, moving the totals row with them", async () => {
    const fake = await addBudgetTable();
    const context = fake.context();
    const table = context.workbook.tables.getItem("Begroting");
    table.rows.add(undefined, [["b", 100000]]);
    table.rows.getItemAt(0).delete();
    await context.sync();
    expect(fake.tableValues("Begroting")).toEqual([
      ["Regel", "2024"],
      ["h", 500000],
      ["b", 100000],
      ["Totaal", 600000],
    ]);
  });

  it("lists tables and their names through items after load", async () => {
    const fake = await addBudgetTable();
    const context = fake.context();
    const tables = context.workbook.tables;
    tables.load("items/name");
    await context.sync();
    expect(tables.items.map((table) => table.name)).toEqual(["Begroting"]);
  });
});

describe("fake Excel host: events, charts and selection", () => {
  it("fires onChanged on the table and the sheet when the user edits a cell", async () => {
    const fake = createFakeExcel();
    fake.setCells("Begroting", "A1", [
      ["Regel", "2024"],
      ["a", 1],
    ]);
    fake.addTable("Begroting", "A1:B2", "Begroting");
    const context = fake.context();
    const seen: string[] = [];
    context.workbook.tables
      .getItem("Begroting")
      .onChanged.add(async (event) => void seen.push(`table ${event.address}`));
    context.workbook.worksheets
      .getItem("Begroting")
      .onChanged.add(async (event) => void seen.push(`sheet ${event.address}`));
    await context.sync();
    await fake.userEdit("Begroting", "B2", [[5]]);
    expect(seen.sort()).toEqual(["sheet B2", "table B2"]);
    expect(fake.values("Begroting", "B2")).toEqual([[5]]);
  });

  it("fires the worksheet collection's onAdded and onDeleted once the sync that did it has ended", async () => {
    const fake = createFakeExcel();
    fake.addSheet("Blad1");
    const context = fake.context();
    const seen: string[] = [];
    const worksheets = context.workbook.worksheets;
    worksheets.onAdded.add(async (event) => void seen.push(`${event.type} ${event.worksheetId}`));
    worksheets.onDeleted.add(async (event) => void seen.push(`${event.type} ${event.worksheetId}`));
    await context.sync();
    const added = worksheets.add("Overzicht").load("id");
    expect(seen).toEqual([]);
    await context.sync();
    await fake.settle();
    expect(seen).toEqual([`WorksheetAdded ${added.id}`]);
    worksheets.getItem("Overzicht").delete();
    await context.sync();
    await fake.settle();
    expect(seen).toEqual([`WorksheetAdded ${added.id}`, `WorksheetDeleted ${added.id}`]);
    expect(fake.sheetNames()).toEqual(["Blad1"]);
  });

  it("adds a chart over a range, freezes rows and records the selection", async () => {
    const fake = createFakeExcel();
    fake.setCells("Overzicht", "A1", [
      ["Regel", "2024"],
      ["a", 1],
    ]);
    const context = fake.context();
    const sheet = context.workbook.worksheets.getItem("Overzicht");
    const chart = sheet.charts.add(
      fake.Excel.ChartType.columnClustered,
      sheet.getRange("A1:B2"),
      fake.Excel.ChartSeriesBy.rows,
    );
    chart.name = "Begroting per jaar";
    sheet.freezePanes.freezeRows(1);
    sheet.getRange("B2").select();
    await context.sync();
    expect(fake.charts()).toEqual([
      expect.objectContaining({
        name: "Begroting per jaar",
        chartType: "ColumnClustered",
        source: "Overzicht!A1:B2",
        seriesBy: "Rows",
      }),
    ]);
    expect([fake.frozenRows("Overzicht"), fake.selectedAddress()]).toEqual([1, "Overzicht!B2"]);
  });
});

describe("fake Excel host: page layout (ExcelApi 1.9)", () => {
  it("applies print setup at sync and reads it back after load, as Office.js does", async () => {
    const fake = createFakeExcel();
    fake.addSheet("Blad1");
    const context = fake.context();
    const page = context.workbook.worksheets.getItem("Blad1").pageLayout;
    page.orientation = "Landscape";
    page.headersFooters.defaultForAllPages.leftFooter = "Bron";
    expect(fake.printSetup("Blad1").orientation).toBe("Portrait");
    await context.sync();
    expect(fake.printSetup("Blad1")).toMatchObject({ orientation: "Landscape", footers: { leftFooter: "Bron" } });
    const reading = fake.context();
    const read = reading.workbook.worksheets.getItem("Blad1").pageLayout;
    read.load("zoom");
    expect(() => read.zoom).toThrow(/not available/);
    await reading.sync();
    expect(read.zoom).toEqual({ scale: 100 });
  });

  it("refuses print title rows that are not whole rows, and a zoom mixing scale with fit to pages", async () => {
    const fake = createFakeExcel();
    fake.addSheet("Blad1");
    const titles = fake.context();
    titles.workbook.worksheets.getItem("Blad1").pageLayout.setPrintTitleRows("A1:C1");
    await expect(titles.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    const zoom = fake.context();
    zoom.workbook.worksheets.getItem("Blad1").pageLayout.zoom = { scale: 50, horizontalFitToPages: 1 };
    await expect(zoom.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.printSetup("Blad1")).toMatchObject({ zoom: { scale: 100 }, titleRows: null });
  });
});
