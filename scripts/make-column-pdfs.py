#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Makes pending golden cases of reports whose narrative is set in two or three columns, as reports printed from
Word, WPS, LibreOffice or a browser sometimes are: tests/data/pending/<case>-<layout>/report.pdf with an
expected.json copied from the source case in tests/data/cases (the layout changes, the figures do not). A case the
reader reads right is moved to tests/data/cases/ by hand (ten of the twelve are there now; the pending README says
why the other two fail). Run again, the script writes every case to tests/data/pending/: compare before moving.

The layouts (one case each):
  chrome2col   template2021-html-county's web page with the overview (一、总体情况) in CSS column-count: 2,
               the tables below it full width (Chromium "Save as PDF");
               the Chromium pages set no bold (Chromium draws a synthetic bold of a font without one as Type 3
               glyphs, which put a page over 200 KB)
  chrome3rule  mixed-errors-city as a web page, everything after the title in column-count: 3 with a
               column-rule (a drawn line between the columns) (Chromium);
  chrome2rule  clean-county-words as a web page in column-count: 2 with a column-rule, justified (Chromium);
  chromecollapse  not columns: template2021-html-county's web page with table{border-collapse:collapse}, a
               line of CSS portals often have (Chromium); found while making chrome2col;
  lo2colpages  long-paragraphs-district (a pre-2019 narrative, no tables) in a two-column section that runs over
               three pages, columns not balanced (the last page's right column short or empty), a centred page
               number "— n —" in the footer under the gutter (LibreOffice Writer, from a flat ODT);
  lo2colnarrow errors-district in a balanced two-column section with a 0.4 cm gutter, justified (LibreOffice);
  lo2colwide   early-cumulative-county in a two-column section with a 3 cm gutter and a line between the columns
               (LibreOffice);
  lo2colmiddle clean-county-words with 一 full width, 二–四 in a two-column section, 五–六 full width again, all
               on one page (LibreOffice);
  lo2colall    percent-bases-county with the page style in two columns (Word's Columns on the whole document):
               the title in the left column too, the columns filled one after the other, 10.5pt (LibreOffice);
  lo2coltable  template2021-html-county's web page opened in Writer with the overview in a two-column section
               with a narrow gutter (12 px), followed at once by the heading 二 and table 1 (LibreOffice);
  lo2coledge   mixed-errors-city with 一–二 full width and 三–六 in two columns (a column break before 五): the
               script searches the gutter width and font size until a left-column line ends in prose
               ("…申请") with the next left line starting with its number (215件), level with a right-column
               line that starts with another number ("3件、行政诉讼1件…"), so a line read across both columns
               glues a wrong number to the left column's words (LibreOffice).
  lo2coledge2  clean-county-words with section 三 alone in a balanced two-column section, gutter and size
               searched until the left line ending "…共收到政府信息公开申请" (next left line "25 件，…") is level
               with the right line starting "18 件，同意部分公开…": glued, the request total reads 18 (LibreOffice).
Every PDF is checked with `pdftotext -layout` to really have the columns (rows with text on both sides of the
gutter) and to be under 200 KB.

Tools the committed PDFs were made with (Debian 12): LibreOffice 7.4 (libreoffice-writer-nogui), Chromium 156
(chromium), fonts-noto-cjk (LibreOffice's CJK font) and fonts-wqy-microhei (the Chromium pages name
"WenQuanYi Micro Hei", a TrueType font Chromium subsets: with Noto CJK its PDFs are over 200 KB), poppler-utils.
None of them is needed to run the tests.

Usage: scripts/make-column-pdfs.py [--control DIR] [LAYOUT...]   (default: all)
--control DIR makes the same documents with their columns taken out (one column, everything else as it is) into
DIR/<case>-<layout>-onecol/, not committed: run the reader on them to tell a failure of the columns from one of
the producer, the font or the text.
An expected.json that already exists in a case folder is kept (it may carry changes, explained in its "about");
delete it to make it again from the source case's.
"""
import html
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
CASES = ROOT / "tests/data/cases"
PENDING = ROOT / "tests/data/pending"
MAX_BYTES = 200 * 1024
HEADING = re.compile(r"^[一二三四五六七八九十]+、")
# --control DIR: the same documents with one column, into DIR (not committed): a control that tells a failure
# of the columns from a failure of the producer, the font or the text.
CONTROL = None


def one_column(text):
    """The document of a layout with its columns taken out (CSS column-count, ODF columns and column breaks,
    Writer's HTML <multicol>), everything else kept."""
    if CONTROL is None:
        return text
    text = re.sub(r"column-count:\s*\d", "column-count:1", text)
    text = re.sub(r'fo:column-count="\d"', 'fo:column-count="1"', text)
    text = text.replace(' fo:break-before="column"', "")
    return re.sub(r'<multicol cols="\d"', '<multicol cols="1"', text)


# ---------------------------------------------------------------------------------------------- source text

def text_case(case):
    """(title, paragraphs) of a plain-text case: paragraphs split at blank lines (or at single newlines within
    a block), the full-width indent dropped (the layouts indent by style)."""
    raw = (CASES / case / "report.txt").read_text(encoding="utf-8")
    paras = [p.strip().lstrip("\u3000").strip() for p in re.split(r"\n", raw)]
    paras = [p for p in paras if p]
    return paras[0], paras[1:]


def heading_index(paras, number):
    return next(i for i, p in enumerate(paras) if p.startswith(number + "、"))


# ---------------------------------------------------------------------------------------------- tools

def run(args, **kw):
    return subprocess.run(args, check=True, capture_output=True, **kw)


def layout_rows(pdf):
    return run(["pdftotext", "-layout", str(pdf), "-"], text=True).stdout.split("\n")


def page_count(pdf):
    return len(run(["pdftotext", "-layout", str(pdf), "-"], text=True).stdout.split("\f")) - 1


def column_rows(pdf, columns=2):
    """Rows of `pdftotext -layout` with text in `columns` blocks separated by a run of at least two spaces, each
    block at least four characters long: lines of running text side by side."""
    n = 0
    for row in layout_rows(pdf):
        parts = [p for p in re.split(r" {2,}", row.strip()) if p]
        if len(parts) >= columns and all(len(p) >= 4 for p in parts[:columns]):
            n += 1
    return n


def soffice(files, work):
    for f in files:
        f.write_text(one_column(f.read_text(encoding="utf-8")), encoding="utf-8")
    out = work / "out"
    out.mkdir(exist_ok=True)
    run(["soffice", f"-env:UserInstallation=file://{work}/profile", "--headless", "--convert-to",
         "pdf:writer_pdf_Export", "--outdir", str(out)] + [str(f) for f in files])
    return [out / (f.stem + ".pdf") for f in files]


def soffice_html(page, work):
    page.write_text(one_column(page.read_text(encoding="utf-8")), encoding="utf-8")
    out = work / "out"
    run(["soffice", f"-env:UserInstallation=file://{work}/profile", "--headless", "--infilter=HTML (StarWriter)",
         "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(out), str(page)])
    return out / (page.stem + ".pdf")


def chromium(page, work):
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    page.write_text(one_column(page.read_text(encoding="utf-8")), encoding="utf-8")
    pdf = work / (page.stem + ".pdf")
    pdf.unlink(missing_ok=True)
    # As scripts/make-chromium-pdfs.sh: own profile, no header or footer, Simplified Chinese fonts.
    run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--lang=zh-CN", f"--user-data-dir={work}/chrome",
         "--no-pdf-header-footer", f"--print-to-pdf={pdf}", f"file://{page}"])
    return pdf


# ---------------------------------------------------------------------------------------------- documents

def html_page(title, body, css):
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>' + html.escape(title) + "</title><style>"
            "body{font-family:'WenQuanYi Micro Hei',sans-serif;font-size:12pt;line-height:1.6}"
            "h1{font-size:18pt;text-align:center;font-weight:normal}"
            "p{margin:0.2em 0;text-indent:2em;text-align:justify}strong{font-weight:normal}" + css + "</style></head>\n<body>\n<h1>"
            + html.escape(title) + "</h1>\n" + body + "\n</body></html>\n")


def html_paras(paras):
    out = []
    for p in paras:
        if HEADING.match(p):
            out.append(f"<p><strong>{html.escape(p)}</strong></p>")
        else:
            out.append(f"<p>{html.escape(p)}</p>")
    return "\n".join(out)


FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Noto Serif CJK SC" svg:font-family="'Noto Serif CJK SC'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:text-properties style:font-name="Noto Serif CJK SC" style:font-name-asian="Noto Serif CJK SC"
   fo:font-size="{size}pt" style:font-size-asian="{size}pt" fo:language="zh" fo:country="CN"
   style:language-asian="zh" style:country-asian="CN"/>
 </style:default-style>
 <style:style style:name="Body" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:text-indent="{indent}pt" fo:margin-top="0pt"
   fo:margin-bottom="0pt" fo:line-height="135%"/>
 </style:style>
 <style:style style:name="Head" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-top="3pt"/>
  <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="12pt"/>
  <style:text-properties fo:font-size="18pt" style:font-size-asian="18pt"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2.5cm"
   fo:margin-bottom="{bottom}" fo:margin-left="2.8cm" fo:margin-right="2.6cm">{page_columns}
  </style:page-layout-properties>
  {footer_style}
 </style:page-layout>
 <style:style style:name="Cols" style:family="section">
  <style:section-properties text:dont-balance-text-columns="{dont_balance}">
   <style:columns fo:column-count="{columns}" fo:column-gap="{gap}">{sep}</style:columns>
  </style:section-properties>
 </style:style>
 <style:style style:name="BodyColumnBreak" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:break-before="column"/>
 </style:style>
 <style:style style:name="HeadColumnBreak" style:family="paragraph" style:parent-style-name="Head">
  <style:paragraph-properties fo:break-before="column"/>
 </style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">{footer}</style:master-page>
</office:master-styles>
<office:body><office:text>
"""


def fodt(title, before, columns_part, after, *, size=12, gap="1cm", columns=2, balance=True, rule=False,
         page_number=False, column_break_at=None, page_columns=False):
    """A flat ODT: the title, `before` full width, `columns_part` in a section of `columns` columns, `after` full
    width. `column_break_at`: index in columns_part of a paragraph that starts the next column. `page_columns`:
    the page style has the columns (Word's Layout → Columns on the whole document): everything, the title too,
    runs in them, and there is no section."""
    sep = ('<style:column-sep style:width="0.02cm" style:color="#000000" style:height="100%"'
           ' style:vertical-align="top"/>') if rule else ""
    footer_style = ('<style:footer-style><style:header-footer-properties fo:min-height="0.6cm"'
                    ' fo:margin-top="0.3cm"/></style:footer-style>') if page_number else ""
    footer = ('<style:footer><text:p text:style-name="Footer">— <text:page-number text:select-page="current"/>'
              ' —</text:p></style:footer>') if page_number else ""
    head = FODT_HEAD
    for key, value in {"size": size, "indent": 2 * size, "bottom": "1.8cm" if page_number else "2.5cm",
                       "footer_style": footer_style, "dont_balance": "false" if balance else "true",
                       "columns": columns, "gap": gap, "sep": sep, "footer": footer,
                       "page_columns": (f'<style:columns fo:column-count="{columns}" fo:column-gap="{gap}">{sep}'
                                        "</style:columns>") if page_columns else ""}.items():
        head = head.replace("{" + key + "}", str(value))

    def paras(ps, breaks=None):
        out = []
        for i, p in enumerate(ps):
            style = "Head" if HEADING.match(p) else "Body"
            if i == breaks:
                style += "ColumnBreak"
            out.append(f'<text:p text:style-name="{style}">{html.escape(p, quote=False)}</text:p>')
        return "\n".join(out)

    title = f'<text:p text:style-name="Title">{html.escape(title, quote=False)}</text:p>'
    if page_columns:
        body = [title, paras(before + columns_part + after)]
    else:
        body = [title, paras(before), '<text:section text:style-name="Cols" text:name="Columns">',
                paras(columns_part, column_break_at), "</text:section>", paras(after)]
    return head + "\n".join(body) + "\n</office:text></office:body></office:document>\n"


# ---------------------------------------------------------------------------------------------- cases

def case_chrome2col(work):
    src = "template2021-html-county"
    page = (CASES / src / "report.html").read_text(encoding="utf-8")
    m = re.search(r"(<p><strong>一、总体情况</strong></p>)(.*?)(<p><strong>二、)", page, re.S)
    page = (page[: m.end(1)] + '\n<div style="column-count:2;column-gap:2em">' + m.group(2) + "</div>\n"
            + page[m.start(3):])
    css = ("<style>body{font-family:'WenQuanYi Micro Hei',sans-serif;font-size:12pt;line-height:1.6}"
           "p{text-indent:2em;text-align:justify;margin:0.2em 0}"
           "h1,strong{font-weight:normal}</style>")
    page = page.replace("</head>", css + "</head>", 1)
    f = work / "chrome2col.html"
    f.write_text(page, encoding="utf-8")
    return src, chromium(f, work), 2, (
        "Chromium 156's \"Save as PDF\" of the case's web page with the overview (一、总体情况, its five "
        "paragraphs (一)…(五)) in CSS column-count: 2 (gap 2em, justified), the heading 二 and the three tables "
        "full width below, font WenQuanYi Micro Hei")


def case_chrome3rule(work):
    src = "mixed-errors-city"
    title, paras = text_case(src)
    body = ('<div style="column-count:3;column-gap:1.6em;column-rule:1px solid #444">' + html_paras(paras)
            + "</div>")
    f = work / "chrome3rule.html"
    f.write_text(html_page(title, body, "body{font-size:11pt}"), encoding="utf-8")
    return src, chromium(f, work), 3, (
        "Chromium 156's \"Save as PDF\" of the case's text as a web page: the title full width, everything "
        "after it in CSS column-count: 3 with a column-rule (a 1px line drawn between the columns), justified, "
        "font WenQuanYi Micro Hei 11pt")


def case_chrome2rule(work):
    src = "clean-county-words"
    title, paras = text_case(src)
    body = ('<div style="column-count:2;column-gap:2.4em;column-rule:1px solid #000">' + html_paras(paras)
            + "</div>")
    f = work / "chrome2rule.html"
    f.write_text(html_page(title, body, ""), encoding="utf-8")
    return src, chromium(f, work), 2, (
        "Chromium 156's \"Save as PDF\" of the case's text as a web page: the title full width, everything "
        "after it in CSS column-count: 2 with a column-rule (a 1px line between the columns), justified, font "
        "WenQuanYi Micro Hei 12pt")


def lo_case(work, name, text):
    f = work / f"{name}.fodt"
    f.write_text(text, encoding="utf-8")
    return soffice([f], work)[0]


def case_chromecollapse(work):
    src = "template2021-html-county"
    page = (CASES / src / "report.html").read_text(encoding="utf-8")
    css = ("<style>body{font-family:'WenQuanYi Micro Hei',sans-serif}h1,strong{font-weight:normal}"
           "table{border-collapse:collapse}</style>")
    f = work / "chromecollapse.html"
    f.write_text(page.replace("</head>", css + "</head>", 1), encoding="utf-8")
    return src, chromium(f, work), 0, (
        "Chromium 156's \"Save as PDF\" of the case's web page with one line of CSS a portal's style sheet often "
        "has, table{border-collapse:collapse} (one ruled line between cells instead of each cell's own box), font "
        "WenQuanYi Micro Hei, no columns: found while making the column cases (the overview in columns over such "
        "tables failed in the tables, and so did the same page in one column)")


def case_lo2colpages(work):
    src = "long-paragraphs-district"
    title, paras = text_case(src)
    pdf = lo_case(work, "lo2colpages", fodt(title, [], paras, [], size=14, gap="0.8cm", balance=False,
                                            page_number=True))
    pages = page_count(pdf)
    if pages < 2:
        raise SystemExit(f"make-column-pdfs: lo2colpages has {pages} page(s), not 2 or more")
    return src, pdf, 2, (
        f"LibreOffice 7.4 Writer's PDF of the case's text (from a flat ODT): the title full width, the whole "
        f"narrative in one two-column section (gutter 0.8 cm, justified, 14pt Noto Serif CJK SC) running over "
        f"{pages} pages, the columns not balanced (each page's left column filled first, the last page's right "
        f"column short), a centred page number \"— n —\" in each page's footer, under the gutter")


def case_lo2colnarrow(work):
    src = "errors-district"
    title, paras = text_case(src)
    pdf = lo_case(work, "lo2colnarrow", fodt(title, [], paras, [], size=12, gap="0.4cm"))
    return src, pdf, 2, (
        "LibreOffice 7.4 Writer's PDF of the case's text (from a flat ODT): the title full width, all sections "
        "in a balanced two-column section with a narrow gutter (0.4 cm), justified, 12pt Noto Serif CJK SC")


def case_lo2colwide(work):
    src = "early-cumulative-county"
    title, paras = text_case(src)
    pdf = lo_case(work, "lo2colwide", fodt(title, paras[:1], paras[1:], [], size=11, gap="3cm", rule=True))
    return src, pdf, 2, (
        "LibreOffice 7.4 Writer's PDF of the case's text (from a flat ODT): the title and the opening paragraph "
        "full width, sections 一–四 in a balanced two-column section with a wide gutter (3 cm) and a line drawn "
        "in it, justified, 11pt Noto Serif CJK SC")


def case_lo2colmiddle(work):
    src = "clean-county-words"
    title, paras = text_case(src)
    two, five = heading_index(paras, "二"), heading_index(paras, "五")
    pdf = lo_case(work, "lo2colmiddle", fodt(title, paras[:two], paras[two:five], paras[five:], size=12,
                                             gap="1cm"))
    if page_count(pdf) != 1:
        raise SystemExit("make-column-pdfs: lo2colmiddle is not one page")
    return src, pdf, 2, (
        "LibreOffice 7.4 Writer's PDF of the case's text (from a flat ODT), one page: the title, the opening "
        "paragraph and section 一 full width, sections 二–四 in a balanced two-column section (gutter 1 cm), "
        "sections 五–六 full width again below it, justified, 12pt Noto Serif CJK SC")


def case_lo2coltable(work):
    src = "template2021-html-county"
    page = (CASES / src / "report.html").read_text(encoding="utf-8")
    m = re.search(r"(<p><strong>一、总体情况</strong></p>)(.*?)(<p><strong>二、)", page, re.S)
    page = page[: m.end(1)] + '\n<multicol cols="2" gutter="12">' + m.group(2) + "</multicol>\n" + page[m.start(3):]
    f = work / "lo2coltable.html"
    f.write_text(page, encoding="utf-8")
    return src, soffice_html(f, work), 2, (
        "LibreOffice 7.4 Writer's PDF of the case's web page opened in Writer (HTML import, A4) with the overview "
        "(一、总体情况) in a two-column section with a narrow gutter (<multicol gutter=12>, about 0.3 cm), "
        "followed at once by the heading 二 and table 1")


KEYWORD = re.compile(r"(申请|复议|诉讼|公开)$")


def case_lo2colall(work):
    src = "percent-bases-county"
    title, paras = text_case(src)
    pdf = lo_case(work, "lo2colall", fodt(title, [], paras, [], size=10.5, gap="0.75cm", page_columns=True,
                                          page_number=True))
    return src, pdf, 2, (
        f"LibreOffice 7.4 Writer's PDF of the case's text (from a flat ODT) with the page style in two columns "
        f"(as Word's Layout → Columns → Two on the whole document): the title too is in the left column, "
        f"nothing full width; gutter 0.75 cm, justified, 10.5pt (五号) Noto Serif CJK SC, {page_count(pdf)} "
        f"page(s), the columns filled one after the other (not balanced), a centred page number in the footer")


def edge_rows(pdf):
    """Rows r where a line read across both columns would glue a number to the other column's words: the left
    line ends in prose or a number cut by the line break and the right line level with it starts with a number
    and 件 ("left words + right number"), or the right line ends in a keyword (申请, 复议, 诉讼, 公开) and the left
    column's next line starts with a number and 件 ("right words + left number"). Each hit: (rank, description)."""
    rows = layout_rows(pdf)
    split = [[p for p in re.split(r" {2,}", row.strip()) if p] for row in rows]
    number = re.compile(r"\d[\d,]*\s?件")
    found = []
    for r in range(len(split) - 1):
        a, b = split[r], split[r + 1]
        if len(a) != 2 or len(b) < 1 or rows[r + 1].startswith(" " * 8):
            continue
        left, right, next_left = a[0], a[1], b[0]
        if KEYWORD.search(right) and number.match(next_left):
            found.append((0, f"the right column's line ending \"…{right[-10:]}\" is level with the left "
                             f"column's line ending \"…{left[-10:]}\", whose next line starts \"{next_left[:8]}…\""))
        if re.search(r"[\u4e00-\u9fff\d]$", left) and number.match(right) and number.match(next_left):
            found.append((1, f"the left column's line ending \"…{left[-10:]}\" (its next line starts "
                             f"\"{next_left[:8]}…\") is level with the right column's line starting \"{right[:10]}…\""))
    return found


def case_lo2coledge(work):
    src = "mixed-errors-city"
    title, paras = text_case(src)
    three, five = heading_index(paras, "三"), heading_index(paras, "五")
    candidates = []
    for size in (12, 13, 14):
        for tenths in range(4, 31, 2):
            name = f"edge-{size}-{tenths}"
            f = work / f"{name}.fodt"
            f.write_text(fodt(title, paras[:three], paras[three:], [], size=size, gap=f"{tenths / 10}cm",
                              balance=False, column_break_at=five - three), encoding="utf-8")
            candidates.append((size, tenths, f))
    global CONTROL
    control, CONTROL = CONTROL, None
    pdfs = soffice([f for _, _, f in candidates], work)
    CONTROL = control
    best = None
    for (size, tenths, _), pdf in zip(candidates, pdfs):
        for rank, where in edge_rows(pdf):
            if best is None or rank < best[0]:
                best = (rank, size, tenths, pdf, where)
    if best is None:
        raise SystemExit("make-column-pdfs: lo2coledge: no gutter and size put a number at the column edge")
    _, size, tenths, pdf, where = best
    if CONTROL is not None:
        pdf = soffice([work / f"edge-{size}-{tenths}.fodt"], work)[0]
    return src, pdf, 2, (
        f"LibreOffice 7.4 Writer's PDF of the case's text (from a flat ODT): the title and sections 一–二 full "
        f"width, sections 三–六 in a two-column section (gutter {tenths / 10} cm, justified, {size}pt Noto Serif "
        f"CJK SC, a column break before 五). The script chose the gutter and size so that {where}: a line read "
        f"across both columns glues a number to the other column's words")


def case_lo2coledge2(work):
    src = "clean-county-words"
    title, paras = text_case(src)
    three, four = heading_index(paras, "三"), heading_index(paras, "四")
    number = re.compile(r"\d[\d,]*\s?件")
    candidates = []
    for size in (12, 13, 14):
        for tenths in range(3, 40, 2):
            f = work / f"edge2-{size}-{tenths}.fodt"
            f.write_text(fodt(title, paras[:three], paras[three:four], paras[four:], size=size,
                              gap=f"{tenths / 10}cm"), encoding="utf-8")
            candidates.append((tenths, size, f))
    global CONTROL
    control, CONTROL = CONTROL, None
    pdfs = soffice([f for _, _, f in candidates], work)
    CONTROL = control
    for (tenths, size, f), pdf in sorted(zip(candidates, pdfs), key=lambda c: c[0][:2]):
        rows = layout_rows(pdf)
        split = [[p for p in re.split(r" {2,}", row.strip()) if p] for row in rows]
        for r in range(len(split) - 1):
            a, b = split[r], split[r + 1]
            if (len(a) == 2 and b and not rows[r + 1].startswith(" " * 8) and a[0].endswith("申请")
                    and number.match(a[1]) and number.match(b[0])):
                if CONTROL is not None:
                    pdf = soffice([f], work)[0]
                return src, pdf, 2, (
                    f"LibreOffice 7.4 Writer's PDF of the case's text (from a flat ODT): sections 一–二 and 四–六 "
                    f"full width, section 三 alone in a balanced two-column section (gutter {tenths / 10} cm, "
                    f"justified, {size}pt Noto Serif CJK SC). The script chose the gutter and size so that the "
                    f"left column's line ending \"…{a[0][-10:]}\" (its number starts the next left line: "
                    f"\"{b[0][:8]}…\") is level with the right column's line starting \"{a[1][:10]}…\": a line "
                    f"read across both columns gives the request total the right column's number")
    raise SystemExit("make-column-pdfs: lo2coledge2: no gutter and size put 申请 level with a number")


LAYOUTS = {
    "chrome2col": case_chrome2col, "chrome3rule": case_chrome3rule, "chrome2rule": case_chrome2rule,
    "chromecollapse": case_chromecollapse, "lo2colpages": case_lo2colpages, "lo2colnarrow": case_lo2colnarrow,
    "lo2colwide": case_lo2colwide, "lo2colmiddle": case_lo2colmiddle, "lo2colall": case_lo2colall,
    "lo2coltable": case_lo2coltable, "lo2coledge": case_lo2coledge, "lo2coledge2": case_lo2coledge2,
}


def make(layout, work):
    src, pdf, columns, about = LAYOUTS[layout](work)
    if not pdf.is_file() or pdf.stat().st_size == 0:
        raise SystemExit(f"make-column-pdfs: {layout}: no PDF made")
    size = pdf.stat().st_size
    if size >= MAX_BYTES:
        raise SystemExit(f"make-column-pdfs: {layout}: {size} bytes (over {MAX_BYTES // 1024} KB)")
    if CONTROL is not None:
        dst = CONTROL / f"{src}-{layout}-onecol"
        dst.mkdir(parents=True, exist_ok=True)
        shutil.copy(pdf, dst / "report.pdf")
        shutil.copy(CASES / src / "expected.json", dst / "expected.json")
        print(f"{dst / 'report.pdf'} (control, one column)")
        return
    rows = column_rows(pdf, columns) if columns else 0
    if columns and rows < 3:
        raise SystemExit(f"make-column-pdfs: {layout}: only {rows} rows of text in {columns} columns")
    dst = PENDING / f"{src}-{layout}"
    dst.mkdir(parents=True, exist_ok=True)
    shutil.copy(pdf, dst / "report.pdf")
    expected = dst / "expected.json"
    if not expected.exists():
        data = json.loads((CASES / src / "expected.json").read_text(encoding="utf-8"))
        data["about"] = (about + " (scripts/make-column-pdfs.py). Expected values, flags and absent values "
                         f"copied unchanged from tests/data/cases/{src}: " + data.get("about", ""))
        expected.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{dst / 'report.pdf'} ({size} bytes, {rows} rows in {columns} columns)")


def main():
    for tool in ("soffice", "pdftotext"):
        if shutil.which(tool) is None:
            raise SystemExit(f"make-column-pdfs: {tool} not found")
    global CONTROL
    args = sys.argv[1:]
    if args[:1] == ["--control"]:
        CONTROL = pathlib.Path(args[1]).resolve()
        args = args[2:]
    layouts = args or list(LAYOUTS)
    with tempfile.TemporaryDirectory() as tmp:
        for layout in layouts:
            make(layout, pathlib.Path(tmp))


if __name__ == "__main__":
    main()
