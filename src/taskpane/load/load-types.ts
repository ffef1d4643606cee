/** What the Model laden view shows, in the view's terms; the Office adapter maps the loader's report onto it. */
export type PartState = "missing" | "same" | "edited";

export interface LoadPart {
  /** A sheet or table as the officer knows it: "Begroting", "Scenario's". */
  name: string;
  state: PartState;
  /** Dutch: what differs ("3 bedragen wijken af van de brief"), empty when nothing to say. */
  detail: string;
}

export interface LoadPreview {
  parts: LoadPart[];
}

export interface LoadSummary {
  /** Dutch lines: what was created, updated and left alone. */
  lines: string[];
}
