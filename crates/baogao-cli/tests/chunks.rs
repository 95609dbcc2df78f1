//! The acceptance of `baogao chunks --max-chars 500 --format jsonl FILE` on the sample reports and
//! the devset: each chunk's `text` is the file's bytes at its `span`, at most 500 characters,
//! chunks in order without overlap, none runs across the start of a heading, each `path` is the
//! titles of the headings containing the chunk's start, and the chunks cover ≥ 98 % of the
//! non-space characters outside title, metadata and boilerplate. Also: `--format json` is the
//! same chunks as one array, and standard input works.

mod common;

use common::run;
use serde_json::Value;
use std::process::{Command, Stdio};

fn files() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut out = Vec::new();
    for dir in ["tests/corpus", "tests/devset/texts"] {
        for e in std::fs::read_dir(root.join(dir)).unwrap() {
            out.push(e.unwrap().path().to_string_lossy().into_owned());
        }
    }
    out.sort();
    out
}

/// Section extents (heading start, end of the last leaf inside) with their title paths.
fn sections(report: &baogao::Report) -> Vec<(usize, usize, Vec<String>)> {
    fn walk(
        s: &baogao::Section,
        path: &mut Vec<String>,
        out: &mut Vec<(usize, usize, Vec<String>)>,
    ) -> usize {
        path.push(s.heading.title.clone());
        let at = out.len();
        out.push((s.heading.span.start, 0, path.clone()));
        let mut end = s.blocks.last().map_or(s.heading.span.end, |b| b.span().end);
        for c in &s.children {
            end = walk(c, path, out);
        }
        out[at].1 = end;
        path.pop();
        end
    }
    let mut out = Vec::new();
    for s in &report.sections {
        walk(s, &mut Vec::new(), &mut out);
    }
    out
}

#[test]
fn acceptance_on_the_sample_reports_and_the_devset() {
    let files = files();
    assert_eq!(files.len(), 16);
    for file in &files {
        let bytes = std::fs::read(file).unwrap();
        let text = std::str::from_utf8(&bytes).unwrap();
        let report = baogao::parse(text);
        let heads: Vec<usize> = report.headings().iter().map(|h| h.span.start).collect();
        let secs = sections(&report);
        let out = run(&["chunks", "--max-chars", "500", "--format", "jsonl", file]);
        let mut prev_end = 0;
        let mut covered = 0;
        let mut n = 0;
        for line in out.lines() {
            let c: Value = serde_json::from_str(line).unwrap();
            assert_eq!(c["file"], file.as_str());
            let (s, e) = (
                c["span"]["start"].as_u64().unwrap() as usize,
                c["span"]["end"].as_u64().unwrap() as usize,
            );
            let t = c["text"].as_str().unwrap();
            assert_eq!(
                &bytes[s..e],
                t.as_bytes(),
                "{file}: text is not the input at its span"
            );
            assert!(
                t.chars().count() <= 500,
                "{file}: chunk of {} chars",
                t.chars().count()
            );
            assert!(
                s >= prev_end,
                "{file}: chunks out of order or overlapping at {s}"
            );
            prev_end = e;
            for &h in &heads {
                assert!(
                    !(s < h && h < e),
                    "{file}: chunk {s}..{e} runs across the heading at {h}"
                );
            }
            let path: Vec<String> = secs
                .iter()
                .filter(|(a, b, _)| *a <= s && s < *b)
                .max_by_key(|(_, _, p)| p.len())
                .map(|(_, _, p)| p.clone())
                .unwrap_or_default();
            let got: Vec<String> = serde_json::from_value(c["path"].clone()).unwrap();
            assert_eq!(got, path, "{file}: path of the chunk at {s}");
            covered += t.chars().filter(|c| !c.is_whitespace()).count();
            n += 1;
        }
        let body: usize = report
            .leaves()
            .into_iter()
            .filter(|(k, _)| {
                !matches!(
                    k,
                    baogao::LeafKind::Title
                        | baogao::LeafKind::Meta
                        | baogao::LeafKind::Boilerplate
                )
            })
            .map(|(_, sp)| {
                sp.slice(text)
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .count()
            })
            .sum();
        assert!(n > 0, "{file}: no chunks");
        assert!(
            covered * 100 >= body * 98,
            "{file}: {covered} of {body} covered"
        );
    }
}

#[test]
fn json_is_the_same_chunks_as_one_array() {
    let files = files();
    let file = files[0].as_str();
    let lines: Vec<Value> = run(&["chunks", "--max-chars", "300", file])
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let array: Value = serde_json::from_str(&run(&[
        "chunks",
        "--max-chars",
        "300",
        "--format",
        "json",
        file,
    ]))
    .unwrap();
    assert!(lines.len() > 1);
    assert_eq!(array, Value::Array(lines));
}

#[test]
fn standard_input_and_empty_input() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_baogao"))
        .args(["chunks", "--max-chars", "8", "--format", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("一、工作\n我们做了很多事情。\n".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let texts: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    // No sentence or clause end fits: the heading keeps the start of its body, cut between characters.
    assert_eq!(texts, ["一、工作\n我们做", "了很多事情。"]);
    assert_eq!(v[1]["path"], serde_json::json!(["工作"]));
    assert_eq!(v[1]["span"], serde_json::json!({"start": 22, "end": 40}));
    assert_eq!(v[0]["file"], "-");
    let empty = Command::new(env!("CARGO_BIN_EXE_baogao"))
        .args(["chunks", "--format", "json", "/dev/null"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(empty.stdout).unwrap(), "[]\n");
}
