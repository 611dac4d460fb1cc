// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

struct zip;

namespace jiaohe {

// A ZIP archive in memory (a Word document is one), read with libzip. Nothing is ever written to disk, so an
// entry's name is never a path; still, an archive whose names climb out of it ("../x", "/etc/x"), repeat or
// hold control characters is no Office document and is refused as crafted. Every read is bounded: at most
// MaxEntries entries, at most MaxEntryBytes inflated per entry (checked against the size the archive declares
// and again while inflating, as a bomb may lie about it), encrypted entries refused.
class ZipArchive
{
public:
    static constexpr qint64 MaxEntries = 10000;
    static constexpr qint64 MaxEntryBytes = 64LL * 1024 * 1024;

    explicit ZipArchive(const QByteArray& bytes);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    // Why the archive could not be opened (empty when it is open).
    QString error() const { return m_error; }
    bool contains(const QString& name) const;
    // The inflated bytes of the entry `name`; nothing, with `error` filled, when it is missing, too large,
    // encrypted or damaged.
    std::optional<QByteArray> read(const QString& name, QString* error, qint64 limit = MaxEntryBytes) const;

private:
    QString checkNames();

    QByteArray m_bytes; // libzip reads from this buffer: it must outlive m_zip
    zip* m_zip = nullptr;
    QString m_error;
};

} // namespace jiaohe
