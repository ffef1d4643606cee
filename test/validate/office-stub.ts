/**
 * A small stand-in for the Office.js objects the grid reader touches, with Office.js load/sync semantics:
 * a property read before it was loaded and synced throws, loads apply at sync(), syncs are counted, and
 * nothing can be written. Used until the shared fake host (test/fake-excel) exists.
 */
export interface StubSheet {
  name: string;
  /** Address of the used range as Office.js gives it ("'Blad 1'!B2:F9"); absent for an empty sheet. */
  address?: string;
  values?: unknown[][];
  formulas?: unknown[][];
  numberFormat?: unknown[][];
}

function guarded<T extends object>(target: T, loaded: () => Set<string>): T {
  return new Proxy(target, {
    get(object, key, receiver) {
      if (
        typeof key === "string" &&
        key in object &&
        !loaded().has(key) &&
        typeof Reflect.get(object, key) !== "function"
      ) {
        throw new Error(`PropertyNotLoaded: ${key}`);
      }
      return Reflect.get(object, key, receiver);
    },
    set(_object, key) {
      throw new Error(`Het stub-werkblad is alleen-lezen (${String(key)})`);
    },
  });
}

export function stubContext(sheets: StubSheet[]): { context: Excel.RequestContext; syncCount(): number } {
  let syncs = 0;
  const pending: Array<() => void> = [];
  const sheetLoaded = new Set<string>();
  const worksheets = sheets.map((sheet) => {
    const getUsedRangeOrNullObject = () => {
      const loaded = new Set<string>();
      const range = {
        isNullObject: sheet.address === undefined,
        address: sheet.address ?? "",
        values: sheet.values ?? [],
        formulas: sheet.formulas ?? [],
        numberFormat: sheet.numberFormat ?? [],
        load(properties: string) {
          pending.push(() =>
            ["isNullObject", ...properties.split(",").map((p) => p.trim())].forEach((p) => loaded.add(p)),
          );
        },
      };
      return guarded(range, () => loaded);
    };
    return guarded({ name: sheet.name, getUsedRangeOrNullObject }, () => sheetLoaded);
  });
  const itemsLoaded = new Set<string>();
  const collection = guarded(
    {
      items: worksheets,
      load(properties: string) {
        if (properties !== "items/name") throw new Error(`Onverwachte load: ${properties}`);
        pending.push(() => {
          itemsLoaded.add("items");
          sheetLoaded.add("name");
        });
      },
    },
    () => itemsLoaded,
  );
  const context = {
    workbook: { worksheets: collection },
    sync: async () => {
      syncs++;
      pending.splice(0).forEach((apply) => apply());
    },
  };
  return { context: context as unknown as Excel.RequestContext, syncCount: () => syncs };
}
