#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Makes golden cases from a template web-page case laid out the way reports made in WPS or Word often are, printed
to PDF by LibreOffice Writer, with the case's expected.json beside it (the same values: the layout changes, the
figures do not).

The layouts, as the offices' Word and WPS files have them:
  - table 3's outer label (三、本年度办理结果) as a vertical label: a narrow merged column, one character a line;
  - the tables' merged cells (rowspan, colspan) as the case has them;
  - table 3 split across a page break (the case's text before it on A4 puts the break inside the table; the script
    checks that it does, with pdftotext, and stops when a table does not split);
  - and, in the second variant only, the overview (一、总体情况) in two columns, the narrative running from the
    left column into the right one.
Variants: tests/data/cases/<case>-lolayout/ (the first three) and tests/data/cases/<case>-lotwocol/ (all four; the
reader finds the columns and reads each top to bottom, app/document/pdf/Columns.cpp).

The committed PDFs were made by this script with LibreOffice 7.4 (Debian 12: libreoffice-writer-nogui) and the
fonts-noto-cjk fonts. LibreOffice is not needed to run the tests.

Usage: scripts/make-office-layout-pdfs.py [CASE...]   (default: the cases below)
An expected.json that already exists in a -lolayout folder is kept (it may carry changes for the PDF, explained
in its "about"); delete it to make it again from the source case's.
A case the reader gets wrong is not committed under tests/data/cases (the golden test has no expected failures):
it goes under tests/data/pending/ with a line in its README.
"""
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
CASES = ["template2021-html-county", "template2021-html-notes-blanks", "template2019-html-procurement"]
MAX_BYTES = 200 * 1024


def two_column_overview(html):
    """The paragraphs of 一、总体情况 in a two-column section (<multicol>, which Writer's HTML import makes a section
    with two columns, as a Word or WPS document's section break with columns)."""
    m = re.search(r"(<p><(strong|b)>一、总体情况</(?:strong|b)></p>)(.*?)(<p><(?:strong|b)>二、)", html, re.S)
    if not m:
        raise SystemExit("make-office-layout-pdfs: no overview section (一、总体情况) to set in two columns")
    return html[: m.start(3)] + '\n<multicol cols="2" gutter="24">' + m.group(3) + "</multicol>\n" + html[m.start(4):]


def vertical_label(html):
    """Table 3's outer row label (三、本年度办理结果) one character a line in a narrow column."""
    pattern = re.compile(r'<td rowspan="(\d+)">(三、本年度[^<]{2,12})</td>')
    m = pattern.search(html)
    if not m or int(m.group(1)) < 10:
        raise SystemExit("make-office-layout-pdfs: no merged label 三、本年度办理结果 to set vertically")
    label = "<br>".join(m.group(2))
    return html[: m.start()] + f'<td rowspan="{m.group(1)}" width="18">{label}</td>' + html[m.end():]


def page_texts(pdf):
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return out.split("\f")


def table3_splits(pdf):
    """True when table 3's first row (一、本年新收) and its last (四、结转下年度, numbered: the overview's prose says
    结转下年度 too) are on different pages."""
    pages = page_texts(pdf)
    first = next((i for i, t in enumerate(pages) if "本年新收" in t), None)
    last = next((i for i, t in enumerate(pages) if "四、结转下年度" in t or "四、結轉下年度" in t), None)
    return first is not None and last is not None and last > first


def convert(text, work):
    page = work / "report.html"
    page.write_text(text, encoding="utf-8")
    out = work / "out"
    shutil.rmtree(out, ignore_errors=True)
    # The HTML (StarWriter) filter imports into a Writer text document (A4 pages), as scripts/make-lo-pdfs.sh.
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{work}/profile", "--headless", "--infilter=HTML (StarWriter)",
         "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(out), str(page)],
        check=True, capture_output=True)
    pdf = out / "report.pdf"
    if not pdf.is_file() or pdf.stat().st_size == 0:
        raise SystemExit("make-office-layout-pdfs: LibreOffice made no PDF")
    return pdf


def make(case, work, two_columns):
    src = ROOT / "tests/data/cases" / case
    html = next(iter(sorted(src.glob("report.htm*"))), None)
    if html is None:
        raise SystemExit(f"make-office-layout-pdfs: {src} has no report.html")
    base = vertical_label(html.read_text(encoding="utf-8"))
    if two_columns:
        base = two_column_overview(base)
    # Where the case's text alone does not put a page break inside table 3, empty paragraphs before its heading
    # push it down, as a person pressing Enter in Word does, until the table starts on one page and ends on the next.
    for padding in range(0, 61, 3):
        text = re.sub(r"(<p><(?:strong|b)>三、)", "<p>&nbsp;</p>\n" * padding + r"\1", base, count=1)
        pdf = convert(text, work)
        if table3_splits(pdf):
            break
    else:
        raise SystemExit(f"make-office-layout-pdfs: {case}: table 3 never splits across a page break")
    size = pdf.stat().st_size
    if size >= MAX_BYTES:
        raise SystemExit(f"make-office-layout-pdfs: {case}: {size} bytes (over {MAX_BYTES // 1024} KB)")
    dst = ROOT / "tests/data/cases" / (
        f"{case}-lotwocol" if two_columns else f"{case}-lolayout")
    dst.mkdir(parents=True, exist_ok=True)
    shutil.move(str(pdf), dst / "report.pdf")
    expected = dst / "expected.json"
    if not expected.exists():
        data = json.loads((src / "expected.json").read_text(encoding="utf-8"))
        data["about"] = (
            f"LibreOffice 7.4 Writer's PDF of the case {case} laid out as Word and WPS reports often are "
            "(scripts/make-office-layout-pdfs.py): "
            + ("the overview in two columns, " if two_columns else "")
            + "table 3's outer label vertical (a narrow merged column, one character a line), merged cells, table 3 "
            "split across a page break. Expectations unchanged from that case: " + data.get("about", ""))
        expected.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{dst / 'report.pdf'} ({size} bytes, {len(page_texts(dst / 'report.pdf')) - 1} pages)")


def main():
    if shutil.which("soffice") is None:
        raise SystemExit("make-office-layout-pdfs: soffice not found (apt-get install libreoffice-writer-nogui)")
    cases = sys.argv[1:] or CASES
    with tempfile.TemporaryDirectory() as tmp:
        for case in cases:
            for two_columns in (False, True):
                make(case, pathlib.Path(tmp), two_columns)


if __name__ == "__main__":
    main()
