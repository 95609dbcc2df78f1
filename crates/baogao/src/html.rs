//! The saved-web-page reader (feature `html`): finds the report in a government site's page and
//! turns it into the text the parser reads.
//!
//! - The page is parsed by html5ever (through `scraper`), the WHATWG algorithm browsers use, so a
//!   hand-edited CMS page with unclosed tags reads as a browser shows it.
//! - The content is the first match of the containers government CMSs use (`#zoom`, `#zoomcon`,
//!   `.TRS_Editor`, `#UCAP-CONTENT`, `.xxgk_content`, `.article-content` …), else the element with
//!   the densest text. The reader climbs from it to the article around it (title, publication
//!   lines) and stops before the site's header, navigation and footer.
//! - Block elements (`p`, `div`, `h1`–`h6`, `li`, `br` …) break lines; whitespace collapses as a
//!   browser collapses it; entities are decoded; hidden elements, scripts and styles are dropped.
//! - Publication fields written as a label element and a value element (`索 引 号：` /
//!   `014742224A/2023-0043406`) stay on one line, so the meta parser reads them.
//! - A `<table>` becomes one `| a | b | c |` line per `<tr>`, with `rowspan`/`colspan` expanded by
//!   repeating the merged cell's text in every grid cell it covers (a figure merged over rows
//!   stays in its first row only: one value, not one per row). A table of one column is layout,
//!   read as blocks.
//! - The site's header, navigation and footer (ICP lines, link lists) stay out of the text; chrome
//!   inside the article (当前位置 breadcrumbs, 字体：大 中 小, 打印/关闭, 分享到, 上一篇/下一篇) is
//!   kept as lines the parser sets apart as `boilerplate`.
//! - `<meta charset>` (or `http-equiv` Content-Type) is honoured: GBK/GB2312/GB18030 pages are
//!   common. A BOM wins over it, a forced encoding over both.
//!
//! ```
//! let page = r#"<html><head><title>站点</title></head><body>
//! <div class="nav"><a href="/">首页</a></div>
//! <div class="article"><h1>某县2024年政府信息公开工作年度报告</h1>
//! <div class="info">发布日期：2025-01-20</div>
//! <div id="zoom"><p>一、总体情况</p><p>全年主动公开信息1234条。</p>
//! <table><tr><td rowspan="2">项目</td><td colspan="2">数量</td></tr>
//! <tr><td>新增</td><td>累计</td></tr></table></div></div></body></html>"#;
//! let doc = baogao::html::parse_html(page);
//! assert_eq!(doc.report.title.as_ref().unwrap().text, "某县2024年政府信息公开工作年度报告");
//! assert_eq!(doc.report.meta.published.as_deref(), Some("2025-01-20"));
//! assert_eq!(doc.report.sections[0].heading.title, "总体情况");
//! assert!(doc.text.contains("| 项目 | 数量 | 数量 |\n| 项目 | 新增 | 累计 |\n"));
//! // the heading's place in the page
//! let at = doc.source_map.to_source(doc.report.sections[0].heading.span.start).unwrap();
//! assert!(page[at..].starts_with("一、总体情况"));
//! ```

use crate::document::{Document, SourceFormat, SourceMap, TextBuilder};
use crate::error::Error;
use ego_tree::iter::Edge;
use ego_tree::{NodeId, NodeRef};
use scraper::{Html, Node};
use std::collections::HashMap;

/// What [`extract`] takes out of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extracted {
    /// The report's text, one line per block.
    pub text: String,
    /// From offsets in `text` to byte offsets in the page.
    pub source_map: SourceMap,
}

/// Reads a page (already decoded) and parses the report in it. The spans index
/// [`Document::text`]; [`Document::source_map`] leads back to byte offsets in `html`.
///
/// ```
/// let doc = baogao::html::parse_html("<p>一、工作</p><p>立案94件。</p>");
/// assert_eq!(doc.text, "一、工作\n立案94件。\n");
/// assert_eq!(doc.report.indicators[0].text, "94件");
/// ```
pub fn parse_html(html: &str) -> Document {
    let e = extract(html);
    crate::document::finish(SourceFormat::Html, "UTF-8", e.text, e.source_map)
}

/// Decodes a page's bytes (BOM, else `<meta charset>`, else detection as
/// [`decode`](crate::decode)) and parses the report in it.
///
/// ```
/// let (gbk, _, _) = encoding_rs::GBK.encode("<meta charset=gbk><p>一、工作</p>");
/// let doc = baogao::html::parse_html_bytes(&gbk).unwrap();
/// assert_eq!(doc.encoding, "gb18030");
/// assert_eq!(doc.report.sections[0].heading.title, "工作");
/// ```
pub fn parse_html_bytes(bytes: &[u8]) -> Result<Document, Error> {
    let (text, encoding, map) = extract_bytes(bytes, None)?;
    Ok(crate::document::finish(
        SourceFormat::Html,
        encoding,
        text,
        map,
    ))
}

/// The encoding a page declares in its first 4 KB (`<meta charset=…>` or `content="…;
/// charset=…"`), if any.
///
/// ```
/// let enc = baogao::html::declared_charset(br#"<meta http-equiv="Content-Type" content="text/html; charset=GB2312">"#);
/// assert_eq!(enc, Some("GBK"));
/// ```
pub fn declared_charset(bytes: &[u8]) -> Option<&'static str> {
    sniff_charset(bytes).map(|e| e.name())
}

fn sniff_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(i) = memchr::memmem::find(&lower[from..], b"charset") {
        let mut j = from + i + 7;
        from = j;
        while lower.get(j).is_some_and(|c| c.is_ascii_whitespace()) {
            j += 1;
        }
        if lower.get(j) != Some(&b'=') {
            continue;
        }
        j += 1;
        while lower
            .get(j)
            .is_some_and(|&c| c.is_ascii_whitespace() || c == b'"' || c == b'\'')
        {
            j += 1;
        }
        let end = lower[j..]
            .iter()
            .position(|&c| !(c.is_ascii_alphanumeric() || c == b'-' || c == b'_'))
            .map_or(lower.len(), |n| j + n);
        if let Some(enc) = encoding_rs::Encoding::for_label(&lower[j..end]) {
            return Some(enc);
        }
    }
    None
}

/// Decodes and extracts: (text, encoding name, source map to the page's bytes).
pub(crate) fn extract_bytes(
    bytes: &[u8],
    forced: Option<&'static encoding_rs::Encoding>,
) -> Result<(String, &'static str, SourceMap), Error> {
    use std::borrow::Cow;
    let bom = if bytes.starts_with(b"\xef\xbb\xbf") {
        Some(encoding_rs::UTF_8)
    } else if bytes.starts_with(&[0xff, 0xfe]) {
        Some(encoding_rs::UTF_16LE)
    } else if bytes.starts_with(&[0xfe, 0xff]) {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    };
    let gb = |e: &'static encoding_rs::Encoding| {
        if e == encoding_rs::GBK {
            encoding_rs::GB18030
        } else {
            e
        }
    };
    let (page, enc): (Cow<'_, str>, &'static encoding_rs::Encoding) =
        if let Some(enc) = forced.or(bom) {
            (crate::decode::decode_forced(bytes, enc)?, enc)
        } else {
            let declared = sniff_charset(bytes).map(gb);
            // a declared charset the bytes do not fit is a lie (sites re-encode pages): detect instead
            match declared.map(|e| crate::decode::decode_forced(bytes, e).map(|t| (t, e))) {
                Some(Ok(pair)) => pair,
                _ => {
                    let (t, name) = crate::decode::decode_named(bytes)?;
                    let e = encoding_rs::Encoding::for_label(name.as_bytes())
                        .unwrap_or(encoding_rs::UTF_8);
                    (t, e)
                }
            }
        };
    let mut e = extract(&page);
    let skip = match bom {
        Some(b) if b == enc => {
            if b == encoding_rs::UTF_8 {
                3
            } else {
                2
            }
        }
        _ => 0,
    };
    if enc == encoding_rs::UTF_8 {
        if skip > 0 {
            e.source_map.map_sources(|o| o + skip, true);
        }
    } else {
        // offsets in the decoded page -> offsets in the page's own bytes
        let mut offsets: Vec<usize> = e.source_map.anchors().iter().map(|a| a.source).collect();
        crate::sort::unstable(&mut offsets);
        offsets.dedup();
        let mut table: HashMap<usize, usize> = HashMap::with_capacity(offsets.len());
        let (mut prev, mut bytes_so_far) = (0usize, skip);
        for o in offsets {
            let piece = &page[prev..o];
            bytes_so_far += if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
                piece.encode_utf16().count() * 2
            } else {
                enc.encode(piece).0.len()
            };
            table.insert(o, bytes_so_far);
            prev = o;
        }
        e.source_map
            .map_sources(|o| table.get(&o).copied().unwrap_or(0), false);
    }
    Ok((e.text, enc.name(), e.source_map))
}

/// Containers government CMSs put the report in, most specific first.
const CONTAINERS: &[&str] = &[
    "#zoom",
    "#js_content",
    "#zoomcon",
    "#UCAP-CONTENT",
    ".TRS_Editor",
    ".xxgk_content",
    ".xxgk-content",
    ".article-content",
    ".article_content",
    ".content_text",
    "#content",
    ".article",
    "article",
];

/// Elements whose content is not text of the page.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "head", "iframe", "object", "svg", "select",
    "button", "input", "textarea", "map",
];

/// Elements that break lines.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "dd",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "caption",
    "ul",
    "body",
    "html",
];

/// Takes the report's text out of a decoded page (see the module documentation).
///
/// ```
/// let e = baogao::html::extract("<div id=zoom><p>一、工作&nbsp;总结</p><p>立案<b>94</b>件。</p></div>");
/// assert_eq!(e.text, "一、工作\u{a0}总结\n立案94件。\n");
/// ```
pub fn extract(html: &str) -> Extracted {
    let doc = Html::parse_document(html);
    let stats = text_stats(&doc);
    let root = doc.tree.root();
    let content = find_content(&doc, &stats).unwrap_or(root.id());
    let region = climb(&doc, &stats, content);
    let region_node = doc.tree.get(region).unwrap_or(root);
    let title = (region != content)
        .then(|| article_title(region_node, content))
        .flatten();
    // No title in the article around the content: the page's own, beside it (see `title_beside`).
    let (title, beside) = match title {
        Some(t) => (Some(t), Vec::new()),
        None => {
            title_beside(&doc, &stats, content).map_or((None, Vec::new()), |(t, b)| (Some(t), b))
        }
    };
    let mut b = TextBuilder::new();
    b.cjk_segment_breaks = true;
    let mut w = Walker {
        b,
        anchors: anchor_all(&doc, html),
        content,
        in_content: region == content,
        title,
        link_lists: link_lists(&doc, &stats, region_node, content),
    };
    // the article's title first, where the parser looks for it, even when the page shows the
    // publication fields above it
    if let Some(t) = title.and_then(|id| doc.tree.get(id)) {
        w.in_content = false;
        w.walk(t);
        w.b.break_line();
        for n in beside.iter().filter_map(|&id| doc.tree.get(id)) {
            w.walk(n);
            w.b.break_line();
        }
        w.in_content = region == content;
    }
    w.walk(region_node);
    w.b.break_line();
    Extracted {
        text: w.b.text,
        source_map: w.b.map,
    }
}

/// Per element: (text chars, chars inside links), scripts and hidden elements excluded.
fn text_stats(doc: &Html) -> HashMap<NodeId, (usize, usize)> {
    let mut stats: HashMap<NodeId, (usize, usize)> = HashMap::new();
    // post-order over the tree without recursion: a stack of (node, children pushed)
    let mut stack: Vec<(NodeRef<'_, Node>, bool)> = vec![(doc.tree.root(), false)];
    while let Some((node, expanded)) = stack.pop() {
        if !expanded {
            if let Node::Element(e) = node.value() {
                if is_skipped(e) {
                    stats.insert(node.id(), (0, 0));
                    continue;
                }
            }
            stack.push((node, true));
            for c in node.children() {
                stack.push((c, false));
            }
            continue;
        }
        let (mut total, mut link) = (0, 0);
        for c in node.children() {
            match c.value() {
                Node::Text(t) => total += t.chars().filter(|c| !c.is_whitespace()).count(),
                Node::Element(_) => {
                    let (t, l) = stats.get(&c.id()).copied().unwrap_or_default();
                    total += t;
                    link += l;
                }
                _ => {}
            }
        }
        if let Node::Element(e) = node.value() {
            if e.name() == "a" {
                link = total;
            }
        }
        stats.insert(node.id(), (total, link));
    }
    stats
}

fn is_skipped(e: &scraper::node::Element) -> bool {
    if SKIPPED.contains(&e.name()) {
        return true;
    }
    if e.attr("hidden").is_some() {
        return true;
    }
    if is_revealed_by_script(e) {
        return false;
    }
    if is_wechat_chrome(e) {
        return true;
    }
    e.attr("style").is_some_and(|s| {
        let s: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

/// A WeChat article's body, `<div class="rich_media_content" id="js_content" style="visibility:
/// hidden;">`: the saved page hides it until the page's script shows it, so it is read as shown.
fn is_revealed_by_script(e: &scraper::node::Element) -> bool {
    e.id() == Some("js_content")
}

/// WeChat's own chrome after an article's body (the 阅读 / 阅读原文 / 在看 tool bar, the QR
/// code box, the 喜欢此内容的人还喜欢 block): never the report's text.
fn is_wechat_chrome(e: &scraper::node::Element) -> bool {
    e.classes()
        .any(|c| c.starts_with("rich_media_tool") || c.starts_with("rich_media_area_extra"))
        || e.id() == Some("js_pc_qr_code")
}

fn find_content(doc: &Html, stats: &HashMap<NodeId, (usize, usize)>) -> Option<NodeId> {
    let len = |id: NodeId| stats.get(&id).map_or(0, |s| s.0);
    for sel in CONTAINERS {
        let Ok(selector) = scraper::Selector::parse(sel) else {
            continue;
        };
        let best = doc
            .select(&selector)
            .map(|e| e.id())
            .max_by_key(|&id| len(id));
        if let Some(id) = best {
            if len(id) >= 100 {
                return Some(id);
            }
        }
    }
    // the densest text block: the element with the most text of its own (text nodes and inline
    // children) outside links, counted over its direct children
    let mut best: Option<(usize, NodeId)> = None;
    for node in doc.tree.root().descendants() {
        let Node::Element(e) = node.value() else {
            continue;
        };
        if !matches!(
            e.name(),
            "div" | "td" | "article" | "section" | "main" | "body"
        ) {
            continue;
        }
        let mut own = 0;
        for c in node.children() {
            match c.value() {
                Node::Text(t) => own += t.chars().filter(|c| !c.is_whitespace()).count(),
                Node::Element(ce) if !BLOCKS.contains(&ce.name()) || ce.name() == "p" => {
                    let (t, l) = stats.get(&c.id()).copied().unwrap_or_default();
                    own += t - l;
                }
                _ => {}
            }
        }
        if best.is_none_or(|(b, _)| own > b) {
            best = Some((own, node.id()));
        }
    }
    // A cell of a data table is no article (a page of a few short paragraphs and a table of
    // figures, no container): the block that holds the table is.
    best.map(|(_, id)| {
        let Some(node) = doc.tree.get(id) else {
            return id;
        };
        if !matches!(node.value(), Node::Element(e) if e.name() == "td") {
            return id;
        }
        node.ancestors()
            .find(|a| matches!(a.value(), Node::Element(e) if e.name() == "table"))
            .filter(|t| data_table(*t).is_some_and(|rows| rows.len() > 1))
            .and_then(|t| t.parent())
            .map_or(id, |p| p.id())
    })
}

/// Whether an element is the site's header, navigation or footer.
fn is_site_frame(e: &scraper::node::Element) -> bool {
    if matches!(e.name(), "header" | "footer" | "nav") {
        return true;
    }
    // a class or id token naming the frame: `header`, `header_top`, `mainNav`, `site-footer`,
    // not `article-navdocuments`
    let words = |s: &str| {
        let s = s.to_ascii_lowercase();
        [
            "header",
            "footer",
            "nav",
            "navbar",
            "menu",
            "banner",
            "copyright",
        ]
        .iter()
        .any(|w| {
            s.ends_with(w)
                || s.strip_prefix(w)
                    .is_some_and(|r| r.starts_with(chars!['_', '-']) || r.is_empty())
        })
    };
    e.id().is_some_and(words) || e.classes().any(words)
}

/// From the content up to the article around it: at most six levels, while what a level adds is
/// little text and holds no site header, navigation or footer. Six: a CMS nests the editor's
/// block in its text tab, the tab set, and the article body (`.TRS_Editor` in
/// `.article_content`, `.article_area`, `.word_con`, `.tabs_content`, `.tabs`), and the title and
/// the publication line (来源, 时间) stand beside the tabs, a sixth level up.
fn climb(doc: &Html, stats: &HashMap<NodeId, (usize, usize)>, content: NodeId) -> NodeId {
    let len = |id: NodeId| stats.get(&id).copied().unwrap_or_default();
    let mut cur = content;
    for _ in 0..6 {
        let Some(node) = doc.tree.get(cur) else { break };
        let Some(parent) = node.parent() else { break };
        let Node::Element(pe) = parent.value() else {
            break;
        };
        if matches!(pe.name(), "body" | "html") || is_site_frame(pe) {
            break;
        }
        let (pt, pl) = len(parent.id());
        let (ct, cl) = len(cur);
        let (extra, extra_links) = (pt.saturating_sub(ct), pl.saturating_sub(cl));
        if extra > 1000 || (extra > 200 && extra_links * 2 > extra) {
            break;
        }
        // the content's siblings (cur is a child of parent): one pass over their subtrees
        let framed = parent.children().filter(|c| c.id() != cur).any(|c| {
            c.descendants()
                .any(|d| matches!(d.value(), Node::Element(e) if is_site_frame(e)))
        });
        // An old site's layout table: a cell of links (the site's column of navigation) beside
        // the article's cell is the site's frame.
        let in_cell = matches!(node.value(), Node::Element(e) if e.name() == "td");
        let framed = framed
            || in_cell
                && parent.children().filter(|c| c.id() != cur).any(|c| {
                    let (t, l) = len(c.id());
                    t > 0 && l * 2 >= t
                });
        if framed {
            break;
        }
        cur = parent.id();
    }
    cur
}

/// Whether an element of links is a breadcrumb (`首页 > 统计公报`) or the article's pager
/// (`上一篇：…`, `下一篇：…`): chrome the reader keeps for the parser to set apart.
fn is_crumb_or_pager(n: NodeRef<'_, Node>) -> bool {
    n.descendants()
        .filter_map(|d| d.value().as_text())
        .any(|t| {
            t.contains(chars!['>', '＞', '»', '›'])
                || ["上一篇", "下一篇", "位置"].iter().any(|w| t.contains(w))
        })
}

struct Walker {
    b: TextBuilder,
    anchors: HashMap<NodeId, (usize, bool)>,
    content: NodeId,
    in_content: bool,
    /// The article title, read before the rest (skipped where it stands).
    title: Option<NodeId>,
    /// Lists of links in the region outside the content (see [`link_lists`]): not read.
    link_lists: std::collections::HashSet<NodeId>,
}

/// The lists of links beside the article in the region the climb reached, outside the content
/// (`相关链接`, `上一篇/下一篇` titles, a column of other articles): elements whose text is at least
/// half links, 20 characters of links or more, in two links or more. Their titles are other
/// articles' (`关于下达衔接资金1200万元的通知`), no part of this one. Read once over the region.
fn link_lists(
    doc: &Html,
    stats: &HashMap<NodeId, (usize, usize)>,
    region: NodeRef<'_, Node>,
    content: NodeId,
) -> std::collections::HashSet<NodeId> {
    let mut out = std::collections::HashSet::new();
    let holds_content: std::collections::HashSet<NodeId> = doc
        .tree
        .get(content)
        .map(|c| c.ancestors().map(|a| a.id()).chain([content]).collect())
        .unwrap_or_default();
    let mut skip_until: Option<NodeId> = None;
    for edge in region.traverse() {
        match edge {
            Edge::Open(n) if skip_until.is_none() => {
                if n.id() == content {
                    skip_until = Some(n.id());
                    continue;
                }
                let Node::Element(e) = n.value() else {
                    continue;
                };
                if holds_content.contains(&n.id())
                    || !matches!(
                        e.name(),
                        "ul" | "ol" | "div" | "dl" | "table" | "section" | "p"
                    )
                {
                    continue;
                }
                let (t, l) = stats.get(&n.id()).copied().unwrap_or_default();
                // (At most 64 nodes read for the links: a deep chain of such elements stays
                // linear.)
                let links = n
                    .descendants()
                    .take(64)
                    .filter(|d| matches!(d.value(), Node::Element(a) if a.name() == "a"))
                    .take(2)
                    .count();
                if l >= 20 && l * 2 >= t && links == 2 && !is_crumb_or_pager(n) {
                    out.insert(n.id());
                    skip_until = Some(n.id());
                }
            }
            Edge::Close(n) if skip_until == Some(n.id()) => skip_until = None,
            _ => {}
        }
    }
    out
}

/// The article's title element in the region before the content: the first `h1` (else `h2`, else
/// an element whose class or id names a title) with 4 to 100 characters of text.
fn article_title(region: NodeRef<'_, Node>, content: NodeId) -> Option<NodeId> {
    let mut before = Vec::new();
    for d in region.descendants() {
        if d.id() == content {
            break;
        }
        before.push(d);
    }
    let text_len = |n: &NodeRef<'_, Node>| {
        n.descendants()
            .filter_map(|d| d.value().as_text().map(|t| t.trim().chars().count()))
            .sum::<usize>()
    };
    let named = |n: &NodeRef<'_, Node>, f: &dyn Fn(&scraper::node::Element) -> bool| {
        matches!(n.value(), Node::Element(e) if f(e)) && (4..=100).contains(&text_len(n))
    };
    // the first few candidates only: nested headings cannot make this quadratic
    let pick = |f: &dyn Fn(&scraper::node::Element) -> bool| {
        before
            .iter()
            .filter(|n| matches!(n.value(), Node::Element(e) if f(e)))
            .take(8)
            .find(|n| named(n, f))
            .map(|n| n.id())
    };
    pick(&|e| e.name() == "h1")
        .or_else(|| pick(&|e| e.name() == "h2"))
        .or_else(|| {
            pick(&|e| {
                !matches!(e.name(), "body" | "html")
                    && (e
                        .classes()
                        .any(|c| c.to_ascii_lowercase().contains("title"))
                        || e.id()
                            .is_some_and(|i| i.to_ascii_lowercase().contains("title")))
            })
        })
}

/// The page's title when the article around the content holds none (the content's parent is the
/// page's body, or a site frame stands beside the content, so the climb stopped at it): the last
/// `h1` before the content, outside the site's frames, with 4 to 100 characters, and the short
/// blocks that follow it up to the content (the publication line, `时间：2025-01-20`), at most
/// four of 200 characters or fewer. The nodes before the content are read once.
fn title_beside(
    doc: &Html,
    stats: &HashMap<NodeId, (usize, usize)>,
    content: NodeId,
) -> Option<(NodeId, Vec<NodeId>)> {
    let text_len = |id: NodeId| stats.get(&id).map_or(0, |&(t, _)| t);
    let framed = |n: NodeRef<'_, Node>| {
        n.ancestors()
            .any(|a| matches!(a.value(), Node::Element(e) if is_site_frame(e)))
    };
    let title = doc
        .tree
        .root()
        .descendants()
        .take_while(|d| d.id() != content)
        .filter(|d| matches!(d.value(), Node::Element(e) if e.name() == "h1"))
        .filter(|d| {
            let chars: usize = d
                .descendants()
                .filter_map(|t| t.value().as_text().map(|t| t.trim().chars().count()))
                .sum();
            (4..=100).contains(&chars)
        })
        .last()
        .filter(|&h| !framed(h))?;
    let holds_content =
        |n: NodeRef<'_, Node>| n.id() == content || n.descendants().any(|d| d.id() == content);
    let beside = title
        .next_siblings()
        .take_while(|&n| !holds_content(n))
        .filter(|n| match n.value() {
            Node::Element(e) => !is_site_frame(e) && !is_skipped(e),
            _ => false,
        })
        .take(4)
        .filter(|n| text_len(n.id()) <= 200)
        .map(|n| n.id())
        .collect();
    Some((title.id(), beside))
}

/// The padding Word's "Save as HTML" writes after an automatic list number (`一、`, `1.`): a run of
/// `&nbsp;` in a 7 pt span inside `<span style='mso-list:Ignore'>` (the tab of the Word file),
/// read as nothing so the number stays against its heading as in the text form.
fn is_list_padding(node: NodeRef<'_, Node>, text: &str) -> bool {
    text.chars().all(char::is_whitespace)
        && node.ancestors().take(3).any(|a| {
            matches!(a.value(), Node::Element(e) if e.attr("style").is_some_and(|s| {
                s.to_ascii_lowercase().replace(' ', "").contains("mso-list:ignore")
            }))
        })
}

/// How a superscript reads in text: [`crate::text::superscript_mark`] of its text.
fn superscript(sup: NodeRef<'_, Node>, line: &str) -> Option<String> {
    let inner: String = sup
        .descendants()
        .filter_map(|n| match n.value() {
            Node::Text(t) => Some(&**t),
            _ => None,
        })
        .collect();
    crate::text::superscript_mark(&inner, line)
}

impl Walker {
    fn walk(&mut self, top: NodeRef<'_, Node>) {
        let mut skip_until: Option<NodeId> = None;
        for edge in top.traverse() {
            match edge {
                Edge::Open(node) => {
                    if skip_until.is_some() {
                        continue;
                    }
                    if Some(node.id()) == self.title && node.id() != top.id() {
                        skip_until = Some(node.id());
                        continue;
                    }
                    match node.value() {
                        Node::Text(t) if is_list_padding(node, t) => {}
                        Node::Text(t) => {
                            let src = self.anchors.get(&node.id()).copied();
                            self.b.push_inline(t, src);
                        }
                        Node::Element(e) => {
                            if node.id() == self.content {
                                self.in_content = true;
                            }
                            if is_skipped(e) || self.link_lists.contains(&node.id()) {
                                skip_until = Some(node.id());
                                continue;
                            }
                            match e.name() {
                                "br" => self.b.break_line(),
                                "sup" => {
                                    if let Some(mark) = superscript(node, self.b.current_line()) {
                                        self.b.push_inline(&mark, None);
                                        skip_until = Some(node.id());
                                    }
                                }
                                "table" => {
                                    if let Some(rows) = data_table(node) {
                                        self.b.break_line();
                                        // `<caption>单位：万元</caption>`: a line above the rows.
                                        for c in node.children().filter(|c| {
                                            matches!(c.value(), Node::Element(e) if e.name() == "caption")
                                        }) {
                                            self.walk(c);
                                            self.b.break_line();
                                        }
                                        self.emit_table(rows);
                                        skip_until = Some(node.id());
                                    } else {
                                        self.block_break(true);
                                    }
                                }
                                name if BLOCKS.contains(&name) => self.block_break(true),
                                _ => {}
                            }
                        }
                        _ => {}
                    }
                }
                Edge::Close(node) => {
                    if skip_until == Some(node.id()) {
                        skip_until = None;
                        continue;
                    }
                    if skip_until.is_some() {
                        continue;
                    }
                    if let Node::Element(e) = node.value() {
                        if BLOCKS.contains(&e.name()) {
                            self.block_break(false);
                        }
                    }
                    if node.id() == self.content {
                        self.in_content = false;
                    }
                }
            }
        }
    }

    /// A line break, except between a field label (`<label>索 引 号：</label>`, inline) and the
    /// value block that opens right after it, outside the content.
    fn block_break(&mut self, opening: bool) {
        if opening && !self.in_content {
            let line = self.b.current_line().trim_end();
            if (line.ends_with('：') || line.ends_with(':'))
                && line.chars().count() <= 8
                && !crate::meta::is_boilerplate(line)
            {
                self.b.push_inline(" ", None);
                return;
            }
        }
        self.b.break_line();
    }

    fn emit_table(&mut self, rows: Vec<Vec<Cell>>) {
        for mut row in rows {
            if row.iter().all(|c| c.text.is_empty()) {
                continue;
            }
            // One cell across the whole table (`单位：万元`, `第二十条第（一）项`): written once,
            // as the text form of a page writes a merged cell, so that it reads as the table's
            // caption and not as a row of repeated words.
            // (One source cell: its repeats carry no node of their own. A row of cells that only
            // read the same, `| 0 | 0 | 0 |`, stays a row.)
            if row.len() > 1
                && row[0].node.is_some()
                && row[1..]
                    .iter()
                    .all(|c| c.node.is_none() && c.text == row[0].text)
            {
                row.truncate(1);
            }
            for (i, cell) in row.iter().enumerate() {
                self.b.push_raw(if i == 0 { "| " } else { " | " });
                if let Some(node) = cell.node {
                    // the first text node of the cell anchors it
                    let first = node.descendants().find_map(|d| match d.value() {
                        Node::Text(t) if !t.trim().is_empty() => Some((d.id(), t)),
                        _ => None,
                    });
                    if let Some((id, t)) = first {
                        if let Some(&(src, verbatim)) = self.anchors.get(&id) {
                            let lead = if verbatim {
                                t.len() - t.trim_start().len()
                            } else {
                                0
                            };
                            self.b.map.push(self.b.text.len(), src + lead, false);
                        }
                    }
                }
                self.b.push_raw(&cell.text);
            }
            self.b.push_raw(" |");
            self.b.break_line();
        }
    }
}

/// One grid cell of a table: the text of the source cell covering it.
struct Cell<'a> {
    text: String,
    /// The source cell, on the grid cell where it starts (not on its repeats).
    node: Option<NodeRef<'a, Node>>,
}

/// Grid cells a table may expand to, at most (a hostile `colspan` cannot blow the text up).
const MAX_SPAN: usize = 100;

/// The rows of a data table with merged cells expanded, or `None` for a layout table (one column).
fn data_table<'a>(table: NodeRef<'a, Node>) -> Option<Vec<Vec<Cell<'a>>>> {
    let mut trs = Vec::new();
    for c in table.children() {
        match c.value() {
            Node::Element(e) if e.name() == "tr" => trs.push(c),
            Node::Element(e) if matches!(e.name(), "thead" | "tbody" | "tfoot") => {
                trs.extend(
                    c.children()
                        .filter(|r| matches!(r.value(), Node::Element(e) if e.name() == "tr")),
                );
            }
            _ => {}
        }
    }
    let span = |n: NodeRef<'_, Node>, name: &str| -> usize {
        match n.value() {
            Node::Element(e) => e
                .attr(name)
                .and_then(|v| v.trim().parse::<usize>().ok())
                .unwrap_or(1)
                .clamp(1, MAX_SPAN),
            _ => 1,
        }
    };
    // (rows left, text) carried down by rowspan, per column
    let mut carry: Vec<(usize, String)> = Vec::new();
    let mut rows: Vec<Vec<Cell<'a>>> = Vec::new();
    let mut width = 0;
    let mut budget = 0usize;
    for tr in trs {
        let mut row: Vec<Cell<'a>> = Vec::new();
        let mut col = 0;
        let take_carried =
            |row: &mut Vec<Cell<'a>>, col: &mut usize, carry: &mut Vec<(usize, String)>| {
                while *col < carry.len() && carry[*col].0 > 0 {
                    carry[*col].0 -= 1;
                    row.push(Cell {
                        text: carry[*col].1.clone(),
                        node: None,
                    });
                    *col += 1;
                }
            };
        for td in tr.children() {
            let Node::Element(e) = td.value() else {
                continue;
            };
            if !matches!(e.name(), "td" | "th") {
                continue;
            }
            if lays_out(td) {
                return None;
            }
            take_carried(&mut row, &mut col, &mut carry);
            let text = cell_text(td);
            budget += text.len() + 1;
            let (rs, cs) = (span(td, "rowspan"), span(td, "colspan"));
            for k in 0..cs {
                if col >= carry.len() {
                    carry.resize(col + 1, (0, String::new()));
                }
                // repeats cost text; past a budget of the table's own text they stay empty
                let repeat = k == 0 || budget < 1 << 20;
                let t = if repeat { text.clone() } else { String::new() };
                if k > 0 {
                    budget += t.len();
                }
                // (a figure is one value: written once, in the row it starts in)
                let carried = if crate::document::is_figure_cell(&t) {
                    String::new()
                } else {
                    t.clone()
                };
                carry[col] = (rs - 1, carried);
                row.push(Cell {
                    text: t,
                    node: (k == 0).then_some(td),
                });
                col += 1;
            }
        }
        take_carried(&mut row, &mut col, &mut carry);
        width = width.max(row.len());
        rows.push(row);
    }
    if width <= 1 {
        return None;
    }
    Some(rows)
}

/// Whether a table cell holds a page's layout, not a datum: a table of its own, a heading, or
/// more than 400 characters (an old site's column of links beside its article, the article
/// itself). A data cell holds a figure or a few words, wrapped in a paragraph or two at most.
fn lays_out(td: NodeRef<'_, Node>) -> bool {
    let mut chars = 0;
    for d in td.descendants().skip(1) {
        match d.value() {
            Node::Element(e)
                if matches!(e.name(), "table" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6") =>
            {
                return true;
            }
            Node::Text(t) => {
                chars += t.chars().filter(|c| !c.is_whitespace()).count();
                if chars > 400 {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

/// A cell's text on one line: whitespace collapsed, block breaks as spaces, `|` as `｜`.
fn cell_text(td: NodeRef<'_, Node>) -> String {
    let mut out = String::new();
    let mut skip_until: Option<NodeId> = None;
    // a blank in the text is a space; a line break (a block, a <br>) is one too, except between
    // two CJK characters (a narrow column wrapped by hand)
    let (mut space, mut gap) = (false, false);
    for edge in td.traverse() {
        match edge {
            Edge::Open(n) if skip_until.is_none() => match n.value() {
                Node::Text(t) => {
                    for (i, part) in t.split(chars![' ', '\t', '\n', '\r', '\x0c']).enumerate() {
                        if i > 0 {
                            space = true;
                        }
                        if part.is_empty() {
                            continue;
                        }
                        let between =
                            crate::document::space_between(out.chars().last(), part.chars().next());
                        if !out.is_empty() && (space || (gap && between)) {
                            out.push(' ');
                        }
                        (space, gap) = (false, false);
                        out.push_str(&part.replace('|', "｜"));
                    }
                }
                Node::Element(e) if is_skipped(e) => skip_until = Some(n.id()),
                Node::Element(e) if e.name() == "br" || BLOCKS.contains(&e.name()) => gap = true,
                _ => {}
            },
            Edge::Close(n) if skip_until == Some(n.id()) => skip_until = None,
            Edge::Close(n) => {
                if matches!(n.value(), Node::Element(e) if BLOCKS.contains(&e.name())) {
                    gap = true;
                }
            }
            _ => {}
        }
    }
    out
}

/// Where html5ever's text nodes stand in the page: the page's raw text runs (between tags,
/// outside comments, scripts and styles) are matched to the text nodes in document order, each
/// against a few runs after the last match, so the page is read once. A node whose text starts
/// with a decoded entity may find no run: it has no anchor (the one before it stands).
fn anchor_all(doc: &Html, src: &str) -> HashMap<NodeId, (usize, bool)> {
    let runs = raw_text_runs(src);
    let mut out = HashMap::new();
    let mut cursor = 0;
    for node in doc.tree.root().descendants() {
        let Node::Text(t) = node.value() else {
            continue;
        };
        let raw_parent = node
            .parent()
            .is_some_and(|p| matches!(p.value(), Node::Element(e) if RAW_TEXT.contains(&e.name())));
        let body = t.trim_start();
        if raw_parent || body.is_empty() {
            continue;
        }
        let lead = t.len() - body.len();
        let key_end = body.char_indices().nth(4).map_or(body.len(), |(i, _)| i);
        let key = &body[..key_end];
        for (j, &(s, e)) in runs.iter().enumerate().skip(cursor).take(16) {
            if let Some(pos) = src[s..e].find(key) {
                let at = s + pos;
                cursor = j + 1;
                let verbatim = at >= lead && src.get(at - lead..at - lead + t.len()) == Some(&**t);
                out.insert(
                    node.id(),
                    if verbatim {
                        (at - lead, true)
                    } else {
                        (at, false)
                    },
                );
                break;
            }
        }
    }
    out
}

/// Elements whose content is raw text in the HTML syntax (not parsed for tags).
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noscript", "noembed", "noframes",
];

/// The byte ranges of a page's text between tags (comments, scripts, styles and other raw-text
/// elements skipped).
fn raw_text_runs(src: &str) -> Vec<(usize, usize)> {
    let b = src.as_bytes();
    let mut runs = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'<' {
            let end = memchr::memchr(b'<', &b[i..]).map_or(b.len(), |n| i + n);
            if !b[i..end].iter().all(u8::is_ascii_whitespace) {
                runs.push((i, end));
            }
            i = end;
            continue;
        }
        if b[i..].starts_with(b"<!--") {
            i = memchr::memmem::find(&b[i + 4..], b"-->").map_or(b.len(), |n| i + 4 + n + 3);
            continue;
        }
        let next = b.get(i + 1).copied().unwrap_or(0);
        if !(next.is_ascii_alphabetic() || next == b'/' || next == b'!' || next == b'?') {
            // a literal '<' in text
            let end = memchr::memchr(b'<', &b[i + 1..]).map_or(b.len(), |n| i + 1 + n);
            runs.push((i, end));
            i = end;
            continue;
        }
        let name_start = i + 1;
        let name_end = b[name_start..]
            .iter()
            .position(|c| !c.is_ascii_alphanumeric())
            .map_or(b.len(), |n| name_start + n);
        let name = src[name_start..name_end].to_ascii_lowercase();
        // the end of the tag, quotes respected
        let mut j = name_end;
        let mut quote = 0u8;
        while j < b.len() {
            let c = b[j];
            if quote != 0 {
                if c == quote {
                    quote = 0;
                }
            } else if c == b'"' || c == b'\'' {
                quote = c;
            } else if c == b'>' {
                break;
            }
            j += 1;
        }
        i = (j + 1).min(b.len());
        if RAW_TEXT.contains(&name.as_str()) {
            // raw text up to the closing tag
            let close = format!("</{name}");
            let mut k = i;
            loop {
                match memchr::memmem::find(&b[k..], b"</") {
                    Some(n) => {
                        let at = k + n;
                        if b.len() >= at + close.len()
                            && b[at..at + close.len()].eq_ignore_ascii_case(close.as_bytes())
                        {
                            i = at;
                            break;
                        }
                        k = at + 2;
                    }
                    None => {
                        i = b.len();
                        break;
                    }
                }
            }
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_merged_over_rows_is_one_value() {
        let page = "<p>一、审计发现<table><tr><th>类别<th>项目<th>金额</tr>\
            <tr><td rowspan=2>资金使用<td>专项资金闲置<td rowspan=2>642.3</tr>\
            <tr><td>违规发放补贴</tr></table>";
        let text = extract(page).text;
        assert!(text.contains("| 资金使用 | 违规发放补贴 |  |"), "{text}");
        assert!(
            text.contains("| 资金使用 | 专项资金闲置 | 642.3 |"),
            "{text}"
        );
    }

    #[test]
    fn a_superscript_number_is_a_note_mark_or_an_exponent() {
        // A note mark glued onto the figure after it made one number of both (`3` + `86.4`).
        let page = "<p>全年外贸进出口额<sup>2</sup>56.3亿元，新建绿地1.2km<sup>2</sup>，\
            蓄水0.8亿m<sup>3</sup>，快递量<sup>[5]</sup>3.1亿件。</p>";
        let text = extract(page).text;
        assert!(text.contains("进出口额[2]56.3亿元"), "{text}");
        assert!(
            text.contains("1.2km²") && text.contains("0.8亿m³"),
            "{text}"
        );
        assert!(text.contains("快递量[5]3.1亿件"), "{text}");
        let found = crate::indicators(&text);
        assert_eq!(found[0].text, "56.3亿元");
        assert_eq!(found[0].label, "外贸进出口额");
        assert_eq!(found[1].unit.as_deref(), Some("km²"));
    }

    #[test]
    fn rowspan_and_colspan_are_expanded() {
        let page = "<table>\
            <tr><th rowspan=2>单位</th><th colspan=2>收到申请</th><th rowspan=2>合计</th></tr>\
            <tr><td>自然人</td><td>法人</td></tr>\
            <tr><td>甲局</td><td>3</td><td>4</td><td>7</td></tr></table>";
        let e = extract(page);
        assert_eq!(
            e.text,
            "| 单位 | 收到申请 | 收到申请 | 合计 |\n\
             | 单位 | 自然人 | 法人 | 合计 |\n\
             | 甲局 | 3 | 4 | 7 |\n"
        );
    }

    #[test]
    fn cell_lines_join_without_a_space_between_hanzi() {
        let e = extract(
            "<table><tr><td><p>商业</p><p>企业</p></td><td>结果 纠正<br>2 件</td></tr></table>",
        );
        assert_eq!(e.text, "| 商业企业 | 结果 纠正 2 件 |\n");
    }

    #[test]
    fn deep_and_unclosed_markup_does_not_break_the_reader() {
        let mut page = "<div>".repeat(2_000);
        page.push_str("<p>一、工作<p>立案94件。<table><tr><td>甲<td rowspan=x>1");
        let doc = parse_html(&page);
        assert_eq!(doc.report.sections[0].heading.title, "工作");
        assert_eq!(doc.report.indicators[0].text, "94件");
        let rebuilt: String = doc
            .report
            .leaves()
            .iter()
            .map(|(_, s)| s.slice(&doc.text))
            .collect();
        assert_eq!(rebuilt, doc.text);
    }

    #[test]
    fn one_column_table_is_layout() {
        let e = extract("<table><tr><td><p>一、工作</p><p>立案5件。</p></td></tr></table>");
        assert_eq!(e.text, "一、工作\n立案5件。\n");
    }

    #[test]
    fn hostile_spans_are_bounded() {
        let e = extract("<table><tr><td colspan=99999>甲</td><td>乙</td></tr></table>");
        assert_eq!(e.text.matches('甲').count(), MAX_SPAN);
    }

    /// A CMS whose editor block sits five levels under the article (text tab, tab set, article
    /// body): the article's title and its publication line (来源, 时间) are still read, and the
    /// share buttons and view tabs beside them are chrome.
    #[test]
    fn title_and_publication_line_above_a_tabbed_article_body() {
        let page = r#"<body><div class="header"><ul><li><a href="/">首页</a></li><li><a href="/x">政务公开</a></li></ul></div>
            <div class="main"><div class="breadcrumb"><span>当前位置：</span><ul><li><a>首页</a></li><li><a>年报</a></li></ul></div>
            <div class="article_component"><div class="article_title_group"><div class="article_title">某镇2019年度政府信息公开工作年度报告</div></div>
            <div class="article_extend"><span class="article_source">来源：某镇人民政府</span>
            <span class="article_time">时间：2020-01-15 09:30</span>
            <div class="share_box"><a>微信</a><a>微博</a><a>QQ空间</a></div></div>
            <div class="tabs"><div class="tabs_hd"><ul><li><a>全真版</a></li><li><a>文字版</a></li></ul><a class="download">文件下载</a></div>
            <div class="links_con"><span>相关链接：</span></div>
            <div class="tabs_content"><div class="word_con"><div class="article_area"><div class="article_content">
            <div class="TRS_Editor"><p>一、总体情况</p><p>全年公开政府信息320条。</p><p>二、主动公开情况</p><p>公开规范性文件6件。</p></div>
            </div></div></div></div></div></div>
            <div class="footer">主办：某镇人民政府 闽ICP备00000000号</div></body>"#;
        let doc = parse_html(page);
        assert!(!doc.text.contains("ICP"), "{}", doc.text);
        assert_eq!(
            doc.report.title.as_ref().unwrap().text,
            "某镇2019年度政府信息公开工作年度报告"
        );
        assert_eq!(doc.report.meta.source.as_deref(), Some("某镇人民政府"));
        assert_eq!(
            doc.report.meta.published.as_deref(),
            Some("2020-01-15 09:30")
        );
        let chrome: Vec<_> = doc
            .report
            .boilerplate
            .iter()
            .map(|b| b.text.as_str())
            .collect();
        for line in ["微信微博QQ空间", "全真版", "文字版", "文件下载"] {
            assert!(chrome.contains(&line), "{line}: {chrome:?}");
        }
        let titles: Vec<_> = doc
            .report
            .headings()
            .iter()
            .map(|h| h.title.clone())
            .collect();
        assert_eq!(titles, ["总体情况", "主动公开情况"]);
        assert_eq!(doc.report.indicators.len(), 2);
    }

    #[test]
    fn a_title_beside_the_content_under_the_body_is_read() {
        // The content's parent is the body: no article around it to climb to; the h1 before it
        // (not the site's logo h1 in its header) and the time line after that are read.
        let page = r#"<body><div class="header"><h1>某市人民政府门户网站</h1></div>
            <div class="crumb">当前位置：<a>首页</a> &gt; <a>统计公报</a></div>
            <h1 class="art_title">某市2030年国民经济和社会发展统计公报</h1>
            <div class="art_info"><span>发布时间：2031-03-02</span></div>
            <div class="TRS_Editor"><p>一、综合</p><p>全年地区生产总值1200亿元。</p></div>
            <div class="footer">版权所有</div></body>"#;
        let doc = parse_html(page);
        assert_eq!(
            doc.report.title.as_ref().unwrap().text,
            "某市2030年国民经济和社会发展统计公报"
        );
        assert_eq!(doc.report.meta.published.as_deref(), Some("2031-03-02"));
        assert!(!doc.text.contains("门户网站"), "{}", doc.text);
        assert_eq!(doc.report.indicators.len(), 1);
    }

    #[test]
    fn a_row_of_equal_figures_stays_a_row() {
        // Cells that only read the same (`0` under every column) are no merged cell.
        let e = extract(
            "<table><tr><td>复议</td><td>诉讼</td><td>总计</td></tr><tr><td>0</td>\
            <td>0</td><td>0</td></tr></table>",
        );
        assert_eq!(e.text, "| 复议 | 诉讼 | 总计 |\n| 0 | 0 | 0 |\n");
    }

    #[test]
    fn a_page_of_short_paragraphs_and_a_table_keeps_the_paragraphs() {
        // No container: the densest block was a cell of the table (`315.42`), and the
        // paragraphs around the table were lost.
        let page = "<html><body><p>一、收入</p><table><tr><td>项目</td><td>预算数</td>\
            <td>决算数</td></tr><tr><td>事业收入</td><td>300</td><td>315.42</td></tr></table>\
            <p>二、支出</p><p>支出平稳。</p></body></html>";
        let e = extract(page);
        assert_eq!(
            e.text,
            "一、收入\n| 项目 | 预算数 | 决算数 |\n| 事业收入 | 300 | 315.42 |\n二、支出\n支出平稳。\n"
        );
    }

    #[test]
    fn a_unit_in_a_caption_or_a_row_across_the_table_is_the_tables_caption() {
        for table in [
            "<table><caption>单位：万元</caption><tr><td>项目</td><td>预算数</td></tr>\
             <tr><td>事业收入</td><td>300</td></tr><tr><td>其他收入</td><td>20</td></tr></table>",
            "<table><tr><td colspan=2>单位：万元</td></tr><tr><td>项目</td><td>预算数</td></tr>\
             <tr><td>事业收入</td><td>300</td></tr><tr><td>其他收入</td><td>20</td></tr></table>",
        ] {
            let doc = parse_html(&format!("<div id=zoom><p>一、收入</p>{table}</div>"));
            assert!(doc.text.contains("| 单位：万元 |\n") || doc.text.contains("单位：万元\n"));
            let c = &doc.report.tables[0].rows[0].cells[0];
            assert_eq!(
                (c.multiplier.as_deref(), c.unit.as_deref()),
                (Some("万"), Some("元")),
                "{}",
                doc.text
            );
        }
    }

    #[test]
    fn an_old_sites_layout_table_is_no_data_table() {
        // The site's column of links beside the article's cell, the article holding a data
        // table: the outer table is layout (a cell holds a table), the links are the site's.
        let page = "<html><body><table><tr><td><a>预算公开</a><br><a>决算公开</a></td>\
            <td><div>某县2030年支出执行情况</div><div>发布日期：2031-02-28</div><p>支出情况如下：</p>\
            <table><tr><th>项目</th><th>执行数（万元）</th></tr><tr><td>教育支出</td><td>31980</td></tr>\
            <tr><td>合计</td><td>62497</td></tr></table><p>全县支出完成预算的100.3%。</p></td></tr>\
            </table></body></html>";
        let doc = parse_html(page);
        assert!(!doc.text.contains("预算公开"), "{}", doc.text);
        assert_eq!(
            doc.report.title.as_ref().unwrap().text,
            "某县2030年支出执行情况"
        );
        assert_eq!(doc.report.tables.len(), 1);
        assert_eq!(doc.report.tables[0].rows.len(), 2);
        assert_eq!(doc.report.indicators.len(), 3);
    }

    #[test]
    fn a_list_of_related_links_beside_the_article_is_not_read() {
        // The climb to the article's title reaches a block that also holds a list of other
        // articles: their titles (`…1200万元的通知`) are no part of this one. The breadcrumb and
        // the pager stay, for the parser to set apart.
        let body: String = (1..=6)
            .map(|i| {
                format!(
                    "<p>第{i}项：全年完成投资{i}亿元，各项任务顺利推进，群众满意度持续提升。</p>"
                )
            })
            .collect();
        let page = format!(
            "<div class=main><div class=crumb>当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>工作总结</a></div>\
             <div class=article><h1>某县2030年工作总结</h1><div>发布时间：2031-03-15</div>\
             <div class=TRS_Editor>{body}</div></div>\
             <div class=related><h4>相关链接</h4><ul><li><a>关于下达衔接资金1200万元的通知</a></li>\
             <li><a>关于拨付补助资金300万元的通知</a></li></ul></div>\
             <div class=pager><a>上一篇：某县2029年工作总结</a><a>下一篇：某县2031年工作计划</a></div></div>"
        );
        let doc = parse_html(&page);
        assert!(!doc.text.contains("衔接资金"), "{}", doc.text);
        assert!(doc.text.contains("上一篇"), "{}", doc.text);
        assert_eq!(doc.report.indicators.len(), 6);
    }

    #[test]
    fn container_wins_over_chrome() {
        let page = r#"<body><div class="header"><a href="/">首页</a> <a href="/x">政务公开</a></div>
            <div class="main"><div class="crumb">您当前的位置：<a>首页</a>&gt;<a>统计</a></div>
            <h1>某市2023年统计公报</h1><div class="attr">来源：<span>市统计局</span> 发布日期：2024-03-01</div>
            <div id="zoom"><p>一、综合</p><p>全市生产总值1234.5亿元，比上年增长5.2%。</p>
            <p>二、农业</p><p>粮食产量12万吨。</p></div>
            <div class="share">分享到：</div><div>【打印本页】【关闭窗口】</div></div>
            <div class="footer">主办：某市人民政府 京ICP备12345678号</div></body>"#;
        let doc = parse_html(page);
        assert!(!doc.text.contains("政务公开"), "{}", doc.text);
        assert!(!doc.text.contains("ICP"), "{}", doc.text);
        assert_eq!(
            doc.report.title.as_ref().unwrap().text,
            "某市2023年统计公报"
        );
        assert_eq!(doc.report.meta.source.as_deref(), Some("市统计局"));
        let titles: Vec<_> = doc
            .report
            .headings()
            .iter()
            .map(|h| h.title.clone())
            .collect();
        assert_eq!(titles, ["综合", "农业"]);
        let chrome: Vec<_> = doc
            .report
            .boilerplate
            .iter()
            .map(|b| b.text.as_str())
            .collect();
        assert!(chrome.contains(&"【打印本页】【关闭窗口】"), "{chrome:?}");
        assert!(
            chrome.iter().any(|c| c.starts_with("您当前的位置")),
            "{chrome:?}"
        );
        let rebuilt: String = doc
            .report
            .leaves()
            .iter()
            .map(|(_, s)| s.slice(&doc.text))
            .collect();
        assert_eq!(rebuilt, doc.text);
        for i in &doc.report.indicators {
            assert_eq!(i.span.slice(&doc.text), i.text);
        }
        let gdp = &doc.report.indicators[0];
        let at = doc.source_map.to_source(gdp.span.start).unwrap();
        assert!(
            page[at..].starts_with("1234.5亿元"),
            "{}",
            &page[at..at + 20]
        );
    }

    #[test]
    fn field_labels_keep_their_values() {
        let page = "<div><dl><dd><label>索 引 号：</label><div>0123/2023-1</div></dd>\
            <dd><label>发布日期：</label><div>2023-05-11</div></dd>\
            <dd><label>公开时限：</label>\n<div>常年公开</div></dd></dl>\
            <div id=zoom><p>正文第一段写了很多内容。</p><p>注释：</p><p>本报告数据为初步统计数，部分数据因四舍五入不等于合计，以下各项均如此，特此说明。</p></div></div>";
        let e = extract(page);
        assert!(
            e.text.starts_with(
                "索 引 号： 0123/2023-1\n发布日期： 2023-05-11\n公开时限： 常年公开\n"
            ),
            "{}",
            e.text
        );
        // inside the content a label line stays a line of its own
        assert!(e.text.contains("\n注释：\n"), "{}", e.text);
    }

    #[test]
    fn the_whole_disclosure_table_is_metadata_and_an_empty_related_list_is_chrome() {
        // Pattern: the publication table of a disclosure page (索引号 … 公开时限 … 分类), a view
        // counter, and a `关联稿件：` heading over an empty list, above the article's own title, all
        // in the page's one detail container with the article.
        let page = "<html><head><title>某县2023年统计公报 | 某县政府</title></head><body>\
            <div class=detail><div class=meta><dl>\
            <dd><label><font>索 引 号：</font></label><div>0001/2024-0007</div></dd>\
            <dd><label><font>发布机构：</font></label><div>某县统计局</div></dd>\
            <dd><label><font>发文日期：</font></label><div>2024-04-02</div></dd>\
            <dd><label><font>公开方式：</font></label><div>主动公开</div></dd>\
            <dd><label><font>公开时限：</font></label><div>长期公开</div></dd>\
            <dd><label><font>公开范围：</font></label><div>面向社会</div></dd>\
            <dd><label><font>分类：</font></label><div>统计数据</div></dd></dl></div>\
            <h1 class=article-title>某县2023年统计公报</h1>\
            <div class=attr><span>访问量：<b>312</b></span></div>\
            <div class=rel><h3><span>关联稿件：</span></h3><ul></ul></div>\
            <div id=zoomcon><p>某县2023年统计公报</p><p>2023年，全县经济稳中有进。</p>\
            <p>一、综合</p><p>全年全县生产总值210.5亿元，比上年增长5.2%。</p>\
            <p>二、农业</p><p>全年粮食总产量18.6万吨。</p></div></div></body></html>";
        let doc = parse_html(page);
        let r = &doc.report;
        let keys: Vec<&str> = r
            .meta
            .lines
            .iter()
            .flat_map(|l| l.fields.iter().map(|(k, _)| k.as_str()))
            .collect();
        for k in [
            "索引号",
            "发布机构",
            "发文日期",
            "公开时限",
            "公开范围",
            "分类",
        ] {
            assert!(keys.contains(&k), "{k}: {keys:?}");
        }
        assert!(
            r.boilerplate.iter().any(|b| b.text == "关联稿件："),
            "{:?}",
            r.boilerplate
        );
        assert_eq!(r.meta.published.as_deref(), Some("2024-04-02"));
        assert_eq!(r.sections.len(), 2);
    }

    #[test]
    fn gbk_page_maps_to_its_bytes() {
        let page = "<html><head><meta charset=\"gb2312\"></head><body><p>一、工作</p><p>立案94件。</p></body></html>";
        let (bytes, _, _) = encoding_rs::GBK.encode(page);
        let doc = parse_html_bytes(&bytes).unwrap();
        assert_eq!(doc.text, "一、工作\n立案94件。\n");
        let ind = &doc.report.indicators[0];
        let at = doc.source_map.to_source(ind.span.start).unwrap();
        // the anchor is the start of the text run "立案94件。" in the GBK bytes
        let (run, _, _) = encoding_rs::GBK.encode("立案94件。");
        assert_eq!(&bytes[at..at + run.len()], &run[..]);
    }

    #[test]
    fn a_page_that_lies_about_utf8_is_still_read() {
        let page = "<meta charset=utf-8><p>一、总体情况</p><p>全年主动公开政府信息1234条。</p>";
        let (bytes, _, _) = encoding_rs::GBK.encode(page);
        let doc = parse_html_bytes(&bytes).unwrap();
        assert_eq!(doc.encoding, "gb18030");
        assert_eq!(doc.report.sections[0].heading.title, "总体情况");
    }
}
