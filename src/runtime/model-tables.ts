/**
 * Reads the values of the model tables (Begroting, Acties, Voorstellen, Scenarios) from the open
 * workbook. The reader remembers which of them exist, so after an edit it reads names and values in one
 * sync; only when tables appear or disappear does it need a second one.
 */
import type { ModelTables } from "../layout/read-plan";
import { TABLES, type TableName } from "../layout/tables";

const MODEL_TABLES: readonly string[] = Object.values(TABLES);

function isModelTable(name: string): name is TableName {
  return MODEL_TABLES.includes(name);
}

export class ModelTableReader {
  private known: TableName[] = [];

  async read(context: Excel.RequestContext): Promise<ModelTables> {
    const tables = context.workbook.tables;
    tables.load("items/name");
    const expected = this.known;
    const ranges = expected.map((name) => tables.getItem(name).getRange().load("values"));
    let intact = true;
    try {
      await context.sync();
    } catch {
      // A table read last time is gone (ItemNotFound): learn which remain.
      intact = false;
      tables.load("items/name");
      await context.sync();
    }
    const present = tables.items.map((table) => table.name).filter(isModelTable);
    if (intact && present.length === expected.length && present.every((name) => expected.includes(name))) {
      return Object.fromEntries(expected.map((name, i) => [name, ranges[i].values]));
    }
    this.known = present;
    if (present.length === 0) return {};
    const fresh = present.map((name) => tables.getItem(name).getRange().load("values"));
    await context.sync();
    return Object.fromEntries(present.map((name, i) => [name, fresh[i].values]));
  }
}
