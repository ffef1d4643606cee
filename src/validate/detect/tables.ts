/** What detection finds in a grid: the tables the rules judge, with every cell position they need. */
import type { GridSheet } from "../grid";
import type { UnreadHeader } from "./headers";

/** "brief": the ministry's own copy of Bijlage 2; "invoegtoepassing": the tables the add-in writes. */
export type TableFamily = "brief" | "invoegtoepassing";

export interface YearColumn {
  year: number;
  col: number;
}

export interface AmountRow {
  row: number;
  /** The cell holding the row's label ("a.", "3 en 4", "12"). */
  labelCol: number;
  label: string;
  /** Budget line letter of a summary row ("a"…"h"). */
  lineId: string | null;
  /** Action numbers of a detail row: [3, 4] for "3 en 4"; empty when the label carries none. */
  actionNumbers: number[];
  /** The action line the row belongs to (detail rows) or summarises (summary lines c–g). */
  actionLine: number | null;
}

export interface AmountTable {
  kind: "summary" | "detail";
  family: TableFamily;
  sheet: GridSheet;
  /** Name used in messages: the header text or the table name. */
  title: string;
  /** The title's row; the same as headerRow unless the title stands over a header row of its own. */
  titleRow: number;
  /** The row holding the years. */
  headerRow: number;
  headerCol: number;
  /** Euros per unit of the amounts: 1.000.000 for € mln, 10.000 for € x10.000, 1 for euros. */
  unitEuros: number;
  /** Empty when the header cannot be read (see unread): then no amount of the table is judged. */
  years: YearColumn[];
  /** Header cells that cannot be read: a year formula that gives no year, a unit not understood. */
  unread: UnreadHeader[];
  rows: AmountRow[];
  totalRow: number | null;
  /** Last row of the table body (the row before Totaal, or the last data row). */
  lastBodyRow: number;
  /** Action line of a detail table of the letter; null for the add-in's Acties (per row instead). */
  actionLine: number | null;
}

export interface ProposalRow {
  row: number;
  number: number;
  numberCol: number;
}

export interface ProposalTable {
  family: TableFamily;
  sheet: GridSheet;
  title: string;
  headerRow: number;
  /** The proposal's own text. */
  textCol: number;
  /** The appraisal ("Korte toelichting eerste appreciatie", the add-in's Toelichting); null without one. */
  appraisalCol: number | null;
  costCol: number;
  /** Columns holding euros (the add-in's Incidenteel, Structureel, Hoog). */
  amountCols: number[];
  rows: ProposalRow[];
}

/** The add-in's Scenarios table, in the five-column form or the older three-column one. */
export interface ScenarioTable {
  sheet: GridSheet;
  headerRow: number;
  nameCol: number;
  proposalCol: number;
  startYearCol: number;
  /** Null in the older three-column form. */
  cutCol: number | null;
  planCol: number | null;
  /** Columns of the table, from nameCol. */
  width: number;
  rows: number[];
}

/** The add-in's Kader table (`Jaar | Kader | Fase | Bron`): the frame and phase of every year. */
export interface KaderTable {
  sheet: GridSheet;
  headerRow: number;
  yearCol: number;
  frameCol: number;
  phaseCol: number;
  /** Body rows with the year they hold (null when the cell holds no year). */
  rows: { row: number; year: number | null }[];
}

export interface DetectedTables {
  amountTables: AmountTable[];
  proposalTables: ProposalTable[];
  scenarioTables: ScenarioTable[];
  kaderTables: KaderTable[];
}
