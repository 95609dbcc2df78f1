// The objects returned by baogao's JavaScript API. Field names are those of the Rust serde JSON
// (snake_case, one schema for Rust, Python and JavaScript). Spans count UTF-16 code units, so
// `text.slice(span.start, span.end)` is the covered text. Absent optional values are `null`.

/** A half-open range `start..end` of UTF-16 code units into the parsed string. */
export interface Span {
  start: number;
  end: number;
}

/** A parsed report. */
export interface Report {
  /** The document title (lines joined when split, once when repeated). */
  title: Title | null;
  /** Publication metadata (发布日期, 来源, 作者 …). */
  meta: Meta;
  /** Body text before the first heading. */
  preamble: Block[];
  /** The heading tree. */
  sections: Section[];
  /** The closing signature and date. */
  closing: Closing | null;
  /** Web-page chrome (扫一扫, 我要纠错, 打印本页 …), set apart from the text. */
  boilerplate: Boilerplate[];
  /** Every quantitative statement, in document order. */
  indicators: Indicator[];
  /** What the parser repaired or found doubtful. */
  diagnostics: Diagnostic[];
  /** The tables read from the table rows; absent (as in the Rust JSON) when there is none. */
  tables?: Table[];
}

/** The title of a report, possibly written over several lines. */
export interface Title {
  text: string;
  /** The 1-based lines the title was read from. */
  lines: number[];
  span: Span;
}

/** Publication metadata. */
export interface Meta {
  published: string | null;
  source: string | null;
  author: string | null;
  editor: string | null;
  views: string | null;
  /** The dateline of a report delivered to a congress, without dashes or brackets (absent when
   * there is none, as are the next three fields). */
  dateline?: string;
  /** The dateline's date as ISO `YYYY-MM-DD`, when it gives year, month and day. */
  delivered?: string;
  /** Who delivered the report, as written (`审计署审计长 侯 凯`). */
  speaker?: string;
  /** The salutation that opens the address, without its colon (`各位代表`). */
  salutation?: string;
  lines: MetaLine[];
}

/** One line of metadata, with each `key: value` field on it. */
export interface MetaLine {
  line: number;
  /** `[key, value]` pairs in the order written; empty values are kept. */
  fields: [string, string][];
  span: Span;
}

/** A heading with the body and subsections under it. */
export interface Section {
  heading: Heading;
  blocks: Block[];
  children: Section[];
}

/** A heading: marker, title, depth and place. */
export interface Heading {
  /** 1-based nesting depth. */
  level: number;
  marker: Marker;
  title: string;
  /** Whether body text follows the title on the same line. */
  inline_body: boolean;
  /** 1-based line number. */
  line: number;
  span: Span;
  /** In hard-wrapped (PDF) text, the rest of the title carried onto the next line. */
  title_continues?: string;
}

/** A numbering marker as written, with its style and ordinal. */
export interface Marker {
  raw: string;
  style: MarkerStyle;
  ordinal: number | null;
}

export type MarkerStyle =
  | "chinese_comma"
  | "paren_chinese"
  | "arabic_dot"
  | "arabic_comma"
  | "paren_arabic"
  | "circled"
  | "chapter"
  | "chapter_section"
  | "article"
  | "bare"
  | "unmarked"
  | "part"
  | "half_paren_chinese"
  | "half_paren_arabic"
  | "lenticular"
  | "roman"
  | "decimal";

/** A body block: running text or a table row. */
export type Block = ({ type: "paragraph" } & Paragraph) | ({ type: "table" } & TableRow);

/** A paragraph of running text with its inline enumerations. */
export interface Paragraph {
  line: number;
  span: Span;
  enumerations: Enumeration[];
}

/** A table row flattened to text. */
export interface TableRow {
  line: number;
  cells: string[];
  span: Span;
}

/** An inline enumeration inside a paragraph (一是…二是…). */
export interface Enumeration {
  style: EnumerationStyle;
  items: EnumerationItem[];
}

export type EnumerationStyle = "shi" | "ordinal" | "sequence" | "aspect" | "circled";

export interface EnumerationItem {
  marker: string;
  ordinal: number;
  span: Span;
}

/** The closing signature and date. */
export interface Closing {
  signature: string | null;
  date: string | null;
  lines: number[];
  span: Span;
}

/** A line of web-page chrome. */
export interface Boilerplate {
  text: string;
  line: number;
  span: Span;
}

/** Something the parser repaired or found doubtful. */
export interface Diagnostic {
  kind: DiagnosticKind;
  span: Span;
  message: string;
}

export type DiagnosticKind =
  | "repaired_marker"
  | "bare_marker"
  | "skipped_ordinal"
  | "repeated_ordinal"
  | "continued_numbering"
  | "mid_line_heading"
  | "control_characters"
  | "number_overflow"
  | "font_map_damage"
  | "gio_check_failed"
  | "gio_check_blank"
  | "long_title"
  | "lone_surrogates"
  | "template_table_mismatch";

/** A quantitative statement: `行政罚款208.74 万元` → value 208.74, multiplier 万, unit 元. */
export interface Indicator {
  /** The phrase as written; equals `text.slice(span.start, span.end)`. */
  text: string;
  span: Span;
  line: number;
  /** What is counted or measured. */
  label: string;
  /** The number as written. */
  value: number;
  /** The multiplier word (万, 亿 …). */
  multiplier: string | null;
  /** `value × multiplier` (null when it does not fit). */
  normalized: number | null;
  /** The base unit or measure word (家, 人次, 元, % …). */
  unit: string | null;
  approx: Approx | null;
  kind: IndicatorKind;
  direction: Direction | null;
  from: number | null;
  to: number | null;
  basis: string | null;
  low: number | null;
  high: number | null;
  /** For a change: the index of the indicator it changes. */
  base: number | null;
  /** For a part of a breakdown (其中…): the index of the total. */
  parent: number | null;
  /** Titles of the headings that contain the indicator, outermost first. */
  section: string[];
  /** For a table cell: which cell of `Report.tables` it is; absent for a phrase of running text. */
  table?: TableRef;
}

/** Where a table-cell indicator stands: `report.tables[table].rows[row]`, column `col`. */
export interface TableRef {
  /** Index in `Report.tables`. */
  table: number;
  /** Index of the body row in `Table.rows`. */
  row: number;
  /** Index of the value column in `Table.columns`. */
  col: number;
}

/** A table: caption lines, columns with their header paths, and body rows. */
export interface Table {
  /** Caption lines written before the table (`表1 …`, `第二十条第（一）项`, `单位：%`). */
  caption: string[];
  /** 1-based line of the first row. */
  line: number;
  span: Span;
  /** Titles of the headings the table stands under, outermost first. */
  section: string[];
  /** The header rows as written (trimmed cells), top first. */
  header: string[][];
  /** The value columns, left to right. */
  columns: TableColumn[];
  /** The body rows, top to bottom. */
  rows: TableBodyRow[];
}

/** A value column: its header path and the unit the header states. */
export interface TableColumn {
  /** The header cells above the column, top first (empty when the table has no header). */
  path: string[];
  /** The path joined with spaces. */
  label: string;
  unit: string | null;
  multiplier: string | null;
}

/** A body row of a `Table`: its label (group cells carried down) and its value cells. */
export interface TableBodyRow {
  /** 1-based line (the first line when the row was broken over two). */
  line: number;
  /** The label cells, group cells above carried down, outermost first. */
  label: string[];
  /** The unit of a `计量单位` column. */
  unit: string | null;
  cells: TableCell[];
}

/** A value cell with its place, its labels and the quantity it holds. */
export interface TableCell {
  /** 0-based index in `Table.rows`. */
  row: number;
  /** 0-based index in `Table.columns`. */
  col: number;
  line: number;
  /** The cell as written, trimmed (empty for an empty cell); equals `text.slice(span.start, span.end)`. */
  text: string;
  span: Span;
  /** The row label joined with spaces. */
  row_label: string;
  /** The column's header path joined with spaces. */
  col_label: string;
  /** The number; null for a placeholder (`/`, `-`, `—`, `空`, empty). */
  value: number | null;
  multiplier: string | null;
  normalized: number | null;
  unit: string | null;
  kind: IndicatorKind;
}

/** The 政府信息公开工作年度报告 template record returned by `gio()` (see `baogao::gio`). */
export interface GioRecord {
  /** The template edition recognised. */
  edition: "2021" | "2019" | "legacy";
  /** The layout of 表三: `"standard"`, `"subtotal"` (a 法人或其他组织小计 column), or `""` without 表三. */
  layout: "standard" | "subtotal" | "";
  /**
   * Table key (`active`, `requests`, `review_litigation`, `statistics`) → row key → column key → cell,
   * e.g. `tables.requests.received.total`.
   */
  tables: Record<string, Record<string, Record<string, GioCell>>>;
  /** The checks (勾稽关系), in a fixed order. */
  checks: GioCheck[];
}

/** One template cell. */
export interface GioCell {
  /** The number; null for a placeholder. */
  value: number | null;
  /** The cell as written. */
  raw: string;
  span: Span;
}

/** A check (勾稽关系) and its outcome; a failed one is also a `gio_check_failed` diagnostic, one left blank a `gio_check_blank` one. */
export interface GioCheck {
  /** What is checked, e.g. `requests: received + carried_over = results_total + carried_forward [natural_person]`. */
  rule: string;
  ok: boolean;
  /** The check could not be made: one side holds no number (its cells left blank or placeholders) while the other is not 0; a `gio_check_blank` diagnostic, not a failure. */
  blank: boolean;
  lhs: number;
  rhs: number;
  /** The cells on both sides as `table/row/col` keys (`text` for a figure of the running text). */
  cells: string[];
  /** Where those cells stand. */
  spans: Span[];
}

/** An approximation word and where it stood. */
export interface Approx {
  word: string;
  position: "before" | "inside" | "after";
}

export type IndicatorKind =
  | "count"
  | "money"
  | "percent"
  | "percentage_points"
  | "change"
  | "rate"
  | "ratio"
  | "range"
  | "fraction";

export type Direction = "up" | "down";

/** Codes of the errors the functions throw (`err.code`). */
export type ErrorCode = "invalid_argument" | "decode" | "too_large" | "internal";

/** The `Error` objects thrown by this package carry a `code`. */
export interface BaogaoError extends Error {
  code: ErrorCode;
}

/** Options of `chunks()`; every field may be left out. */
export interface ChunkOptions {
  /** The largest chunk, in characters (code points); 500 by default. */
  max_chars?: number;
  /** Let small sections under one parent share a chunk (false by default). */
  merge_small?: boolean;
  /** Characters of the previous chunk of the same section to give in `context_before` (0). */
  overlap?: number;
}

/** A section-aware piece of a report's body, for retrieval. */
export interface Chunk {
  /** Exactly `text.slice(span.start, span.end)` of the parsed string. */
  text: string;
  span: Span;
  /** Characters (code points) in `text`. */
  chars: number;
  /** Titles of the headings that contain the chunk's start, outermost first. */
  path: string[];
  /** Indexes into `Report.indicators` of the indicators starting inside the chunk. */
  indicators: number[];
  title: string | null;
  published: string | null;
  /** The header row of the table this chunk continues (not part of `text`). */
  table_header: string | null;
  /** With `overlap`: the end of the previous chunk of the same section (not part of `text`). */
  context_before: string | null;
}
