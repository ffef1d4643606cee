/**
 * A small stand-in for the Office.js objects the live values touch, with Office.js semantics where they
 * matter here: loads and event registrations apply at sync(), a property read before its sync throws
 * PropertyNotLoaded, getItem of a missing table fails the whole batch (ItemNotFound), syncs are counted.
 * Each table sits alone on its sheet from A1; the validator reads sheets as values. Until the shared fake host
 * (test/fake-excel, helper A) exists.
 */
type Handler = (args: unknown) => Promise<unknown>;

interface Sheet {
  name: string;
  values: unknown[][];
  /** The table on the sheet, if any; it covers the whole used range. */
  table?: string;
}

export function createFakeHost() {
  const sheets = new Map<string, Sheet>();
  const handlers = { changed: [] as Handler[], added: [] as Handler[], deleted: [] as Handler[] };
  let syncs = 0;

  function makeContext() {
    const queue: Array<() => void> = [];
    const event = (list: Handler[]) => ({ add: (handler: Handler) => queue.push(() => list.push(handler)) });
    const tableSheet = (name: string) => [...sheets.values()].find((sheet) => sheet.table === name);
    let names: { name: string }[] | undefined;
    const tables = {
      load(properties: string) {
        if (properties !== "items/name") throw new Error(`Onverwachte load: ${properties}`);
        queue.push(() => (names = [...sheets.values()].filter((s) => s.table).map((s) => ({ name: s.table! }))));
      },
      get items() {
        if (!names) throw new Error("PropertyNotLoaded: items");
        return names;
      },
      getItem(name: string) {
        return {
          getRange() {
            let values: unknown[][] | undefined;
            const range = {
              load(properties: string) {
                if (properties !== "values") throw new Error(`Onverwachte load: ${properties}`);
                queue.push(() => {
                  const sheet = tableSheet(name);
                  if (!sheet) throw new Error(`ItemNotFound: tabel ${name}`);
                  values = structuredClone(sheet.values);
                });
                return range;
              },
              get values() {
                if (!values) throw new Error("PropertyNotLoaded: values");
                return values;
              },
            };
            return range;
          },
        };
      },
    };
    let sheetNames: string[] | undefined;
    function usedRange(name: string) {
      let values: unknown[][] | undefined;
      const read = <T>(get: (loaded: unknown[][]) => T): T => {
        if (!values) throw new Error("PropertyNotLoaded");
        return get(values);
      };
      return {
        load() {
          queue.push(() => (values = structuredClone(sheets.get(name)?.values ?? [])));
        },
        get isNullObject() {
          return read((v) => v.length === 0);
        },
        get address() {
          return read(
            (v) => `'${name}'!A1:${String.fromCharCode(64 + Math.max(...v.map((row) => row.length)))}${v.length}`,
          );
        },
        get values() {
          return read((v) => v);
        },
        get formulas() {
          return read((v) => v);
        },
        get numberFormat() {
          return read((v) => v.map((row) => row.map(() => "General")));
        },
      };
    }
    return {
      workbook: {
        tables,
        worksheets: {
          load(properties: string) {
            if (properties !== "items/name") throw new Error(`Onverwachte load: ${properties}`);
            queue.push(() => (sheetNames = [...sheets.keys()]));
          },
          get items() {
            if (!sheetNames) throw new Error("PropertyNotLoaded: items");
            return sheetNames.map((name) => ({ name, getUsedRangeOrNullObject: () => usedRange(name) }));
          },
          onChanged: event(handlers.changed),
          onAdded: event(handlers.added),
          onDeleted: event(handlers.deleted),
        },
      },
      async sync() {
        syncs++;
        const batch = queue.splice(0);
        for (const apply of batch) apply();
      },
    };
  }

  async function fire(list: Handler[], args: unknown) {
    await Promise.all(list.map((handler) => handler(args)));
  }

  return {
    Excel: { run: <T>(batch: (context: ReturnType<typeof makeContext>) => Promise<T>) => batch(makeContext()) },
    syncCount: () => syncs,
    /** What the loader does in one batch: new sheets holding tables, with the events Excel raises then. */
    async addTables(tables: { name: string; values: unknown[][]; sheet?: string }[]) {
      for (const { name, values, sheet = name } of tables) {
        sheets.set(sheet, { name: sheet, values: structuredClone(values), table: name });
      }
      for (const { name, sheet = name } of tables) {
        await fire(handlers.added, { type: "WorksheetAdded", worksheetId: sheet });
        await fire(handlers.changed, { type: "WorksheetChanged", worksheetId: sheet });
      }
    },
    /** An officer's edit: one cell of a table, by row key (first column) and header, or a row appended. */
    async edit(table: string, change: (values: unknown[][]) => void) {
      const sheet = [...sheets.values()].find((s) => s.table === table);
      if (!sheet) throw new Error(`Geen tabel ${table}`);
      change(sheet.values);
      await fire(handlers.changed, { type: "WorksheetChanged", worksheetId: sheet.name });
    },
    async editElsewhere(sheetName: string, value: unknown) {
      sheets.set(sheetName, { name: sheetName, values: [[value]] });
      await fire(handlers.changed, { type: "WorksheetChanged", worksheetId: sheetName });
    },
    async deleteSheet(sheetName: string) {
      sheets.delete(sheetName);
      await fire(handlers.deleted, { type: "WorksheetDeleted", worksheetId: sheetName });
    },
    handlerCount: () => handlers.changed.length + handlers.added.length + handlers.deleted.length,
  };
}

/** Lets the runtime finish what an event started (reads, parsing, setResult); no clock involved. */
export async function settle(rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setImmediate(resolve));
}
