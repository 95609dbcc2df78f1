//! `baogao tables` and `baogao gio` on the two devset GIO reports copied into tests/devset.
//! The table-cell columns are `baogao::rows::TableCellRow::COLUMNS` (docs/columns.md).

mod common;

use common::run;
use serde_json::Value;
use std::path::Path;

fn devset(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/devset/texts")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

#[test]
fn tables_gives_one_row_per_cell_in_every_format() {
    let f = devset("01_pingtan-zone-2023.txt");
    let json: Vec<Value> = serde_json::from_str(&run(&["tables", &f])).unwrap();
    assert_eq!(json.len(), 200);
    let fee = json.iter().find(|r| r["raw"] == "5949.088667").unwrap();
    assert_eq!(
        (&fee["multiplier"], &fee["unit"]),
        (&"万".into(), &"元".into())
    );
    assert_eq!(fee["col_label"], "本年收费金额（单位：万元）");
    assert_eq!(fee["row_label"], "行政事业性收费");
    let text = std::fs::read_to_string(&f).unwrap();
    let (start, end) = (
        fee["byte_start"].as_u64().unwrap() as usize,
        fee["byte_end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[start..end], "5949.088667");
    let ids: Vec<u64> = json.iter().map(|r| r["id"].as_u64().unwrap()).collect();
    assert_eq!(ids, (0..200).collect::<Vec<u64>>());
    let csv = run(&["tables", "--format", "csv", &f]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("file,id,table,row,col,heading,section,row_label,col_label,value,multiplier,normalized,unit,kind,line,byte_start,byte_end,char_start,char_end,raw")
    );
    assert_eq!(lines.count(), 200);
    assert!(csv.contains(
        ",行政事业性收费,本年收费金额（单位：万元）,5949.088667,万,59490886.67,元,money,"
    ));
    let jsonl = run(&["tables", "--format", "jsonl", &f]);
    assert_eq!(jsonl.lines().count(), 200);
    let tsv = run(&["tables", "--format", "tsv", &f]);
    assert!(tsv.lines().nth(1).unwrap().split('\t').count() == 20);
}

#[test]
fn tables_keeps_the_file_column_and_one_array_for_two_files() {
    let a = devset("01_pingtan-zone-2023.txt");
    let b = devset("02_pingtan-zone-2019.txt");
    let one = run(&["tables", "--format", "csv", &a]);
    let two = run(&["tables", "--format", "csv", &a, &b]);
    assert_eq!(one.lines().next(), two.lines().next());
    assert!(two.lines().count() > one.lines().count());
    let json: Vec<Value> = serde_json::from_str(&run(&["tables", &a, &b])).unwrap();
    assert_eq!(json.len(), two.lines().count() - 1);
    assert!(json.iter().any(|r| r["file"] == b.as_str()));
}

#[test]
fn gio_gives_one_record_per_file_and_a_long_csv() {
    let a = devset("01_pingtan-zone-2023.txt");
    let b = devset("02_pingtan-zone-2019.txt");
    let json: Vec<Value> = serde_json::from_str(&run(&["gio", &a, &b])).unwrap();
    assert_eq!(json.len(), 2);
    assert_eq!(
        (json[0]["format"].as_str(), json[1]["format"].as_str()),
        (Some("2021"), Some("2019"))
    );
    for rec in &json {
        let checks = rec["checks"].as_array().unwrap();
        assert!(!checks.is_empty());
        assert!(checks.iter().all(|c| c["ok"] == true));
    }
    let cell = &json[0]["tables"]["requests"]["received"]["total"];
    assert_eq!(
        (cell["value"].as_i64(), cell["raw"].as_str()),
        (Some(81), Some("81"))
    );
    // one file gives an array too
    let one: Vec<Value> = serde_json::from_str(&run(&["gio", &a])).unwrap();
    assert_eq!(one.len(), 1);
    let csv = run(&["gio", "--format", "csv", &a]);
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("file,table,row_key,col_key,value"));
    assert_eq!(lines.count(), 200);
    assert!(csv.contains(",requests,withheld.third_party_rights,natural_person,1\n"));
}
