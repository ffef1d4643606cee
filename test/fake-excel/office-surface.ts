/**
 * The fake host cannot drift from Office.js: each proxy class `implements Faithful<Excel.X, …>` for the
 * members of Excel.X that the add-in uses, with Office.js's own signatures (from @types/office-js), the
 * Office.js objects in them read as the fake's proxies. A member the add-in calls that the fake lacks,
 * or a parameter or type that differs, fails `npm run typecheck`; `SURFACE` lists the members, and
 * test/office/src-uses.test.ts fails when `npm run check:office` finds the add-in using one it does not list.
 */
import type { ChartCollectionProxy, ChartProxy } from "./chart";
import type { FakeEvent } from "./client-object";
import type { FakeContext } from "./context";
import type { RangeFormatProxy, RangeProxy } from "./range";
import type { HeaderFooterProxy, PageLayoutProxy } from "./page-layout";
import type {
  TableCollectionProxy,
  TableColumnCollectionProxy,
  TableColumnProxy,
  TableProxy,
  TableRowCollectionProxy,
  TableRowProxy,
} from "./table";
import type { ApplicationProxy, WorkbookProxy } from "./workbook";
import type { FreezePanesProxy, WorksheetCollectionProxy, WorksheetProxy } from "./worksheet";

/** Per Office.js declaration (as check:office names it), the members the fake implements. */
export const SURFACE = {
  "Excel.Application": ["suspendApiCalculationUntilNextSync"],
  "Excel.Chart": ["name", "setPosition", "title"],
  "Excel.ChartCollection": ["add", "items", "load"],
  "Excel.ChartTitle": ["text"],
  "Excel.HeaderFooter": ["leftFooter", "rightFooter"],
  "Excel.HeaderFooterGroup": ["defaultForAllPages"],
  "Excel.PageLayout": ["headersFooters", "orientation", "paperSize", "setPrintTitleRows", "zoom"],
  "Excel.Range": [
    "address",
    "calculate",
    "clear",
    "columnCount",
    "format",
    "formulas",
    "getCell",
    "load",
    "numberFormat",
    "rowCount",
    "select",
    "values",
  ],
  "Excel.RangeFont": ["bold"],
  "Excel.RangeFormat": ["columnWidth", "font"],
  "Excel.RequestContext": ["workbook"],
  "Excel.Table": [
    "columns",
    "getDataBodyRange",
    "getHeaderRowRange",
    "getRange",
    "getTotalRowRange",
    "name",
    "rows",
    "showTotals",
  ],
  "Excel.TableColumnCollection": ["add"],
  "Excel.TableCollection": ["add", "getItem", "getItemOrNullObject", "items", "load"],
  "Excel.TableRow": ["delete"],
  "Excel.TableRowCollection": ["add", "getItemAt"],
  "Excel.Workbook": ["application", "tables", "worksheets"],
  "Excel.Worksheet": [
    "activate",
    "charts",
    "delete",
    "freezePanes",
    "getRange",
    "getRangeByIndexes",
    "getUsedRangeOrNullObject",
    "name",
    "pageLayout",
    "tables",
  ],
  "Excel.WorksheetCollection": [
    "add",
    "getItem",
    "getItemOrNullObject",
    "items",
    "load",
    "onAdded",
    "onChanged",
    "onDeleted",
  ],
  "Excel.WorksheetFreezePanes": ["freezeRows"],
  "OfficeExtension.ClientObject": ["isNullObject"],
  "OfficeExtension.ClientRequestContext": ["sync"],
  "OfficeExtension.EventHandlers": ["add"],
} as const satisfies Record<string, readonly string[]>;

type Used<N extends keyof typeof SURFACE> = (typeof SURFACE)[N][number];

/** The fake's stand-in for an Office.js type (unions and arrays member by member); other types as they are. */
export type FakeOf<T> = T extends Excel.PageLayout
  ? PageLayoutProxy
  : T extends Excel.HeaderFooterGroup
    ? FakeHeaderFooterGroup
    : T extends Excel.HeaderFooter
      ? HeaderFooterProxy
      : T extends Excel.TableColumn
        ? TableColumnProxy
        : T extends Excel.TableColumnCollection
          ? TableColumnCollectionProxy
          : T extends Excel.Range
            ? RangeProxy
            : T extends Excel.RangeFormat
              ? RangeFormatProxy
              : T extends Excel.RangeFont
                ? FakeRangeFont
                : T extends Excel.Worksheet
                  ? WorksheetProxy
                  : T extends Excel.WorksheetCollection
                    ? WorksheetCollectionProxy
                    : T extends Excel.WorksheetFreezePanes
                      ? FreezePanesProxy
                      : T extends Excel.Table
                        ? TableProxy
                        : T extends Excel.TableCollection
                          ? TableCollectionProxy
                          : T extends Excel.TableRow
                            ? TableRowProxy
                            : T extends Excel.TableRowCollection
                              ? TableRowCollectionProxy
                              : T extends Excel.Chart
                                ? ChartProxy
                                : T extends Excel.ChartCollection
                                  ? ChartCollectionProxy
                                  : T extends Excel.ChartTitle
                                    ? FakeChartTitle
                                    : T extends Excel.Workbook
                                      ? WorkbookProxy
                                      : T extends Excel.Application
                                        ? ApplicationProxy
                                        : T extends Excel.RequestContext
                                          ? FakeContext
                                          : T extends OfficeExtension.EventHandlers<infer _Args>
                                            ? FakeEvent
                                            : T extends OfficeExtension.EventHandlerResult<infer _Args>
                                              ? { remove(): void }
                                              : T extends (infer E)[]
                                                ? FakeOf<E>[]
                                                : T;

type FakeParameters<A extends unknown[]> = { [I in keyof A]: FakeOf<A[I]> };

/** Office.js's members K of T, with the fake's proxies for the Office.js objects they take and give. */
export type Faithful<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => infer R ? (...args: FakeParameters<A>) => FakeOf<R> : FakeOf<T[P]>;
};

/** A name in SURFACE that is no member of T makes this `never`, which no class can implement. */
export type Surface<T, N extends keyof typeof SURFACE> = Used<N> extends keyof T ? Faithful<T, Used<N>> : never;

export type FakeRangeFont = Surface<Excel.RangeFont, "Excel.RangeFont">;
export type FakeChartTitle = Surface<Excel.ChartTitle, "Excel.ChartTitle">;
export type FakeHeaderFooterGroup = Surface<Excel.HeaderFooterGroup, "Excel.HeaderFooterGroup">;
