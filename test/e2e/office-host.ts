/**
 * Served in the browser in place of Microsoft's Office.js: helper A's fake Excel host as the globals
 * Office, Excel and CustomFunctions, with the fake itself on `samenFake` for the test to seed and inspect.
 */
import { createFakeExcel, type FakeExcel } from "../fake-excel";

declare global {
  // eslint-disable-next-line no-var
  var samenFake: FakeExcel;
}

const fake = createFakeExcel();
const ready = { host: "Excel", platform: "OfficeOnline" };
const office = fake.Office as unknown as Record<string, unknown>;

Object.assign(globalThis, {
  samenFake: fake,
  Excel: fake.Excel,
  // Office.js calls the onReady callback and resolves the promise; the task pane uses the callback.
  Office: {
    ...office,
    onReady(callback?: (info: typeof ready) => void) {
      callback?.(ready);
      return Promise.resolve(ready);
    },
  },
  // The functions bundle registers its functions at load: Excel itself is not here to call them.
  CustomFunctions: { associate() {} },
});
