/** Charts on a sheet: type, source range, series orientation, title and position. */
import { boxAddress } from "./address";
import { ClientCollection, ClientObject } from "./client-object";
import type { FakeContext } from "./context";
import type { RangeProxy } from "./range";
import type { ChartState } from "./state";
import type { WorksheetProxy } from "./worksheet";
import type { Surface } from "./office-surface";

const CHART_PROPERTIES = ["name", "id", "chartType"] as const;

export class ChartProxy extends ClientObject<ChartState> implements Surface<Excel.Chart, "Excel.Chart"> {
  protected readonly properties = CHART_PROPERTIES;
  readonly title: { text: string; visible: boolean };
  readonly legend: { position: string; visible: boolean };

  constructor(context: FakeContext, locate: () => ChartState | null, nullable = false) {
    super(context, locate, nullable, "The requested chart doesn't exist.");
    const chart = this;
    this.title = {
      set text(text: string) {
        chart.act((state) => (state.title = text));
      },
      get text(): string {
        throw new Error("PropertyNotLoaded: the fake host does not load chart titles; inspect them with charts().");
      },
      visible: true,
    };
    this.legend = { position: "Right", visible: true };
  }

  protected read(chart: ChartState, property: string): unknown {
    if (property === "name") return chart.name;
    if (property === "id") return chart.id;
    return chart.chartType;
  }

  get name(): string {
    return this.loaded("name");
  }
  set name(name: string) {
    this.write("name", name, (chart) => (chart.name = name));
  }
  get id(): string {
    return this.loaded("id");
  }
  get chartType(): string {
    return this.loaded("chartType");
  }
  set chartType(type: string) {
    this.write("chartType", type, (chart) => (chart.chartType = type));
  }

  setPosition(startCell: string | RangeProxy, endCell?: string | RangeProxy): void {
    this.act((chart) => {
      const text = (cell: string | RangeProxy) => (typeof cell === "string" ? cell : boxAddress(cell.required().box));
      chart.position = { start: text(startCell), end: endCell === undefined ? undefined : text(endCell) };
    });
  }

  setData(source: RangeProxy, seriesBy = "Auto"): void {
    this.act((chart) => {
      chart.source = source.required();
      chart.seriesBy = seriesBy;
    });
  }

  delete(): void {
    this.act((chart) => {
      for (const sheet of this.context.host.state.sheets) {
        const index = sheet.charts.indexOf(chart);
        if (index >= 0) sheet.charts.splice(index, 1);
      }
    });
  }
}

export class ChartCollectionProxy
  extends ClientCollection<ChartState, ChartProxy>
  implements Surface<Excel.ChartCollection, "Excel.ChartCollection">
{
  protected readonly itemProperties = CHART_PROPERTIES;

  constructor(
    context: FakeContext,
    private readonly worksheet: WorksheetProxy,
  ) {
    super(context);
  }

  protected list(): ChartState[] {
    return [...this.worksheet.required().charts];
  }

  protected itemProxy(chart: ChartState): ChartProxy {
    return new ChartProxy(this.context, () => chart);
  }

  private find(name: string): ChartState | null {
    return this.list().find((chart) => chart.name === name) ?? null;
  }

  getItem(name: string): ChartProxy {
    return new ChartProxy(this.context, () => this.find(name));
  }

  getItemOrNullObject(name: string): ChartProxy {
    return new ChartProxy(this.context, () => this.find(name), true);
  }

  add(type: string, sourceData: RangeProxy, seriesBy = "Auto"): ChartProxy {
    let created: ChartState | null = null;
    this.context.queue(() => {
      created = this.context.host.state.addChart(this.worksheet.required(), type, sourceData.required(), seriesBy);
    });
    return new ChartProxy(this.context, () => created);
  }
}
