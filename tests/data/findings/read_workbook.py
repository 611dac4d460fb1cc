# The findings workbook as Python's zipfile reads it (TestFindings): prints
# {"sheets": [names], "rows": {sheet: [[cells]]}, "xml": {sheet: text}} with the shared strings resolved;
# a cell is its text, or {"n": value} for a number; rows[i] is the sheet's row i + 1.
import json, re, sys, zipfile
from xml.etree import ElementTree as ET
ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
z = zipfile.ZipFile(sys.argv[1])
strings = []
if "xl/sharedStrings.xml" in z.namelist():
    for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", ns):
        strings.append("".join(t.text or "" for t in si.iter("{%s}t" % ns["m"])))
book = ET.fromstring(z.read("xl/workbook.xml"))
names = [s.get("name") for s in book.find("m:sheets", ns)]
out = {"sheets": names, "rows": {}, "xml": {}}
for i, name in enumerate(names, 1):
    xml = z.read("xl/worksheets/sheet%d.xml" % i).decode("utf-8")
    out["xml"][name] = xml
    rows = []
    for row in ET.fromstring(xml).iter("{%s}row" % ns["m"]):
        cells = {}
        for c in row.findall("m:c", ns):
            col = re.match(r"[A-Z]+", c.get("r")).group(0)
            index = 0
            for ch in col:
                index = index * 26 + ord(ch) - 64
            v = c.find("m:v", ns)
            if v is None:
                continue
            cells[index - 1] = strings[int(v.text)] if c.get("t") == "s" else {"n": float(v.text)}
        number = int(row.get("r"))  # rows with no cell are not written: keep the numbering
        while len(rows) < number - 1:
            rows.append([])
        rows.append([cells.get(k, "") for k in range(max(cells) + 1)] if cells else [])
    out["rows"][name] = rows
print(json.dumps(out, ensure_ascii=False))
