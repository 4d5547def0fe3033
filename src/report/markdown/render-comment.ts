// The sticky PR comment, in Markdown: the hidden marker the action finds it by, the headline, the
// table of models, the layers that moved, split changes, charts, and every layer collapsed. Pure:
// a function of the report's input and the options. A body over GitHub's limit is fitted: first
// the list of every layer is cut short, then the charts go, then the layer lists shrink, then the
// split table, then equivalent models leave the table, with a notice pointing to the full report;
// the headline and the table of models always stay.
import { energyChart } from "./energy-chart.js";
import type { ReportInput } from "../../gate/types.js";
import { htmlComment, inlineCode } from "./escape.js";
import { headline } from "./headline.js";
import { layerDetails } from "./layer-details.js";
import { movedLayerGroups, movedLayers } from "./moved-layers.js";
import { primaryTable } from "./primary-table.js";
import { splitChanges } from "./split-changes.js";
import { fittedText, fullText, type Trimmable } from "./trimmable.js";

/** The first line of every dnntune comment: the action edits the comment that holds it. */
export const COMMENT_MARKER = "<!-- dnntune:comment -->";

/** GitHub refuses a comment body longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;

export interface CommentOptions {
  /** Layers listed per model × device, most changed first (dnntune.yml report.top-layers). */
  topLayers: number;
  /** Mermaid charts (report.charts). */
  charts: boolean;
  /**
   * The most characters the body may have (default GitHub's 65,536). Measured in UTF-16 units,
   * which are never fewer than the characters GitHub counts.
   */
  maxChars?: number;
  /** Tells several dnntune comments on one PR apart (one workflow each): the marker carries it. */
  commentId?: string;
}

/** The marker line; with an id, `<!-- dnntune:comment "id" -->`, the id escaped for a comment. */
export function commentMarker(id?: string): string {
  return id === undefined ? COMMENT_MARKER : `<!-- dnntune:comment ${htmlComment(id)} -->`;
}

/** How far each part of the comment is kept, richest first. */
interface Plan {
  details: "all" | "fit" | "none";
  charts: boolean;
  topLayers: number;
  split: "all" | "fit";
  primary: "all" | "flagged" | "flagged-fit";
}

export function renderComment(input: ReportInput, options: CommentOptions): string {
  const limit = options.maxChars ?? GITHUB_COMMENT_LIMIT;
  const parts = new Parts(input, options);
  let body = "";
  for (const plan of plans(options)) {
    body = compose(parts, plan, limit);
    if (body.length <= limit) return body;
  }
  return cutAt(body, limit, parts.whereText());
}

function plans(options: CommentOptions): Plan[] {
  const full: Plan = { details: "all", charts: options.charts, topLayers: options.topLayers, split: "all", primary: "all" };
  const bare: Plan = { ...full, details: "none", charts: false };
  const tops = [...new Set([options.topLayers - 1, Math.floor(options.topLayers / 2), 3, 2, 1, 0])].filter((k) => k >= 0 && k < options.topLayers).sort((a, b) => b - a);
  const lean: Plan = { ...bare, topLayers: 0, split: "fit" };
  return [full, { ...full, details: "fit" }, bare, ...tops.map((topLayers) => ({ ...bare, topLayers })), lean, { ...lean, primary: "flagged" }, { ...lean, primary: "flagged-fit" }];
}

/** Every part, rendered once and kept for the plans that use it. */
class Parts {
  readonly marker: string;
  readonly headline: string;
  readonly primary: Trimmable;
  readonly flagged: Trimmable;
  readonly details: Trimmable | undefined;
  /** The most layers that moved in one model × device: lists shorter than this lose rows. */
  readonly mostMoved: number;
  /** Whether the full comment has any chart to leave out. */
  readonly hasCharts: boolean;
  /** The energy chart, or "" when no model × device has energy on both sides. */
  readonly energy: string;
  readonly #layers = new Map<string, string>();
  readonly #split = new Map<boolean, Trimmable | undefined>();
  readonly #full = new Map<Trimmable, string>();

  constructor(readonly input: ReportInput, readonly options: CommentOptions) {
    this.marker = commentMarker(options.commentId);
    this.headline = headline(input);
    this.primary = primaryTable(input);
    this.flagged = primaryTable(input, true);
    this.details = layerDetails(input);
    this.mostMoved = movedLayerGroups(input.comparison).reduce((most, g) => Math.max(most, g.layers.length), 0);
    const split = (charts: boolean) => { const part = this.split(charts); return part ? this.full(part) : ""; };
    this.energy = options.charts ? energyChart(input) : "";
    this.hasCharts = options.charts && (this.energy !== "" || this.layers(options.topLayers, true) !== this.layers(options.topLayers, false) || split(true) !== split(false));
  }

  layers(topLayers: number, charts: boolean): string {
    const key = `${topLayers} ${charts}`;
    if (!this.#layers.has(key)) this.#layers.set(key, movedLayers(this.input, topLayers, charts));
    return this.#layers.get(key)!;
  }

  split(charts: boolean): Trimmable | undefined {
    if (!this.#split.has(charts)) this.#split.set(charts, splitChanges(this.input, charts));
    return this.#split.get(charts);
  }

  full(part: Trimmable): string {
    if (!this.#full.has(part)) this.#full.set(part, fullText(part));
    return this.#full.get(part)!;
  }

  /** Where the whole report is, for the notices. */
  whereText(): string {
    const url = this.input.fullReportUrl;
    if (url === undefined) return "The full report is among the workflow run's artifacts.";
    // Only a plain https address becomes a link; anything else is shown as text.
    if (/^https:\/\/[^\s<>()[\]`"'\\]+$/.test(url) && url.length <= 2000) return `See [the full report](${url}).`;
    return `See the full report: ${inlineCode(url, 200)}.`;
  }
}

/** Where the table of models sits among the parts of the body. */
const PRIMARY = 3;

/** The body under `plan`; the parts the plan fits fill what room the others leave, most important first. */
function compose(parts: Parts, plan: Plan, limit: number): string {
  const split = parts.split(plan.charts);
  const primary = plan.primary === "all" ? parts.primary : parts.flagged;
  const layers = [plan.charts ? parts.energy : "", parts.layers(plan.topLayers, plan.charts)].filter((t) => t !== "").join("\n\n");
  const texts: string[] = [parts.marker, parts.headline, "", "", layers, "", ""];
  const fits: { index: number; part: Trimmable; cut: string }[] = [];
  const place = (index: number, part: Trimmable | undefined, fit: boolean, cut: string) => {
    if (!part) return;
    if (fit) fits.push({ index, part, cut });
    else texts[index] = parts.full(part);
  };
  place(PRIMARY, primary, plan.primary === "flagged-fit", "the table of models is cut short");
  place(5, split, plan.split === "fit", "the split table is cut short");
  if (plan.details !== "none") place(6, parts.details, plan.details === "fit", "the list of every layer is cut short");

  const cuts: string[] = [];
  if (parts.details && plan.details === "none") cuts.push("the list of every layer is left out");
  if (parts.hasCharts && !plan.charts) cuts.push("the charts are left out");
  if (plan.topLayers < Math.min(parts.options.topLayers, parts.mostMoved)) cuts.push(plan.topLayers > 0 ? `the layer lists show the top ${plan.topLayers}` : "the layer lists are left out");
  if (plan.primary !== "all") cuts.push("equivalent models are left out of the table");
  // Room is made for the longest notice this plan can give; the one shown is never longer.
  texts[2] = notice([...cuts, ...fits.map((f) => f.cut)], parts, limit);
  for (const fit of fits) {
    const fitted = fittedText(fit.part, limit - joined(texts).length - 2);
    // The table of models is never dropped: without room for one row, it stays whole and the
    // body goes on to the last resort, a cut.
    texts[fit.index] = fitted === "" && fit.index === PRIMARY ? parts.full(fit.part) : fitted;
    if (texts[fit.index] !== parts.full(fit.part)) cuts.push(fitted === "" ? fit.cut.replace("is cut short", "is left out") : fit.cut);
  }
  texts[2] = notice(cuts, parts, limit);
  return joined(texts);
}

function joined(texts: readonly string[]): string {
  return `${texts.filter((t) => t !== "").join("\n\n")}\n`;
}

function notice(cuts: readonly string[], parts: Parts, limit: number): string {
  if (cuts.length === 0) return "";
  return `> ✂️ **Shortened to fit GitHub's limit of ${grouped(limit)} characters:** ${cuts.join("; ")}. ${parts.whereText()}`;
}

/** The last resort: the body cut at a line break, with a notice. */
function cutAt(body: string, limit: number, where: string): string {
  const note = `\n\n> ✂️ **Cut here to fit GitHub's limit of ${grouped(limit)} characters.** ${where}\n`;
  const room = Math.max(0, limit - note.length);
  const lineEnd = body.lastIndexOf("\n", room);
  return body.slice(0, lineEnd > 0 ? lineEnd : room) + note;
}

/** 65536 → "65,536", the same on every machine (no locale). */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
