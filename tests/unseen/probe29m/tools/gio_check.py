#!/usr/bin/env python3
"""Compare `baogao gio` records with the template cells of gold/NAME.json (table cells of 表二/三/四),
and list the record's checks. Usage: gio_check.py GOLD_DIR NAME..."""
import json
import subprocess
import sys

BIN = "/work/notes/s29/baogao-h0"
COLS = {"自然人": "natural_person", "商业企业": "commercial", "科研机构": "research", "社会公益组织": "public_interest",
        "法律服务机构": "legal_services", "其他": "other_org", "总计": "total"}
ROWS = {"一、本年新收政府信息公开申请数量": "received", "二、上年结转政府信息公开申请数量": "carried_over",
        "（一）予以公开": "disclosed", "（二）部分公开": "partly_disclosed",
        "（三）不予公开 1.属于国家秘密": "withheld.state_secret", "（三）不予公开 2.其他法律行政法规禁止公开": "withheld.prohibited_by_law",
        "（三）不予公开 3.危及“三安全一稳定”": "withheld.security_stability", "（三）不予公开 4.保护第三方合法权益": "withheld.third_party_rights",
        "（三）不予公开 5.属于三类内部事务信息": "withheld.internal_affairs", "（三）不予公开 6.属于四类过程性信息": "withheld.process_information",
        "（三）不予公开 7.属于行政执法案卷": "withheld.enforcement_files", "（三）不予公开 8.属于行政查询事项": "withheld.query_matters",
        "（四）无法提供 1.本机关不掌握相关政府信息": "unavailable.not_held", "（四）无法提供 2.没有现成信息需要另行制作": "unavailable.needs_creation",
        "（四）无法提供 3.补正后申请内容仍不明确": "unavailable.unclear_after_correction",
        "（五）不予处理 1.信访举报投诉类申请": "not_processed.petition_complaint", "（五）不予处理 2.重复申请": "not_processed.repeated",
        "（五）不予处理 3.要求提供公开出版物": "not_processed.publications", "（五）不予处理 4.无正当理由大量反复申请": "not_processed.mass_repeated",
        "（五）不予处理 5.要求行政机关确认或重新出具已获取信息": "not_processed.confirmation",
        "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请": "other.no_correction",
        "（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请": "other.unpaid_fee",
        "（六）其他处理 3.其他": "other.other", "（七）总计": "results_total", "四、结转下年度继续办理": "carried_forward"}
ACTIVE = {"规章": "regulations", "行政规范性文件": "normative_documents", "行政许可": "licensing", "行政处罚": "penalty",
          "行政强制": "coercion", "行政事业性收费": "fees"}
ACOLS = {"本年制发件数": "issued", "本年废止件数": "repealed", "现行有效件数": "in_force", "本年处理决定数量": "decisions",
         "本年收费金额（单位：万元）": "fee_amount"}
RL = {"行政复议": "review", "行政诉讼 未经复议直接起诉": "litigation_direct", "行政诉讼 复议后起诉": "litigation_after_review"}
RC = {"结果维持": "upheld", "结果纠正": "corrected", "其他结果": "other", "尚未审结": "pending", "总计": "total"}


def expected(gold):
    exp = {}
    for i in gold["indicators"]:
        if not i.get("table"):
            continue
        row, col = i["label"].split(" / ")
        if row in ROWS:
            exp[("requests", ROWS[row], COLS[col])] = i["value"]
        elif row in ACTIVE:
            exp[("active", ACTIVE[row], ACOLS[col])] = i["value"]
        elif row in RL:
            exp[("review_litigation", RL[row], RC[col])] = i["value"]
    return exp


def main():
    gdir = sys.argv[1]
    for name in sys.argv[2:]:
        gold = json.load(open(f"{gdir}/{name}.json"))
        rec = json.loads(subprocess.run([BIN, "gio", f"src/{name}.txt"], capture_output=True).stdout)[0]
        exp = expected(gold)
        got = {}
        for t, rows in (rec.get("tables") or {}).items():
            for r, cols in rows.items():
                for c, cell in cols.items():
                    got[(t, r, c)] = cell.get("value") if isinstance(cell, dict) else cell
        ok = sum(1 for k, v in exp.items() if k in got and got[k] == v)
        wrong = [(k, v, got[k]) for k, v in exp.items() if k in got and got[k] != v]
        missing = [k for k in exp if k not in got]
        extra = [k for k in got if k not in exp]
        nulls = [k for k, v in got.items() if v is None]
        print(f"== {name}: format {rec.get('format')} layout {rec.get('layout')}; template cells expected {len(exp)}, "
              f"right {ok}, wrong {len(wrong)}, missing {len(missing)}, extra {len(extra)} (null {len(nulls)})")
        for w in wrong:
            print("   WRONG", "/".join(w[0]), "want", w[1], "got", w[2])
        by = {}
        for m in missing:
            by.setdefault(m[0] + "/" + m[1], []).append(m[2])
        for k, v in by.items():
            print("   MISSING", k, v)
        for e in extra:
            print("   EXTRA", "/".join(e), got[e])
        checks = rec.get("checks") or []
        fails = [c for c in checks if not c.get("ok")]
        print(f"   checks {len(checks)}, failed {len(fails)}, blank {sum(1 for c in checks if c.get('blank'))}")
        for c in fails:
            print("   FAILED", c["rule"], "lhs", c.get("lhs"), "rhs", c.get("rhs"))


main()
