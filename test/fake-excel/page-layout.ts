/**
 * `worksheet.pageLayout` (ExcelApi 1.9) as far as Samen uses it: paper size, orientation, zoom (set as
 * one object, as Office.js requires), print title rows (whole rows only) and the footers for all pages.
 * Writes apply at sync; properties are read after load and sync, like every other proxy.
 */
import { ClientObject } from "./client-object";
import type { FakeContext } from "./context";
import type { RangeProxy } from "./range";
import { OfficeError, type PrintState, type SheetState } from "./state";
import type { FakeHeaderFooterGroup, Surface } from "./office-surface";

const PAGE_PROPERTIES = ["orientation", "paperSize", "zoom"] as const;
const FOOTER_PROPERTIES = ["leftFooter", "centerFooter", "rightFooter"] as const;
const ORIENTATIONS = ["Portrait", "Landscape"];
/** The paper sizes a test meets; Office.js knows more, the fake refuses what it does not model. */
const PAPER_SIZES = ["Letter", "Legal", "A3", "A4", "A5"];
const SHEET_COLUMNS = 16384;
const WHOLE_ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;

const invalid = (what: string) =>
  new OfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: ${what}.`);

function checkZoom(zoom: unknown): PrintState["zoom"] {
  if (typeof zoom !== "object" || zoom === null) throw invalid("zoom must be set as an object");
  const { scale, horizontalFitToPages, verticalFitToPages } = zoom as Record<string, unknown>;
  const count = (value: unknown) => value === undefined || (Number.isInteger(value) && (value as number) >= 0);
  if (!count(horizontalFitToPages) || !count(verticalFitToPages)) throw invalid("fit to pages must be whole pages");
  if (scale !== undefined && (typeof scale !== "number" || scale < 10 || scale > 400)) throw invalid("scale 10–400");
  if (scale !== undefined && (horizontalFitToPages !== undefined || verticalFitToPages !== undefined))
    throw invalid("scale and fit to pages together");
  return { ...(zoom as PrintState["zoom"]) };
}

/** "2:3" for a range over rows 2–3 that spans every column; "" (no match) for any other range. */
function wholeRows(range: RangeProxy): string {
  const { box } = range.required();
  return box.col === 0 && box.cols === SHEET_COLUMNS ? `${box.row + 1}:${box.row + box.rows}` : "";
}

export class PageLayoutProxy extends ClientObject<SheetState> implements Surface<Excel.PageLayout, "Excel.PageLayout"> {
  protected readonly properties = PAGE_PROPERTIES;
  readonly headersFooters: FakeHeaderFooterGroup;

  constructor(context: FakeContext, locate: () => SheetState | null) {
    super(context, locate, false);
    this.headersFooters = { defaultForAllPages: new HeaderFooterProxy(context, locate) };
  }

  protected read(sheet: SheetState, property: string): unknown {
    const print = sheet.print;
    return property === "zoom" ? { ...print.zoom } : print[property as "orientation" | "paperSize"];
  }

  get orientation(): Excel.PageLayout["orientation"] {
    return this.loaded("orientation");
  }
  set orientation(orientation: Excel.PageLayout["orientation"]) {
    this.write("orientation", orientation, (sheet) => {
      if (!ORIENTATIONS.includes(orientation)) throw invalid(`orientation "${orientation}"`);
      sheet.print.orientation = orientation;
    });
  }
  get paperSize(): Excel.PageLayout["paperSize"] {
    return this.loaded("paperSize");
  }
  set paperSize(paperSize: Excel.PageLayout["paperSize"]) {
    this.write("paperSize", paperSize, (sheet) => {
      if (!PAPER_SIZES.includes(paperSize)) throw invalid(`paper size "${paperSize}"`);
      sheet.print.paperSize = paperSize;
    });
  }
  get zoom(): PrintState["zoom"] {
    return this.loaded("zoom");
  }
  set zoom(zoom: PrintState["zoom"]) {
    this.write("zoom", zoom, (sheet) => (sheet.print.zoom = checkZoom(zoom)));
  }

  /** Whole rows only ("$1:$1", or a range of whole rows), as Office.js demands of print titles. */
  setPrintTitleRows(rows: string | RangeProxy): void {
    this.act((sheet) => {
      const match = WHOLE_ROWS.exec(typeof rows === "string" ? rows : wholeRows(rows));
      if (!match || Number(match[1]) < 1 || Number(match[2]) < Number(match[1])) throw invalid(`"${rows}"`);
      sheet.print.titleRows = `$${match[1]}:$${match[2]}`;
    });
  }
}

export class HeaderFooterProxy
  extends ClientObject<SheetState>
  implements Surface<Excel.HeaderFooter, "Excel.HeaderFooter">
{
  protected readonly properties = FOOTER_PROPERTIES;

  protected read(sheet: SheetState, property: string): unknown {
    return sheet.print.footers[property as (typeof FOOTER_PROPERTIES)[number]];
  }

  constructor(context: FakeContext, locate: () => SheetState | null) {
    super(context, locate, false);
  }

  private footer(property: (typeof FOOTER_PROPERTIES)[number], text: string): void {
    this.write(property, text, (sheet) => (sheet.print.footers[property] = text));
  }

  get leftFooter(): string {
    return this.loaded("leftFooter");
  }
  set leftFooter(text: string) {
    this.footer("leftFooter", text);
  }
  get centerFooter(): string {
    return this.loaded("centerFooter");
  }
  set centerFooter(text: string) {
    this.footer("centerFooter", text);
  }
  get rightFooter(): string {
    return this.loaded("rightFooter");
  }
  set rightFooter(text: string) {
    this.footer("rightFooter", text);
  }
}
