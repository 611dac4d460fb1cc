// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A PDF written out by hand, for tests and benchmarks that need PDFs QPdfWriter cannot make (Type 1 fonts,
// encryption, bombs): objects 1..n in order, the cross-reference table and the trailer (Root is object 1).

#include <QByteArray>
#include <QList>

namespace jiaohe::testing {

inline QByteArray handWrittenPdf(const QList<QByteArray>& objects, const QByteArray& trailerExtra = QByteArray())
{
    QByteArray out("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : std::as_const(offsets)) {
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R " + trailerExtra +
           " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace jiaohe::testing
