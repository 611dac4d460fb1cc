#!/usr/bin/env python3
"""Writes the golden cases of the document forms (tests/data/cases/forms-*): one report per form, each of another
body, year and layout, from one model of paragraphs and tables (cells with their column and row spans).

    python3 tests/data/forms/make_form_cases.py            # every case; the .doc only when soffice is installed

The forms: text with `|` rows (as copied from a tool), markdown split into small `|` tables with invented headers
(as PDF converters write), markdown with HTML tables (as OCR tools write), a Word document with merged cells and
automatic numbering (written here with zipfile: no Word needed), a web archive (.mhtml, quoted-printable GB2312),
and a Word 97-2003 document converted by LibreOffice from the model's web page. expected.json holds the numbers of
the model: the values the reader must find, whatever the form.
"""
import html
import json
import os
import quopri
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(os.path.dirname(HERE), "cases")


# ------------------------------------------------------------------------------------------------ the model
# A block is ("h", text) a heading, ("p", text) a paragraph, ("table", rows); a row is a list of cells, a cell a
# text or (text, colspan, rowspan).

def cell(c):
    return (c, 1, 1) if isinstance(c, str) else (c[0], c[1] if len(c) > 1 else 1, c[2] if len(c) > 2 else 1)


def grid(rows):
    """The table as a grid: (text, colspan, rowspan, covered) per position; covered positions are the cells a span
    of an earlier cell covers (text None), as a table drawn on paper has them."""
    out = []
    pending = {}  # column -> (rows left, colspan) of a rowspan from above
    for row in rows:
        line = []
        col = 0
        cells = [cell(c) for c in row]
        i = 0
        while i < len(cells) or col in pending:
            if col in pending:
                left, span = pending[col]
                for k in range(span):
                    line.append((None, span if k == 0 else 0, 0, True))
                if left > 1:
                    pending[col] = (left - 1, span)
                else:
                    del pending[col]
                col += span
                continue
            text, colspan, rowspan = cells[i]
            i += 1
            line.append((text, colspan, rowspan, False))
            for _ in range(colspan - 1):
                line.append((None, 0, 0, True))
            if rowspan > 1:
                pending[col] = (rowspan - 1, colspan)
            col += colspan
        out.append(line)
    return out


def table2(t2):
    """Table 2 of the 2021 template: t2 = dict of the cells' values."""
    def n(v):
        return v if isinstance(v, str) else f"{v:,}" if isinstance(v, int) else str(v)
    return [
        [("第二十条第（一）项", 4)],
        ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
        ["规章", n(t2["rules"][0]), n(t2["rules"][1]), n(t2["rules"][2])],
        ["行政规范性文件", n(t2["normative"][0]), n(t2["normative"][1]), n(t2["normative"][2])],
        [("第二十条第（五）项", 4)],
        ["信息内容", ("本年处理决定数量", 3)],
        ["行政许可", (n(t2["licensing"]), 3)],
        [("第二十条第（六）项", 4)],
        ["信息内容", ("本年处理决定数量", 3)],
        ["行政处罚", (n(t2["penalty"]), 3)],
        ["行政强制", (n(t2["coercion"]), 3)],
        [("第二十条第（八）项", 4)],
        ["信息内容", ("本年收费金额（单位：万元）", 3)],
        ["行政事业性收费", (n(t2["fees"]), 3)],
    ]


T3_RESULTS = [
    ("granted", None, "（一）予以公开"),
    ("partial", None, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    ("denied.state_secret", "（三）不予公开", "1.属于国家秘密"),
    ("denied.prohibited_by_law", "（三）不予公开", "2.其他法律行政法规禁止公开"),
    ("denied.security_stability", "（三）不予公开", "3.危及“三安全一稳定”"),
    ("denied.third_party", "（三）不予公开", "4.保护第三方合法权益"),
    ("denied.internal_affairs", "（三）不予公开", "5.属于三类内部事务信息"),
    ("denied.deliberative", "（三）不予公开", "6.属于四类过程性信息"),
    ("denied.law_enforcement_file", "（三）不予公开", "7.属于行政执法案卷"),
    ("denied.administrative_query", "（三）不予公开", "8.属于行政查询事项"),
    ("unavailable.not_held", "（四）无法提供", "1.本机关不掌握相关政府信息"),
    ("unavailable.needs_creation", "（四）无法提供", "2.没有现成信息需要另行制作"),
    ("unavailable.unclear", "（四）无法提供", "3.补正后申请内容仍不明确"),
    ("not_processed.petition", "（五）不予处理", "1.信访举报投诉类申请"),
    ("not_processed.duplicate", "（五）不予处理", "2.重复申请"),
    ("not_processed.publication", "（五）不予处理", "3.要求提供公开出版物"),
    ("not_processed.excessive", "（五）不予处理", "4.无正当理由大量反复申请"),
    ("not_processed.confirmation", "（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"),
    ("other.no_correction", "（六）其他处理",
     "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("other.no_fee", "（六）其他处理",
     "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("other.other", "（六）其他处理", "3.其他"),
]


def t3_values(new, carried, results, forward):
    """Every row of table 3 with its total column; new/carried/forward/results[key] are the six applicant
    columns. Checks the template's identities, so that a case holds no error it does not mean to."""
    rows = {"new": new, "carried_over": carried, "carried_forward": forward}
    rows.update({k: results.get(k, [0] * 6) for k, _, _ in T3_RESULTS})
    rows["total"] = [sum(rows[k][c] for k, _, _ in T3_RESULTS) for c in range(6)]
    for c in range(6):
        assert new[c] + carried[c] == rows["total"][c] + forward[c], ("table 3 does not balance", c)
    return {k: v + [sum(v)] for k, v in rows.items()}


def table3(v):
    head = [
        [("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), ("申请人情况", 7)],
        [("自然人", 1, 2), ("法人或其他组织", 5), ("总计", 1, 2)],
        ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"],
        [("一、本年新收政府信息公开申请数量", 3)] + [str(x) for x in v["new"]],
        [("二、上年结转政府信息公开申请数量", 3)] + [str(x) for x in v["carried_over"]],
    ]
    body = []
    groups = {}
    for key, group, _ in T3_RESULTS:
        if group:
            groups[group] = groups.get(group, 0) + 1
    seen = set()
    for i, (key, group, label) in enumerate(T3_RESULTS):
        row = []
        if i == 0:
            row.append(("三、本年度办理结果", 1, len(T3_RESULTS) + 1))
        if group is None:
            row.append((label, 2))
        else:
            if group not in seen:
                row.append((group, 1, groups[group]))
                seen.add(group)
            row.append(label)
        body.append(row + [str(x) for x in v[key]])
    body.append([("（七）总计", 2)] + [str(x) for x in v["total"]])
    body.append([("四、结转下年度继续办理", 3)] + [str(x) for x in v["carried_forward"]])
    return head + body


def table4(review, direct, after):
    return [
        [("行政复议", 5, 2), ("行政诉讼", 10)],
        [("未经复议直接起诉", 5), ("复议后起诉", 5)],
        ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3,
        [str(x) for x in review + [sum(review)] + direct + [sum(direct)] + after + [sum(after)]],
    ]


def t_fields(t2, t3, t4):
    """expected.json's fields of the three tables, and the summary fields the tables give (requests answered,
    outcomes, appeals)."""
    f = {
        "requests.answered": t3["total"][6],
        "outcome.granted": t3["granted"][6],
        "outcome.partial": t3["partial"][6],
        "outcome.not_held": t3["unavailable.not_held"][6],
        "outcome.denied": sum(v[6] for k, v in t3.items() if k.startswith("denied.")),
        "appeals.reconsideration": sum(t4[0]),
        "appeals.lawsuit": sum(t4[1]) + sum(t4[2]),
    }
    for key in ("rules", "normative"):
        for col, value in zip(("issued", "repealed", "in_force"), t2[key]):
            f[f"t2.{key}.{col}"] = value
    for key in ("licensing", "penalty", "coercion"):
        f[f"t2.{key}.decisions"] = t2[key]
    f["t2.fees.amount"] = t2["fees"]
    cols = ("person", "business", "research", "public_interest", "legal_services", "other_org", "total")
    for row, values in t3.items():
        for col, value in zip(cols, values):
            f[f"t3.{row}.{col}"] = value
    results = ("upheld", "corrected", "other", "pending", "total")
    for row, values in zip(("reconsideration", "lawsuit_direct", "lawsuit_after_review"), t4):
        for col, value in zip(results, values + [sum(values)]):
            f[f"t4.{row}.{col}"] = value
    return f


# ------------------------------------------------------------------------------------------------ the forms
def to_html(blocks, title, charset="utf-8"):
    out = [f'<!DOCTYPE html>\n<html><head><meta charset="{charset}"><title>{html.escape(title)}</title></head><body>']
    for kind, content in blocks:
        if kind == "h":
            out.append(f"<p><strong>{html.escape(content)}</strong></p>")
        elif kind == "p":
            out.append(f"<p>{html.escape(content)}</p>")
        else:
            out.append('<table border="1" cellspacing="0">')
            for row in content:
                tds = []
                for c in row:
                    text, colspan, rowspan = cell(c)
                    attrs = (f' colspan="{colspan}"' if colspan > 1 else "") + (f' rowspan="{rowspan}"' if rowspan > 1 else "")
                    tds.append(f"<td{attrs}>{html.escape(text)}</td>")
                out.append("<tr>" + "".join(tds) + "</tr>")
            out.append("</table>")
    out.append("</body></html>\n")
    return "\n".join(out)


def pipe_rows(rows):
    """Rows of a drawn table as `|` rows: a span's covered positions are empty cells, as converters write them."""
    lines = []
    for line in grid(rows):
        lines.append("| " + " | ".join("" if covered else text for text, _, _, covered in line) + " |")
    return lines


def to_markdown(blocks, split_every=None, invented=True, headings="## "):
    """Markdown as a PDF converter writes it: headings, `|` tables with a separator under an invented header row,
    a table split into pieces of `split_every` rows (page breaks) each with a header of its own."""
    out = []
    for kind, content in blocks:
        if kind == "h":
            out += [headings + content, ""]
        elif kind == "p":
            out += [content, ""]
        else:
            rows = pipe_rows(content)
            width = len(grid(content)[0])
            pieces = [rows[i:i + split_every] for i in range(0, len(rows), split_every)] if split_every else [rows]
            for piece in pieces:
                if invented:
                    out.append("| " + " | ".join(f"Column{i + 1}" for i in range(width)) + " |")
                    out.append("|" + "---|" * width)
                out += piece + [""]
    return "\n".join(out)


def to_markdown_html_tables(blocks, title):
    """Markdown as an OCR tool writes it: `#` headings and every table as HTML with its spans, on one line."""
    out = ["# " + title, ""]
    for kind, content in blocks:
        if kind == "h":
            out += ["## " + content, ""]
        elif kind == "p":
            out += [content, ""]
        else:
            cells = []
            for row in content:
                tds = []
                for c in row:
                    text, colspan, rowspan = cell(c)
                    attrs = (f' colspan="{colspan}"' if colspan > 1 else "") + (f' rowspan="{rowspan}"' if rowspan > 1 else "")
                    tds.append(f"<td{attrs}>{html.escape(text)}</td>")
                cells.append("<tr>" + "".join(tds) + "</tr>")
            out += ["<html><body><table>" + "".join(cells) + "</table></body></html>", ""]
    return "\n".join(out)


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_paragraph(text, num=None, bold=False):
    ppr = ""
    if num is not None:
        ppr = f'<w:pPr><w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr></w:pPr>'
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    # A run split in two, as Word splits text at every change of editing session.
    half = len(text) // 2
    runs = "".join(f'<w:r>{rpr}<w:t xml:space="preserve">{html.escape(part)}</w:t></w:r>' for part in (text[:half], text[half:]) if part)
    return f"<w:p>{ppr}{runs}</w:p>"


def docx_table(rows):
    out = ["<w:tbl><w:tblPr><w:tblBorders/></w:tblPr>"]
    for line in grid(rows):
        out.append("<w:tr>")
        for text, colspan, rowspan, covered in line:
            if covered and colspan == 0:
                continue  # inside a gridSpan: no cell of its own
            props = f'<w:gridSpan w:val="{colspan}"/>' if colspan > 1 else ""
            if covered:
                props += "<w:vMerge/>"
                text = ""
            elif rowspan > 1:
                props += '<w:vMerge w:val="restart"/>'
            out.append(f"<w:tc><w:tcPr>{props}</w:tcPr>{docx_paragraph(text)}</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W}">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>
"""


def write_docx(path, blocks, title):
    """A Word document as Word writes one: headings numbered automatically (一、 二、 …), tables with merged
    cells (gridSpan, vMerge), text in several runs, a deleted revision that is no text."""
    body = [docx_paragraph(title, bold=True)]
    for kind, content in blocks:
        if kind == "h":
            # The heading's own number is Word's: the text is written without it.
            text = content.split("、", 1)[1] if "、" in content[:3] else content
            body.append(docx_paragraph(text, num=(1, 0), bold=True))
        elif kind == "p":
            body.append(docx_paragraph(content))
        else:
            body.append(docx_table(content))
    body.append('<w:p><w:del w:id="1" w:author="审核人"><w:r><w:delText>（此段已删除：全年共主动公开政府信息99999条。）</w:delText></w:r></w:del></w:p>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}"><w:body>'
                + "".join(body) + '<w:sectPr/></w:body></w:document>')
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
             '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
             '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
                '</Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", types), ("_rels/.rels", rels), ("word/document.xml", document),
                           ("word/_rels/document.xml.rels", doc_rels), ("word/numbering.xml", NUMBERING)):
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 15, 9, 0, 0))  # fixed: the same bytes every run
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def write_mhtml(path, page_html, location):
    """A browser's "save as single file": MIME multipart/related, the page quoted-printable in GB2312 (as its
    charset says), an image part the reader must pass over."""
    body = quopri.encodestring(page_html.encode("gb2312")).decode("ascii")
    boundary = "----MultipartBoundary--forms2022--"
    text = (
        "From: <Saved by Blink>\r\n"
        "Snapshot-Content-Location: " + location + "\r\n"
        "Subject: =?utf-8?Q?report?=\r\n"
        "Date: Tue, 14 Feb 2023 09:30:00 +0800\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: multipart/related;\r\n"
        "\ttype=\"text/html\";\r\n"
        f"\tboundary=\"{boundary}\"\r\n\r\n\r\n"
        f"--{boundary}\r\n"
        "Content-Type: text/html; charset=\"gb2312\"\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        f"Content-Location: {location}\r\n\r\n"
        + body.replace("\n", "\r\n") + "\r\n"
        f"--{boundary}\r\n"
        "Content-Type: image/png\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "Content-Location: http://example.gov.cn/logo.png\r\n\r\n"
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\r\n"
        f"--{boundary}--\r\n"
    )
    with open(path, "w", encoding="ascii", newline="") as f:
        f.write(text)


def write_with_libreoffice(path, page_html, target):
    """The model's web page converted by LibreOffice (`target`: doc, docx) in a temporary folder and profile."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print(f"skipped {path}: LibreOffice is not installed")
        return False
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "report.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(page_html)
        filt = {"doc": "doc:MS Word 97", "docx": "docx:MS Word 2007 XML"}[target]
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--infilter=HTML (StarWriter)",
                        "--convert-to", filt, "--outdir", os.path.join(tmp, "out"), src], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.copyfile(os.path.join(tmp, "out", "report." + target), path)
    return True


# ------------------------------------------------------------------------------------------------ the cases
def template_report(body, short, year, prose, t2, t3, t4):
    """A 2021-template report: the intro, section one's prose, the three tables, sections five and six."""
    blocks = [
        ("p", f"本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室印发的政府信息公开工作年度报告格式要求编制。"
              f"本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"),
        ("h", "一、总体情况"),
    ] + [("p", p) for p in prose] + [
        ("h", "二、主动公开政府信息情况"),
        ("table", table2(t2)),
        ("h", "三、收到和处理政府信息公开申请情况"),
        ("table", table3(t3)),
        ("h", "四、政府信息公开行政复议、行政诉讼情况"),
        ("table", table4(*t4)),
        ("h", "五、存在的主要问题及改进情况"),
        ("p", f"{year}年，{short}政府信息公开工作仍存在公开内容不够丰富等问题。下一步将加强业务培训，提升公开质量。"),
        ("h", "六、其他需要报告的事项"),
        ("p", "本年度未收取信息处理费。"),
    ]
    return blocks


def zeros():
    return [0] * 6


def case_pipe_text():
    body, year = "桃源镇人民政府", 2023
    t2 = {"rules": (0, 0, 0), "normative": (1, 0, 3), "licensing": 0, "penalty": 15, "coercion": 0, "fees": 0}
    t3 = t3_values([3, 0, 0, 0, 0, 0], zeros(),
                   {"granted": [2, 0, 0, 0, 0, 0], "unavailable.not_held": [1, 0, 0, 0, 0, 0]}, zeros())
    t4 = ([0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0])
    prose = ["（一）主动公开。2023年，全镇共主动公开政府信息412条，主要通过镇政务公开栏和县政府门户网站乡镇专栏发布。",
             "（二）依申请公开。全年共收到政府信息公开申请3件，均已按期答复。",
             "（三）政府信息管理。及时清理镇级文件，确保公开内容准确。"]
    blocks = [("p", f"{body}{year}年政府信息公开工作年度报告")] + template_report(body, "我镇", year, prose, t2, t3, t4)
    # Text copied out of a tool: every table row a `|` row, no separator lines, no headers made up.
    lines = []
    for kind, content in blocks:
        lines += pipe_rows(content) if kind == "table" else [content]
    return "report.txt", "\n".join(lines) + "\n", {
        "about": "A township's 2023 report (2021 template) as text copied from a tool: the three tables as `|` rows "
                 "with the cells a merged cell covers left empty, no separator lines. Read like a web page's rows.",
        "year": year, "region": body, "template_version": 2021,
        "fields": {"proactive.total": 412, "requests.total": 3, "fees.amount": 0, **t_fields(t2, t3, t4[0:3])},
        "flags": [], "no_other_flags": True}


def case_md_split():
    body, year = "云溪县市场监督管理局", 2021
    t2 = {"rules": (0, 0, 0), "normative": (4, 2, 17), "licensing": 3208, "penalty": 416, "coercion": 23, "fees": 0}
    t3 = t3_values([21, 6, 0, 0, 2, 1], [1, 0, 0, 0, 0, 0],
                   {"granted": [9, 3, 0, 0, 1, 0], "partial": [2, 1, 0, 0, 0, 0],
                    "denied.third_party": [1, 0, 0, 0, 0, 0], "unavailable.not_held": [5, 1, 0, 0, 1, 0],
                    "not_processed.petition": [3, 0, 0, 0, 0, 0], "other.other": [1, 0, 0, 0, 0, 1]},
                   [1, 1, 0, 0, 0, 0])
    t4 = ([1, 0, 0, 1], [0, 1, 0, 0], [0, 0, 0, 0])
    prose = ["（一）主动公开。2021年，本局共主动公开政府信息1,276条，行政许可、行政处罚信息已全部在信用信息平台公示。",
             "（二）依申请公开。全年共收到政府信息公开申请30件，上年结转1件。",
             "（三）政府信息管理。本局制发行政规范性文件4件，废止2件。"]
    blocks = template_report(body, "本局", year, prose, t2, t3, t4)
    return "report.md", f"# {body}{year}年政府信息公开工作年度报告\n\n" + to_markdown(blocks, split_every=9), {
        "about": "A county bureau's 2021 report (the first year of the 2021 template) as markdown from a PDF converter: "
                 "## headings, every table split at page breaks into small `|` tables of nine rows, each under an "
                 "invented header (Column1 …) and a separator line; merged cells' positions left empty.",
        "year": year, "region": body, "template_version": 2021,
        "fields": {"proactive.total": 1276, "requests.total": 30, "fees.amount": 0, "proactive.normative_docs": t2["normative"][0],
                   **t_fields(t2, t3, t4)},
        "flags": [], "no_other_flags": True}


def case_md_html():
    body, year = "江州市卫生健康委员会", 2024
    t2 = {"rules": (0, 0, 0), "normative": (6, 1, 38), "licensing": 5120, "penalty": 287, "coercion": 0, "fees": 12.5}
    t3 = t3_values([44, 3, 1, 0, 2, 0], [2, 0, 0, 0, 0, 0],
                   {"granted": [20, 2, 1, 0, 1, 0], "partial": [6, 0, 0, 0, 0, 0],
                    "denied.state_secret": [1, 0, 0, 0, 0, 0], "denied.deliberative": [2, 0, 0, 0, 0, 0],
                    "unavailable.not_held": [9, 1, 0, 0, 1, 0], "unavailable.unclear": [1, 0, 0, 0, 0, 0],
                    "not_processed.duplicate": [3, 0, 0, 0, 0, 0], "other.no_correction": [2, 0, 0, 0, 0, 0]},
                   [2, 0, 0, 0, 0, 0])
    t4 = ([2, 1, 0, 1], [1, 0, 0, 1], [0, 0, 0, 1])
    prose = ["（一）主动公开。2024年，我委共主动公开政府信息2,318条，发布政策解读17篇。",
             "（二）依申请公开。全年共收到政府信息公开申请50件，上年结转2件。",
             "（三）政府信息管理。全年制发行政规范性文件6件。"]
    blocks = template_report(body, "我委", year, prose, t2, t3, t4)
    return "report.md", to_markdown_html_tables(blocks, f"{body}{year}年政府信息公开工作年度报告"), {
        "about": "A city commission's 2024 report as markdown from an OCR tool: # headings and every table as an HTML "
                 "<table> with its rowspans and colspans on one line. Read as a web page's tables.",
        "year": year, "region": body, "template_version": 2021,
        "fields": {"proactive.total": 2318, "response.policy_interpretations": 17, "requests.total": 50,
                   "fees.amount": 0, "proactive.normative_docs": t2["normative"][0],
                   **t_fields(t2, t3, t4)},
        "flags": [], "no_other_flags": True}


def case_docx():
    body, year = "东湖区教育局", 2023
    t2 = {"rules": (0, 0, 0), "normative": (2, 0, 9), "licensing": 146, "penalty": 3, "coercion": 0, "fees": 0}
    t3 = t3_values([17, 0, 0, 1, 0, 0], [0, 0, 0, 0, 0, 0],
                   {"granted": [8, 0, 0, 1, 0, 0], "partial": [1, 0, 0, 0, 0, 0],
                    "unavailable.not_held": [4, 0, 0, 0, 0, 0], "unavailable.needs_creation": [1, 0, 0, 0, 0, 0],
                    "not_processed.petition": [2, 0, 0, 0, 0, 0]},
                   [1, 0, 0, 0, 0, 0])
    t4 = ([1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0])
    prose = ["（一）主动公开。2023年，我局共主动公开政府信息865条，其中招生入学信息214条。",
             "（二）依申请公开。全年共收到政府信息公开申请18件。",
             "（三）政府信息管理。全年制发行政规范性文件2件。"]
    blocks = template_report(body, "我局", year, prose, t2, t3, t4)
    return "report.docx", (blocks, f"{body}{year}年政府信息公开工作年度报告"), {
        "about": "A district bureau's 2023 report as a Word document (written by the script with zipfile): headings "
                 "numbered by Word's automatic numbering (一、 二、 from numbering.xml), text split into runs, the "
                 "three tables with merged cells (gridSpan, vMerge) as Word draws them, and a deleted revision "
                 "holding a number that must not be read (99999).",
        "year": year, "region": body, "template_version": 2021,
        "fields": {"proactive.total": 865, "requests.total": 18, "fees.amount": 0, "proactive.normative_docs": t2["normative"][0],
                   **t_fields(t2, t3, t4)},
        "absent_values": [99999],
        "flags": [], "no_other_flags": True}


def case_mhtml():
    body, year = "云岭省自然资源厅", 2022
    t2 = {"rules": (1, 0, 12), "normative": (5, 3, 41), "licensing": 2764, "penalty": 58, "coercion": 2, "fees": 0}
    t3 = t3_values([131, 12, 2, 1, 9, 4], [6, 1, 0, 0, 0, 0],
                   {"granted": [38, 4, 1, 0, 3, 1], "partial": [11, 2, 0, 0, 1, 0],
                    "denied.prohibited_by_law": [1, 0, 0, 0, 0, 0], "denied.third_party": [4, 1, 0, 0, 0, 0],
                    "denied.internal_affairs": [2, 0, 0, 0, 0, 0], "denied.deliberative": [5, 0, 0, 0, 1, 0],
                    "unavailable.not_held": [48, 4, 1, 1, 3, 2], "unavailable.unclear": [3, 0, 0, 0, 0, 0],
                    "not_processed.petition": [9, 0, 0, 0, 0, 0], "not_processed.duplicate": [6, 1, 0, 0, 0, 0],
                    "other.no_correction": [4, 0, 0, 0, 0, 1], "other.other": [2, 0, 0, 0, 0, 0]},
                   [4, 1, 0, 0, 1, 0])
    t4 = ([6, 1, 2, 3], [4, 0, 1, 2], [1, 0, 0, 1])
    prose = ["（一）主动公开。2022年，我厅共主动公开政府信息4,105条，其中通过厅门户网站公开3,562条。",
             "（二）依申请公开。全年共收到政府信息公开申请159件，上年结转7件。",
             "（三）政府信息管理。全年制定规章1件，制发行政规范性文件5件，废止3件。"]
    blocks = [("p", f"{body}{year}年政府信息公开工作年度报告")] + template_report(body, "我厅", year, prose, t2, t3, t4)
    page = to_html(blocks, f"{body}{year}年政府信息公开工作年度报告", charset="gb2312")
    return "report.mhtml", page, {
        "about": "A provincial department's 2022 report saved by a browser as a single file (.mhtml): MIME "
                 "multipart/related, the page quoted-printable in GB2312 as its part declares, an image part "
                 "passed over.",
        "year": year, "region": body, "template_version": 2021,
        "fields": {"proactive.total": 4105, "proactive.via_website": 3562, "requests.total": 159, "fees.amount": 0,
                   "proactive.normative_docs": t2["normative"][0],
                   **t_fields(t2, t3, t4)},
        "flags": [], "no_other_flags": True}


def case_doc():
    body, year = "白沙镇人民政府", 2017
    blocks = [
        ("p", f"{body}{year}年政府信息公开工作年度报告"),
        ("p", "2017年，我镇认真贯彻落实《中华人民共和国政府信息公开条例》，通过镇政务公开栏和县政府网站主动公开政府信息73条。"
              "全年共收到政府信息公开申请2件，均已按时答复。未发生因政府信息公开申请提起行政复议、行政诉讼的情况，未收取任何费用。"),
        ("p", "存在的主要问题是公开形式比较单一。下一步我镇将进一步丰富公开形式，及时更新公开内容。"),
        ("p", "白沙镇人民政府"),
        ("p", "2018年3月20日"),
    ]
    return "report.doc", to_html(blocks, f"{body}{year}年政府信息公开工作年度报告"), {
        "about": "A township's three-paragraph 2017 report as a Word 97-2003 document (.doc, made by LibreOffice from "
                 "the page; read through LibreOffice: skipped where it is not installed).",
        "year": year, "region": body,
        "fields": {"proactive.total": 73, "requests.total": 2, "appeals.reconsideration": 0, "appeals.lawsuit": 0,
                   "fees.amount": 0},
        "flags": [], "no_other_flags": True}


def case_docx_libreoffice():
    body, year = "清江县司法局", 2022
    t2 = {"rules": (0, 0, 0), "normative": (1, 1, 6), "licensing": 38, "penalty": 0, "coercion": 0, "fees": 0}
    t3 = t3_values([9, 1, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0],
                   {"granted": [5, 1, 0, 0, 0, 0], "unavailable.not_held": [2, 0, 0, 0, 0, 0],
                    "not_processed.petition": [1, 0, 0, 0, 0, 0]},
                   [2, 0, 0, 0, 0, 0])
    t4 = ([0, 0, 0, 0], [0, 0, 0, 1], [0, 0, 0, 0])
    prose = ["（一）主动公开。2022年，我局共主动公开政府信息327条，其中法律援助、人民调解信息96条。",
             "（二）依申请公开。全年共收到政府信息公开申请10件，上年结转1件。",
             "（三）政府信息管理。全年制发行政规范性文件1件，废止1件。"]
    blocks = [("p", f"{body}{year}年政府信息公开工作年度报告")] + template_report(body, "我局", year, prose, t2, t3, t4)
    return "report.docx", ("libreoffice", to_html(blocks, f"{body}{year}年政府信息公开工作年度报告")), {
        "about": "A county bureau's 2022 report as a Word document LibreOffice wrote from the web page (its own "
                 "tblGrid, gridSpan and vMerge, styles and fonts): the tables read as the page's.",
        "year": year, "region": body, "template_version": 2021,
        "fields": {"proactive.total": 327, "requests.total": 10, "fees.amount": 0, "proactive.normative_docs": t2["normative"][0],
                   **t_fields(t2, t3, t4)},
        "flags": [], "no_other_flags": True}


def main():
    cases = {
        "forms-pipe-text-township": case_pipe_text,
        "forms-md-split-tables-bureau": case_md_split,
        "forms-md-html-tables-commission": case_md_html,
        "forms-docx-merged-district": case_docx,
        "forms-mhtml-provincial": case_mhtml,
        "forms-doc-township": case_doc,
        "forms-docx-libreoffice-county": case_docx_libreoffice,
    }
    only = set(sys.argv[1:])
    for name, make in cases.items():
        if only and name not in only:
            continue
        file_name, content, expected = make()
        folder = os.path.join(CASES, name)
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, file_name)
        if file_name.endswith(".docx") and content[0] == "libreoffice":
            if not write_with_libreoffice(path, content[1], "docx"):
                continue
        elif file_name.endswith(".docx"):
            write_docx(path, *content)
        elif file_name.endswith(".mhtml"):
            write_mhtml(path, content, f"http://example.gov.cn/zwgk/ndbg/{name}.html")
        elif file_name.endswith(".doc"):
            if not write_with_libreoffice(path, content, "doc"):
                continue
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(content)
        with open(os.path.join(folder, "expected.json"), "w", encoding="utf-8") as f:
            json.dump(expected, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("wrote", path)


if __name__ == "__main__":
    main()
