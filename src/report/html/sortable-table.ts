// Tables a reader can sort by clicking a header, and the one small script that sorts them. Cells
// carry their sort key in `data-sort` (the number behind "12.35 ms", the full name behind a
// shortened one), so the script never parses what a cell shows.
import { escapeHtml } from "./escape-html.js";

export interface Column {
  label: string;
  /** Numbers sort numerically, empty keys last either way; text sorts by locale. */
  type: "number" | "text";
  /** What the column means, shown on hover. */
  title?: string;
}

export interface Cell {
  /** Markup already escaped by the caller. */
  html: string;
  /** The key the column sorts by; null sorts last. Defaults to the cell's text. */
  sort?: number | string | null;
  className?: string;
}

export interface SortableTableOptions {
  className?: string;
  /** Text of a caption (escaped here). */
  caption?: string;
  /** Attribute for tests and links: `data-table="…"` (escaped here). */
  name?: string;
}

export function sortableTable(columns: readonly Column[], rows: readonly (readonly Cell[])[], options: SortableTableOptions = {}): string {
  const classes = ["sortable", ...(options.className ? [options.className] : [])].join(" ");
  const name = options.name === undefined ? "" : ` data-table="${escapeHtml(options.name)}"`;
  const caption = options.caption === undefined ? "" : `<caption>${escapeHtml(options.caption)}</caption>`;
  const head = columns
    .map((c) => `<th scope="col" data-type="${c.type}"${c.title ? ` title="${escapeHtml(c.title)}"` : ""}><button type="button">${escapeHtml(c.label)}</button></th>`)
    .join("");
  const body = rows.map((row) => `<tr>${row.map((cell, i) => cellHtml(cell, columns[i]?.type === "number")).join("")}</tr>`).join("\n");
  return `<div class="table-wrap"><table class="${classes}"${name}>${caption}<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table></div>`;
}

// Numeric cells get class "num": they do not wrap inside a number.
function cellHtml(cell: Cell, numeric: boolean): string {
  const sort = cell.sort === undefined ? "" : ` data-sort="${cell.sort === null ? "" : typeof cell.sort === "number" ? sortNumber(cell.sort) : escapeHtml(cell.sort)}"`;
  const classes = [...(numeric ? ["num"] : []), ...(cell.className ? [cell.className] : [])].join(" ");
  const className = classes ? ` class="${classes}"` : "";
  return `<td${className}${sort}>${cell.html}</td>`;
}

// Full precision, and no "NaN"/"Infinity" for the script to misread: those sort as empty.
function sortNumber(value: number): string {
  return Number.isFinite(value) ? String(value) : "";
}

/**
 * The report's only script: click a header to sort by it, again to reverse. Static text with no
 * data in it, so the Content-Security-Policy can allow exactly this script by its hash.
 */
export const SORT_SCRIPT = `"use strict";
(function () {
  function key(row, column) {
    var cell = row.cells[column];
    if (!cell) return "";
    var sort = cell.getAttribute("data-sort");
    return sort === null ? cell.textContent.trim() : sort;
  }
  function compare(a, b, numeric) {
    if (a === "" || b === "") return (a === "") - (b === "");
    if (numeric) {
      var x = parseFloat(a), y = parseFloat(b);
      if (isNaN(x) || isNaN(y)) return isNaN(x) - isNaN(y);
      return x - y;
    }
    return a.localeCompare(b, undefined, { numeric: true });
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, column) {
      var button = th.querySelector("button");
      if (!button) return;
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var numeric = th.getAttribute("data-type") === "number";
        var body = table.tBodies[0];
        var rows = Array.prototype.map.call(body.rows, function (row, index) {
          return { row: row, key: key(row, column), index: index };
        });
        rows.sort(function (a, b) {
          // Empty keys stay last in both directions; ties keep their order.
          if ((a.key === "") !== (b.key === "")) return a.key === "" ? 1 : -1;
          var order = compare(a.key, b.key, numeric);
          return (ascending ? order : -order) || a.index - b.index;
        });
        rows.forEach(function (r) { body.appendChild(r.row); });
      });
    });
  });
})();
`;
