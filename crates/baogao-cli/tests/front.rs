//! The command line as a data user meets it: one output shape whatever the number of files,
//! directories and globs, `-o`, `--bom`, the columns in `--help`.

use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

mod scratch;

/// A fresh scratch directory for one test, removed when it ends.
fn scratch(name: &str) -> scratch::Scratch {
    scratch::scratch("front", name)
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

fn baogao(args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_baogao"))
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.code().is_some(),
        "killed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", stdout(out)))
}

const A: &str = "关于2024年执法工作的报告\n一、执法检查\n（一）道路运输\n检查车辆约300辆，其中客车120辆。\n二、处罚\n罚款208.74万元，同比下降5%。\n";
const B: &str = "一、培训\n培训干部1500人次。\n";

#[test]
fn csv_header_is_the_same_for_one_file_and_two() {
    let dir = scratch("header");
    let a = write(&dir, "a.txt", A);
    let b = write(&dir, "b.txt", B);
    let missing = dir.join("missing.txt").to_string_lossy().into_owned();
    for verb in ["indicators", "headings"] {
        let one = stdout(&baogao(&[verb, "--format", "csv", &a]));
        let two = stdout(&baogao(&[verb, "--format", "csv", &a, &b]));
        let bad_and_good = baogao(&[verb, "--format", "csv", &missing, &b]);
        assert_eq!(bad_and_good.status.code(), Some(2));
        let header = one.lines().next().unwrap();
        assert!(header.starts_with("file,id,parent,"), "{header}");
        assert_eq!(two.lines().next(), Some(header));
        assert_eq!(stdout(&bad_and_good).lines().next(), Some(header));
        // Every row names its file.
        assert!(two
            .lines()
            .skip(1)
            .all(|l| l.starts_with(&a) || l.starts_with(&b)));
        assert!(two.lines().any(|l| l.starts_with(&b)));
    }
}

#[test]
fn parse_json_is_an_array_of_file_records_for_one_file_and_two() {
    let dir = scratch("parse");
    let a = write(&dir, "a.txt", A);
    let b = write(&dir, "b.txt", B);
    let one = json(&baogao(&["parse", "--format", "json", &a]));
    assert_eq!(one.as_array().unwrap().len(), 1);
    assert_eq!(one[0]["file"], a.as_str());
    assert_eq!(one[0]["sections"][0]["heading"]["title"], "执法检查");
    let two = json(&baogao(&["parse", "--format", "json", &a, &b]));
    let files: Vec<&str> = two
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["file"].as_str().unwrap())
        .collect();
    assert_eq!(files, [a.as_str(), b.as_str()]);
    assert_eq!(two[0], one[0]);
}

#[test]
fn rows_carry_ids_parents_headings_and_offsets() {
    let dir = scratch("rows");
    let a = write(&dir, "a.txt", A);
    let ind = json(&baogao(&["indicators", "--format", "json", &a]));
    let head = json(&baogao(&["headings", "--format", "json", &a]));
    let find = |t: &str| {
        ind.as_array()
            .unwrap()
            .iter()
            .find(|r| r["text"] == t)
            .unwrap_or_else(|| panic!("{t} not in {ind}"))
            .clone()
    };
    let total = find("约300辆");
    let part = find("120辆");
    assert_eq!(part["parent"], total["id"]);
    let heading = &head[part["heading"].as_u64().unwrap() as usize];
    assert_eq!(heading["title"], "道路运输");
    assert_eq!(
        head[heading["parent"].as_u64().unwrap() as usize]["title"],
        "执法检查"
    );
    assert_eq!(part["section"], serde_json::json!(["执法检查", "道路运输"]));
    let chars: Vec<char> = A.chars().collect();
    for r in ind.as_array().unwrap() {
        let (bs, be) = (
            r["byte_start"].as_u64().unwrap() as usize,
            r["byte_end"].as_u64().unwrap() as usize,
        );
        let (cs, ce) = (
            r["char_start"].as_u64().unwrap() as usize,
            r["char_end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&A[bs..be], r["text"]);
        assert_eq!(chars[cs..ce].iter().collect::<String>(), r["text"]);
    }
    // The headings CSV has plain start/end columns, no JSON in a cell.
    let csv = stdout(&baogao(&["headings", "--format", "csv", &a]));
    assert!(!csv.contains('{'), "{csv}");
    let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    assert!(header.contains(&"byte_start") && header.contains(&"char_end"));
}

#[test]
fn jsonl_is_one_row_per_line() {
    let dir = scratch("jsonl");
    let a = write(&dir, "a.txt", A);
    let b = write(&dir, "b.txt", B);
    let out = stdout(&baogao(&["indicators", "--format", "jsonl", &a, &b]));
    let rows: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let n_a = json(&baogao(&["indicators", "--format", "json", &a]))
        .as_array()
        .unwrap()
        .len();
    assert_eq!(rows.len(), n_a + 1);
    assert_eq!(rows[n_a]["file"], b.as_str());
    assert_eq!(rows[n_a]["id"], 0);
    assert_eq!(rows[n_a]["label"], "培训干部");
}

#[test]
fn directories_recursive_globs_and_output_file() {
    let dir = scratch("dirs");
    let a = write(&dir, "a.txt", A);
    let b = write(&dir, "sub/b.txt", B);
    write(&dir, "notes.md", "一、不是报告\n");
    let d = dir.to_string_lossy().into_owned();
    let files = |args: &[&str]| -> Vec<String> {
        let out = baogao(args);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        json(&out)
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["file"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(files(&["parse", "--format", "json", &d]), [a.as_str()]);
    assert_eq!(
        files(&["parse", "--format", "json", "-r", &d]),
        [a.clone(), b.clone()]
    );
    let pattern = format!("{d}/*/*.txt");
    assert_eq!(
        files(&["parse", "--format", "json", &pattern]),
        [b.as_str()]
    );
    let none = baogao(&["headings", &format!("{d}/*.nothing")]);
    assert_eq!(none.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&none.stderr).contains("no file matches"));

    let target = dir.join("out.csv").to_string_lossy().into_owned();
    let out = baogao(&[
        "headings", "--format", "csv", "--bom", "-o", &target, "-r", &d,
    ]);
    assert!(out.status.success() && out.stdout.is_empty());
    let written = std::fs::read_to_string(&target).unwrap();
    // An output that is also an input is refused, and left as it was.
    let out = baogao(&["headings", "-o", &a, &a]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is also an input"));
    assert_eq!(std::fs::read_to_string(&a).unwrap(), A);
    assert!(
        written.starts_with("\u{feff}file,id,parent,level,"),
        "{written}"
    );
    assert_eq!(written.lines().count(), 1 + 4);
}

#[test]
fn table_view_and_tree() {
    let dir = scratch("table");
    let a = write(&dir, "a.txt", A);
    let out = stdout(&baogao(&["indicators", "--format", "table", &a]));
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[1].starts_with("line") && lines[1].contains("label") && lines[1].ends_with("section")
    );
    let row = lines.iter().find(|l| l.contains("208.74万")).unwrap();
    assert!(
        row.contains("罚款") && row.contains("元") && row.ends_with("处罚"),
        "{out}"
    );
    assert!(lines.iter().any(|l| l.contains("↓ 同比")), "{out}");
    let tree = stdout(&baogao(&["parse", "--format", "tree", &a]));
    assert!(tree.contains("（一） 道路运输  [2 indicator(s)]"), "{tree}");
}

#[test]
fn help_lists_examples_and_columns() {
    let top = stdout(&baogao(&["--help"]));
    assert!(top.contains("Examples:"), "{top}");
    let help = stdout(&baogao(&["indicators", "--help"]));
    assert!(
        help.contains("file,id,parent,base,heading,section,label,value"),
        "{help}"
    );
    assert!(
        help.contains("Examples:") && help.contains("--recursive") && help.contains("--output")
    );
    let help = stdout(&baogao(&["headings", "--help"]));
    assert!(help.contains("file,id,parent,level,marker"), "{help}");
}

/// Issue 11, item 6: the CLI used 250–500 × the input in memory (it built a `serde_json::Value` of
/// each whole report). Under a cap on virtual memory of 4 × the input plus 40 MB (the binary, its
/// stack and libraries), every streamed format still runs; the old CLI aborted under 100 MB here.
#[cfg(target_os = "linux")]
#[test]
fn streamed_output_runs_in_bounded_memory() {
    let dir = scratch("memory");
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus");
    let mut names: Vec<_> = std::fs::read_dir(&corpus)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    let one: String = names
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    let text = one.repeat(5_000_000 / one.len() + 1);
    let input = write(&dir, "big.txt", &text);
    let cap_kb = (4 * text.len() + 40_000_000) / 1024;
    for args in ["indicators --format jsonl", "parse --format json"] {
        let out = Command::new("sh")
            .arg("-c")
            .arg(format!(
                "ulimit -v {cap_kb} && exec \"$0\" {args} \"$1\" > /dev/null"
            ))
            .arg(env!("CARGO_BIN_EXE_baogao"))
            .arg(&input)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args} under {cap_kb} KB: {:?} {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
