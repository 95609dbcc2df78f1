//! Bad input through the command-line tool: undecodable files are reported with their byte
//! offset and exit status 2 while the other files are still processed; GBK and UTF-16 files are
//! decoded; empty, blank and NUL-holding files parse.

use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output, Stdio};

mod scratch;

/// A fresh scratch directory for one test, removed when it ends.
fn scratch(name: &str) -> scratch::Scratch {
    scratch::scratch("bad-input", name)
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path.to_string_lossy().into_owned()
}

fn baogao(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_baogao"))
        .args(args)
        .output()
        .unwrap()
}

fn baogao_stdin(args: &[&str], input: &[u8]) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_baogao"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)))
}

/// JSON rows without their `file` key (to compare the rows of the same text in different files).
fn without_file(mut rows: Value) -> Value {
    for r in rows.as_array_mut().unwrap() {
        r.as_object_mut().unwrap().remove("file");
    }
    rows
}

const GOOD: &str = "一、总体情况\n全年立案94件，罚款208.74万元。\n";
/// "报告" then bytes that are neither UTF-8 nor GB18030.
const BAD: &[u8] = &[0xe6, 0x8a, 0xa5, 0xe5, 0x91, 0x8a, 0xff, 0xfe, 0x00, 0x80];

#[test]
fn invalid_utf8_is_reported_with_offset_and_the_other_files_still_processed() {
    let dir = scratch("invalid");
    let good1 = write(&dir, "a.txt", GOOD.as_bytes());
    let bad = write(&dir, "b.txt", BAD);
    let good2 = write(&dir, "c.txt", "二、问题\n立案3件。\n".as_bytes());
    let out = baogao(&["parse", "--format", "jsonl", &good1, &bad, &good2]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&bad) && stderr.contains("offset 6"),
        "stderr: {stderr}"
    );
    let lines: Vec<Value> = out
        .stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap())
        .collect();
    let files: Vec<&str> = lines.iter().map(|v| v["file"].as_str().unwrap()).collect();
    assert_eq!(files, [good1.as_str(), good2.as_str()]);
    assert_eq!(lines[1]["sections"][0]["heading"]["title"], "问题");

    for verb in ["headings", "indicators"] {
        let out = baogao(&[verb, "--format", "json", &bad, &good1]);
        assert_eq!(out.status.code(), Some(2), "{verb}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("offset 6"));
        assert!(
            !json(&out).as_array().unwrap().is_empty(),
            "{verb} printed nothing for the good file"
        );
    }
}

#[test]
fn invalid_utf8_on_stdin() {
    let out = baogao_stdin(&["headings"], BAD);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("offset 6"));
}

#[test]
fn missing_file_is_exit_2_and_the_others_still_processed() {
    let dir = scratch("missing");
    let good = write(&dir, "a.txt", GOOD.as_bytes());
    let out = baogao(&[
        "headings",
        "--format",
        "json",
        &dir.join("nope.txt").to_string_lossy(),
        &good,
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(json(&out)[0]["title"], "总体情况");
}

#[test]
fn gbk_and_utf16_files_are_decoded() {
    let dir = scratch("encodings");
    // GOOD in GBK.
    let gbk: &[u8] = &[
        210, 187, 161, 162, 215, 220, 204, 229, 199, 233, 191, 246, 10, 200, 171, 196, 234, 193,
        162, 176, 184, 57, 52, 188, 254, 163, 172, 183, 163, 191, 238, 50, 48, 56, 46, 55, 52, 205,
        242, 212, 170, 161, 163, 10,
    ];
    let units: Vec<u16> = GOOD.encode_utf16().collect();
    let le: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain(units.iter().flat_map(|u| u.to_le_bytes()))
        .collect();
    let be: Vec<u8> = [0xfe, 0xff]
        .into_iter()
        .chain(units.iter().flat_map(|u| u.to_be_bytes()))
        .collect();
    let bom8: Vec<u8> = [0xef, 0xbb, 0xbf].into_iter().chain(GOOD.bytes()).collect();
    let utf8 = write(&dir, "utf8.txt", GOOD.as_bytes());
    let want = without_file(json(&baogao(&["indicators", "--format", "json", &utf8])));
    assert_eq!(want.as_array().unwrap().len(), 2, "{want}");
    for (name, bytes) in [
        ("gbk.txt", gbk),
        ("le.txt", &le),
        ("be.txt", &be),
        ("bom.txt", &bom8),
    ] {
        let path = write(&dir, name, bytes);
        let out = baogao(&["indicators", "--format", "json", &path]);
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(without_file(json(&out)), want, "{name}");
        let out = baogao(&["headings", "--format", "json", &path]);
        assert_eq!(json(&out)[0]["title"], "总体情况", "{name}");
    }
}

#[test]
fn empty_and_whitespace_only_files() {
    let dir = scratch("empty");
    for (name, text) in [("empty.txt", ""), ("blank.txt", " \n\t\n\u{3000}\n\r\n")] {
        let path = write(&dir, name, text.as_bytes());
        let out = baogao(&["parse", "--format", "json", &path]);
        assert!(out.status.success(), "{name}");
        let report = &json(&out)[0];
        assert_eq!(report["file"], path.as_str(), "{name}");
        assert_eq!(report["sections"], Value::Array(vec![]), "{name}");
        assert_eq!(report["indicators"], Value::Array(vec![]), "{name}");
        for verb in ["headings", "indicators"] {
            let out = baogao(&[verb, "--format", "json", &path]);
            assert!(out.status.success());
            assert_eq!(json(&out), Value::Array(vec![]), "{verb} {name}");
        }
        let out = baogao(&["indicators", "--format", "csv", &path]);
        assert!(
            String::from_utf8_lossy(&out.stdout).starts_with("file,id,"),
            "CSV header expected"
        );
    }
    let out = baogao_stdin(&["parse", "--format", "tree"], b"");
    assert!(out.status.success());
}

#[test]
fn nul_byte_file() {
    let dir = scratch("nul");
    let path = write(&dir, "nul.txt", "一、工作\0\n全年立案94件。\0\n".as_bytes());
    let out = baogao(&["parse", "--format", "json", &path]);
    assert!(out.status.success());
    let report = &json(&out)[0];
    assert_eq!(report["diagnostics"][0]["kind"], "control_characters");
    assert_eq!(report["indicators"][0]["text"], "94件");
    let out = baogao(&["parse", "--format", "tree", &path]);
    assert!(out.status.success());
}

#[test]
fn emoji_mixed_scripts_and_huge_numbers() {
    let dir = scratch("mixed");
    let text = format!(
        "一、😀工作🎉\nمرحبا 全年立案94件 Ωμέγα 𠀀 罚款{}万元，增长15.4%\n",
        "9".repeat(400)
    );
    let path = write(&dir, "mixed.txt", text.as_bytes());
    for format in ["json", "jsonl", "csv", "tsv"] {
        let out = baogao(&["indicators", "--format", format, &path]);
        assert!(
            out.status.success(),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let found = json(&baogao(&["indicators", "--format", "json", &path]));
    let texts: Vec<&str> = found
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["text"].as_str().unwrap())
        .collect();
    assert!(
        texts.contains(&"94件") && texts.contains(&"15.4%"),
        "{texts:?}"
    );
}
