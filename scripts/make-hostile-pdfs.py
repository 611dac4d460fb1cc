#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the hostile PDFs TestHostileFiles reads in a batch, each of which must be refused with its message
within the limits while the next file of the batch is read:

  deflate-bomb.pdf      4 MB: a content stream that inflates to 4 GB, one string operand of it (a reader
                        holding the string needs 4 GB: past the memory limit)
  noop-time-bomb.pdf    2,000 pages sharing one 10 MB stream of no-op drawing commands (q Q), 20 GB to
                        interpret: past the time limit
  deep-tree-objstm.pdf  a page tree 1,025 levels deep whose /Pages nodes are packed in a compressed object
                        stream (with a cross-reference stream), which a scan of the file's bytes cannot see

Usage: make-hostile-pdfs.py OUTDIR   (CTest runs it before TestHostileFiles; a few seconds)
"""
import os
import sys
import zlib


def pdf_with_xref_table(objects, trailer_extra=b""):
    """Objects 1..n (bytes, without `obj`/`endobj`), a classic cross-reference table and the trailer."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer_extra, xref)
    return bytes(out)


def stream(data, extra=b""):
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def repeated_deflate(prefix, chunk, repeats, suffix):
    """zlib data of prefix + chunk * repeats + suffix without compressing it all: after a full flush the
    compressor starts afresh, so the bytes for one chunk can be repeated (the Adler-32 at the end is computed
    the cheap way: over the pieces, as zlib.adler32 allows)."""
    head = zlib.compressobj(9)
    start = head.compress(prefix) + head.flush(zlib.Z_FULL_FLUSH)
    body = zlib.compressobj(9)
    body.compress(b"")  # returns the zlib header alone: dropped
    one = body.compress(chunk) + body.flush(zlib.Z_FULL_FLUSH)
    tail = zlib.compressobj(9)
    end = tail.compress(suffix) + tail.flush(zlib.Z_FINISH)
    end = end[2:-4]  # raw deflate: no header, no checksum
    adler = zlib.adler32(prefix)
    for _ in range(repeats):
        adler = zlib.adler32(chunk, adler)
    adler = zlib.adler32(suffix, adler)
    return start + one * repeats + end + adler.to_bytes(4, "big")


def deflate_bomb():
    chunk = b"A" * (16 * 1024 * 1024)
    data = repeated_deflate(b"BT /F1 12 Tf 72 700 Td (", chunk, 256, b") Tj ET\n")
    return pdf_with_xref_table([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        stream(data, b" /Filter /FlateDecode"),
        FONT,
    ])


def noop_time_bomb():
    pages = 2000
    content = zlib.compress(b"BT /F1 12 Tf 72 700 Td (Annual report 2023) Tj ET\n" + b"q Q " * (10 * 1024 * 1024 // 4), 9)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", stream(content, b" /Filter /FlateDecode"), FONT]
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
    objects[1] = b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages
    for _ in range(pages):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R "
                       b"/Resources << /Font << /F1 4 0 R >> >> >>")
    return pdf_with_xref_table(objects)


def deep_tree_in_object_stream(depth=1025):
    """Catalog 1; /Pages nodes 2 .. depth+1 inside the object stream; the page, its content and font after;
    the object stream, then the cross-reference stream last."""
    first_node, last_node = 2, depth + 1
    page, content, font, objstm, xref_obj = depth + 2, depth + 3, depth + 4, depth + 5, depth + 6
    nodes = []
    for n in range(first_node, last_node + 1):
        kid = n + 1 if n < last_node else page
        parent = b" /Parent %d 0 R" % (n - 1) if n > first_node else b""
        nodes.append((n, b"<< /Type /Pages /Kids [%d 0 R] /Count 1%s >>" % (kid, parent)))
    header = b" ".join(b"%d %d" % (n, 0) for n, _ in nodes)  # offsets filled below
    bodies = b""
    pairs = []
    for n, body in nodes:
        pairs.append(b"%d %d" % (n, len(bodies)))
        bodies += body + b"\n"
    header = b" ".join(pairs) + b"\n"
    packed = zlib.compress(header + bodies, 9)
    objstm_body = stream(packed, b" /Type /ObjStm /N %d /First %d /Filter /FlateDecode" % (len(nodes), len(header)))

    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}

    def put(num, body):
        offsets[num] = len(out)
        out.extend(b"%d 0 obj\n" % num + body + b"\nendobj\n")

    put(1, b"<< /Type /Catalog /Pages 2 0 R >>")
    put(page, b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
              b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (last_node, content, font))
    put(content, stream(b"BT /F1 12 Tf 72 700 Td (Annual report 2023: 12 requests) Tj ET"))
    put(font, FONT)
    put(objstm, objstm_body)
    offsets[xref_obj] = len(out)
    rows = bytearray(b"\x00\x00\x00\x00\x00\xff\xff")  # object 0: free
    index_in_stream = {n: i for i, (n, _) in enumerate(nodes)}
    for num in range(1, xref_obj + 1):
        if num in index_in_stream:
            rows += b"\x02" + objstm.to_bytes(4, "big") + index_in_stream[num].to_bytes(2, "big")
        else:
            rows += b"\x01" + offsets[num].to_bytes(4, "big") + b"\x00\x00"
    xref_stream = stream(zlib.compress(bytes(rows), 9),
                         b" /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R /Filter /FlateDecode" % (xref_obj + 1))
    out.extend(b"%d 0 obj\n" % xref_obj + xref_stream + b"\nendobj\n")
    out.extend(b"startxref\n%d\n%%%%EOF\n" % offsets[xref_obj])
    return bytes(out)


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    for name, make in (("deflate-bomb.pdf", deflate_bomb), ("noop-time-bomb.pdf", noop_time_bomb),
                       ("deep-tree-objstm.pdf", deep_tree_in_object_stream)):
        data = make()
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)
        print(f"{name}: {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
