/**
 * Dekking zoeken on the current plan: the officer picks the mode, the actions that may go and the
 * estimate; the answer is shown as what it changes (cuts, later starts, proposals left out) and each
 * year's room before and after, and is applied with one click. The search engine (HiGHS) loads on the
 * first search, not with the pane.
 */
import {
  Button,
  Checkbox,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { Announce } from "../announce";
import { offeredCuttable, rowsBuiltOn } from "../../model/fit/cuttable";
import { planDifference, type PlanDifference } from "../../model/fit/difference";
import type { FitEngine } from "../../model/fit/engine";
import { readRequirements, type FitAnswer, type FitRequest } from "../../model/fit/fit-plan";
import type { FitMode } from "../../model/fit/instance";
import { loadFitEngine } from "../../model/fit/load-engine";
import { formatEuros } from "../../model/money/format";
import { dutchList } from "../../model/links/plan-links";
import type { EstimateEnd, PlanQueries } from "../../model/functions/queries";
import type { Result } from "../../model/result";
import type { Action } from "../../model/schema";
import { RequirementsField } from "./requirements-field";
import { ReserveCurveView } from "./reserve-curve-view";
import { ExplanationView } from "./explanation-view";
import type { PaneWorkbook } from "../workbook";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexDirection: "column", maxHeight: "220px", overflowY: "auto" },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: { textAlign: "right", padding: "2px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  head: { textAlign: "left", padding: "2px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  shortfall: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  code: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-word" },
});

const modes = (lastPlanYear: number): ReadonlyArray<[FitMode, string]> => [
  ["schrappen", "Schrappen: zo min mogelijk euro's aan huidige acties schrappen"],
  ["uitstellen", `Uitstellen: ook voorstellen later laten starten (tot ${lastPlanYear})`],
  ["kiezen", "Kiezen: niets schrappen, de beste keuze uit de voorstellen houden"],
  ["afwegen", "Afwegen: voorstellen laten vallen, later laten starten en acties schrappen, alles tegelijk"],
];

/** The formula that gives the same answer in a cell (FIT's arguments in the order of its table). */
export function fitFormula(
  plan: string,
  mode: FitMode,
  allowed: readonly Action[],
  estimate: EstimateEnd,
  requirements: string,
) {
  const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;
  const actions = allowed.map((row) => row.numbers[0]).join(", ");
  return `=SAMEN.FIT(${[plan, mode, actions, estimate, requirements].map(quoted).join("; ")})`;
}

export interface FitPanelProps {
  queries: PlanQueries;
  /** The current plan's text (canonical or as typed). */
  planText: string;
  onApply(planText: string): void;
  /** Where the Besluitnotitie is written. */
  workbook: PaneWorkbook;
  /** Where the engine comes from; the default loads its chunk on the first search. */
  loadEngine?: () => Promise<FitEngine>;
}

type Search = { state: "idle" } | { state: "working" } | { state: "done"; found: Result<Found>; formula: string };

/** An answer with the search that gave it: "Waarom dit plan" asks the same search again. */
interface Found {
  request: FitRequest;
  answer: FitAnswer;
}

const actionLabel = (row: Action, planYears: readonly number[]) =>
  `${row.numbers.join(" en ")}. ${row.description} (${planYears
    .filter((year) => row.amounts[year] !== 0)
    .map((year) => `${year}: ${formatEuros(row.amounts[year])}`)
    .join(", ")})`;

/** A row a chosen proposal builds on says so: cutting it would undercut that proposal. */
const builtOnLabel = (row: Action, planYears: readonly number[], proposals: readonly number[] | undefined) =>
  proposals === undefined
    ? actionLabel(row, planYears)
    : `${actionLabel(row, planYears)}; ${proposals.length === 1 ? "voorstel" : "voorstellen"} ${dutchList(proposals.map(String))} ${
        proposals.length === 1 ? "sluit" : "sluiten"
      } hierop aan`;

export function FitPanel({ queries, planText, onApply, workbook, loadEngine = loadFitEngine }: FitPanelProps) {
  const styles = useStyles();
  const plan = useMemo(() => queries.resolvePlan(planText), [queries, planText]);
  const cuttable = useMemo(() => (plan.ok ? offeredCuttable(queries, plan.value) : []), [queries, plan]);
  const builtOn = useMemo(
    () => (plan.ok ? rowsBuiltOn(queries, plan.value) : new Map<Action, number[]>()),
    [queries, plan],
  );
  const [mode, setMode] = useState<FitMode>("schrappen");
  const [estimate, setEstimate] = useState<EstimateEnd>("laag");
  // The officer's own choices by row; a row a chosen proposal builds on is left out until allowed.
  const [choices, setChoices] = useState<ReadonlyMap<number, boolean>>(new Map());
  const allowed = (row: Action) => choices.get(row.numbers[0]) ?? !builtOn.has(row);
  const [search, setSearch] = useState<Search>({ state: "idle" });
  const [requirements, setRequirements] = useState("");

  // An answer belongs to the plan and the tables it was found for.
  useEffect(() => setSearch({ state: "idle" }), [queries, planText]);

  if (!plan.ok) {
    return (
      <section aria-label="Dekking zoeken" className={styles.panel}>
        <Text weight="semibold">Dekking zoeken</Text>
        <MessageBar intent="warning">
          <MessageBarBody>{plan.message}</MessageBarBody>
        </MessageBar>
      </section>
    );
  }

  const toggle = (row: Action, allow: boolean) => {
    setChoices(new Map(choices).set(row.numbers[0], allow));
    setSearch({ state: "idle" });
  };

  const run = async () => {
    const read = readRequirements(queries, plan.value, requirements);
    if (!read.ok) {
      setSearch({ state: "done", found: read, formula: "" });
      return;
    }
    setSearch({ state: "working" });
    const request: FitRequest = {
      plan: plan.value,
      mode,
      allowed: cuttable.filter(allowed),
      estimate,
      requirementsText: requirements,
      requirements: read.value,
    };
    const formula = fitFormula(planText, mode, request.allowed, estimate, requirements);
    let answer: Result<FitAnswer>;
    try {
      const engine = await loadEngine();
      // Let the progress state paint before the solve takes the thread.
      await new Promise((resolve) => window.setTimeout(resolve, 0));
      answer = engine.fitPlan(queries, request);
    } catch {
      answer = {
        ok: false,
        kind: "not-available",
        message: "De rekenmodule van Dekking zoeken kon niet laden; probeer het opnieuw.",
      };
    }
    setSearch({
      state: "done",
      found: answer.ok ? { ok: true, value: { request, answer: answer.value } } : answer,
      formula,
    });
  };

  return (
    <section aria-label="Dekking zoeken" className={styles.panel}>
      <Text weight="semibold">Dekking zoeken</Text>
      <Text size={200}>
        Zoekt exact het beste plan waarin de ruimte in {dutchList(queries.horizon.planYears.map(String))} elk jaar
        minstens € 0 is.
      </Text>
      <Field label="Modus">
        <RadioGroup
          value={mode}
          onChange={(_, data) => {
            setMode(data.value as FitMode);
            setSearch({ state: "idle" });
          }}
        >
          {modes(queries.horizon.lastPlanYear).map(([value, label]) => (
            <Radio key={value} value={value} label={label} />
          ))}
        </RadioGroup>
      </Field>
      <Field label="Raming">
        <RadioGroup
          value={estimate}
          layout="horizontal"
          onChange={(_, data) => {
            setEstimate(data.value as EstimateEnd);
            setSearch({ state: "idle" });
          }}
        >
          <Radio value="laag" label="Laag" />
          <Radio value="hoog" label="Hoog" />
        </RadioGroup>
      </Field>
      <RequirementsField
        value={requirements}
        onChange={(text) => {
          setRequirements(text);
          setSearch({ state: "idle" });
        }}
      />
      <fieldset aria-label="Acties die geschrapt mogen worden">
        <legend>Acties die geschrapt mogen worden</legend>
        {/* Focusable, so the list scrolls by keyboard also while its checkboxes are disabled (mode Kiezen); the
            fieldset itself stays enabled, or its disabled state would make this list unfocusable too. */}
        <div
          className={styles.actions}
          tabIndex={0}
          role="region"
          aria-label="Lijst van acties die geschrapt mogen worden"
        >
          {cuttable.map((row) => (
            <Checkbox
              key={row.numbers[0]}
              label={builtOnLabel(row, queries.horizon.planYears, builtOn.get(row))}
              checked={allowed(row)}
              disabled={mode === "kiezen"}
              onChange={(_, data) => toggle(row, data.checked === true)}
            />
          ))}
        </div>
      </fieldset>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void run()} disabled={search.state === "working"}>
          Dekking zoeken
        </Button>
      </div>
      {search.state === "working" && (
        <Spinner size="tiny" label="Bezig met zoeken naar het beste plan…" role="status" />
      )}
      {search.state === "done" && (
        <FitAnswerView
          queries={queries}
          found={search.found}
          onApply={onApply}
          workbook={workbook}
          loadEngine={loadEngine}
        />
      )}
      {search.state === "done" && search.formula !== "" && (
        <Text size={200}>
          In een cel:{" "}
          <span className={styles.code} data-testid="fit-formula">
            {search.formula}
          </span>
        </Text>
      )}
      <ReserveCurveView
        queries={queries}
        plan={plan.value}
        mode={mode}
        allowed={cuttable.filter(allowed)}
        estimate={estimate}
        requirements={requirements}
        loadEngine={loadEngine}
      />
    </section>
  );
}

/** The answer in one sentence, for a screen reader: what the list under "Gevonden plan" shows. */
const describeDifference = ({ cut, delayed, dropped }: PlanDifference): string =>
  [
    ...(cut.length === 0
      ? []
      : [`schrap ${cut.length === 1 ? "actie" : "acties"} ${dutchList(cut.map((row) => row.numbers.join(" en ")))}`]),
    ...delayed.map(({ number, from, to }) => `voorstel ${number} start in ${to} in plaats van ${from}`),
    ...(dropped.length === 0
      ? []
      : [
          `${dropped.length === 1 ? "voorstel" : "voorstellen"} ${dutchList(dropped.map(String))} ${dropped.length === 1 ? "valt" : "vallen"} af`,
        ]),
  ].join("; ");

function FitAnswerView({
  queries,
  found,
  onApply,
  workbook,
  loadEngine,
}: {
  queries: PlanQueries;
  found: Result<Found>;
  onApply(planText: string): void;
  workbook: PaneWorkbook;
  loadEngine: () => Promise<FitEngine>;
}) {
  const styles = useStyles();
  if (!found.ok) {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>{found.message}</MessageBarBody>
      </MessageBar>
    );
  }
  const { request, answer } = found.value;
  const difference = planDifference(request.plan, answer.plan, queries.actionRows());
  const roomBefore = queries.figures(request.plan, request.estimate).years;
  const unchanged = difference.cut.length + difference.delayed.length + difference.dropped.length === 0;
  return (
    <div className={styles.panel} role="region" aria-label="Gevonden plan">
      <Announce text={`Gevonden plan: ${unchanged ? "het plan past al" : describeDifference(difference)}.`} />
      <Text weight="semibold">Gevonden plan</Text>
      {unchanged ? (
        <Text>Het plan past al: er hoeft niets te veranderen.</Text>
      ) : (
        <ul aria-label="Wat er verandert">
          {difference.cut.map((row) => (
            <li key={`cut-${row.numbers[0]}`}>Schrap actie {actionLabel(row, queries.horizon.planYears)}</li>
          ))}
          {difference.delayed.map(({ number, from, to }) => (
            <li key={`delay-${number}`}>
              Voorstel {number} start in {to} in plaats van {from}
            </li>
          ))}
          {difference.dropped.map((number) => (
            <li key={`drop-${number}`}>Voorstel {number} valt af</li>
          ))}
        </ul>
      )}
      <table className={styles.table}>
        <caption className={styles.head}>Ruimte per jaar, voor en na</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.head}>
              Jaar
            </th>
            <th scope="col" className={styles.cell}>
              Nu
            </th>
            <th scope="col" className={styles.cell}>
              Na dit plan
            </th>
          </tr>
        </thead>
        <tbody>
          {roomBefore.map(({ year, gap }) => (
            <tr key={year}>
              <th scope="row" className={styles.head}>
                {year}
              </th>
              <td className={`${styles.cell} ${gap < 0 ? styles.shortfall : ""}`}>{formatEuros(gap)}</td>
              <td className={styles.cell} data-testid={`fit-room-${year}`}>
                {formatEuros(answer.room[year])}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Text size={200}>
        Plantekst: <span className={styles.code}>{answer.text === "" ? "(leeg plan)" : answer.text}</span>
      </Text>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => onApply(answer.text)}>
          Toepassen
        </Button>
      </div>
      <ExplanationView
        queries={queries}
        request={request}
        answer={answer}
        choices={difference.cut.length + difference.delayed.length + difference.dropped.length}
        onApply={onApply}
        workbook={workbook}
        loadEngine={loadEngine}
      />
    </div>
  );
}
