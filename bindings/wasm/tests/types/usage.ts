// Checked by `tsc --noEmit -p tests/types` (ci.sh): the declarations of pkg/ and pkg-node/ cover
// every returned object, and misuse does not type-check.
import init, { parse, parseBytes, decode, indicators, version } from "../../pkg/web/baogao.js";
import type { Report, Indicator, Section, Block, BaogaoError, ErrorCode, Span } from "../../pkg/web/baogao.js";
import * as node from "../../pkg/node/baogao.js";

function outline(sections: Section[], depth = 0): string[] {
  return sections.flatMap((s) => [
    `${"  ".repeat(depth)}${s.heading.marker.raw}${s.heading.title} (${s.heading.marker.style}, level ${s.heading.level})`,
    ...outline(s.children, depth + 1),
  ]);
}

function blockText(text: string, b: Block): string {
  // The tag narrows the union.
  if (b.type === "paragraph") return `${b.enumerations.length} enumerations: ${text.slice(b.span.start, b.span.end)}`;
  return b.cells.join(" | ");
}

function row(ind: Indicator): (string | number | null)[] {
  const unit: string = (ind.multiplier ?? "") + (ind.unit ?? "");
  const n: number | null = ind.normalized;
  const approx: "before" | "inside" | "after" | undefined = ind.approx?.position;
  return [ind.label, ind.value, unit, n, ind.kind, ind.direction, approx ?? null, ind.section.join("/")];
}

export async function main(): Promise<string> {
  await init();
  const text = "一、总体情况\n全年行政罚款208.74 万元。\n";
  const report: Report = parse(text);
  const span: Span = report.indicators[0]!.span;
  const phrase: string = text.slice(span.start, span.end);
  const fromBytes: Report = parseBytes(new TextEncoder().encode(text));
  const decoded: string = decode(new Uint8Array([0xb1, 0xa8]).buffer);
  const rows = indicators(text).map(row);
  const meta: [string, string][] = report.meta.lines.flatMap((l) => l.fields);
  const closing: string | null = report.closing?.signature ?? null;
  const kinds: string[] = report.diagnostics.map((d) => `${d.kind}: ${d.message}`);
  const title: string | undefined = report.title?.text;
  const preamble = report.preamble.map((b) => blockText(text, b));
  const nodeReport: Report = node.parse(text);
  try {
    parse(text);
  } catch (e) {
    const code: ErrorCode = (e as BaogaoError).code;
    return code;
  }

  // @ts-expect-error: field names are snake_case, as in the Rust JSON (no camelCase)
  void report.sections[0]!.heading.inlineBody;
  // @ts-expect-error: parse() takes a string
  parse(42);
  // @ts-expect-error: the style is a closed set of names
  const style: typeof report.sections[0]["heading"]["marker"]["style"] = "not_a_style";

  return [version(), phrase, fromBytes.sections.length, decoded, rows.length, meta.length, closing,
    kinds.length, title, preamble.length, nodeReport.indicators.length, style, ...outline(report.sections)].join("\n");
}

// chunks(): options are optional and checked; the result is typed.
import { chunks } from "../../pkg/web/baogao.js";
import type { Chunk, ChunkOptions } from "../../pkg/web/baogao.js";
export function chunkPaths(text: string): string[] {
  const options: ChunkOptions = { max_chars: 300, overlap: 20 };
  const cs: Chunk[] = chunks(text, options);
  const header: string | null = cs[0]?.table_header ?? null;
  // @ts-expect-error: option names are snake_case
  chunks(text, { maxChars: 300 });
  return [...chunks(text).map((c) => c.path.join(" > ")), header ?? ""];
}

// Tables, the table reference of a cell indicator, and the 政府信息公开 template record.
import { gio } from "../../pkg/web/baogao.js";
import type { Table, TableCell, TableRef, GioRecord, GioCheck, DiagnosticKind } from "../../pkg/web/baogao.js";
export function tableCells(text: string): string[] {
  const report: Report = parse(text);
  const tables: Table[] = report.tables ?? [];
  const cells: TableCell[] = tables.flatMap((t) => t.rows.flatMap((r) => r.cells));
  const ref: TableRef | undefined = report.indicators[0]?.table;
  const record: GioRecord | null = gio(text);
  const failed: GioCheck[] = record?.checks.filter((c) => !c.ok) ?? [];
  const received: number | null = record?.tables["requests"]?.["received"]?.["total"]?.value ?? null;
  const kind: DiagnosticKind = "gio_check_failed";
  // @ts-expect-error: the edition is a closed set
  const edition: GioRecord["edition"] = "2020";
  return [...cells.map((c) => `${c.row_label} / ${c.col_label}: ${c.value ?? c.text}`), String(ref?.col),
    ...failed.map((c) => c.rule), String(received), kind, edition];
}
