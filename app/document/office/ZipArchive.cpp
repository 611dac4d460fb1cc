// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/office/ZipArchive.h"

#include <QCoreApplication>
#include <QSet>

#include <zip.h>

namespace jiaohe {

namespace {

// A name no Office program writes: a path out of the archive, an absolute one, or one with control characters.
bool isCraftedName(const QByteArray& name)
{
    if (name.isEmpty() || name.startsWith('/') || name.startsWith('\\') || name.contains(':')) {
        return true;
    }
    for (const char c : name) {
        if (static_cast<unsigned char>(c) < 0x20) {
            return true;
        }
    }
    const QList<QByteArray> parts = QByteArray(name).replace('\\', '/').split('/');
    for (const QByteArray& part : parts) {
        if (part == "..") {
            return true;
        }
    }
    return false;
}

} // namespace

ZipArchive::ZipArchive(const QByteArray& bytes) : m_bytes(bytes)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(m_bytes.constData(), zip_uint64_t(m_bytes.size()), 0, &error);
    if (source) {
        m_zip = zip_open_from_source(source, ZIP_RDONLY, &error);
        if (!m_zip) {
            zip_source_free(source);
        }
    }
    if (!m_zip) {
        m_error = QCoreApplication::translate("jiaohe::DocumentLoader",
                                              "it is not a ZIP archive or the archive is damaged (%1)")
                      .arg(QString::fromUtf8(zip_error_strerror(&error)));
        zip_error_fini(&error);
        return;
    }
    zip_error_fini(&error);
    m_error = checkNames();
    if (!m_error.isEmpty()) {
        zip_discard(m_zip);
        m_zip = nullptr;
    }
}

ZipArchive::~ZipArchive()
{
    if (m_zip) {
        zip_discard(m_zip); // read only: nothing to write back
    }
}

QString ZipArchive::checkNames()
{
    const zip_int64_t n = zip_get_num_entries(m_zip, 0);
    if (n < 0 || n > MaxEntries) {
        return QCoreApplication::translate("jiaohe::DocumentLoader",
                                           "the archive holds %1 entries, more than the %2 an Office document has")
            .arg(n)
            .arg(MaxEntries);
    }
    QSet<QByteArray> seen;
    for (zip_int64_t i = 0; i < n; ++i) {
        const char* raw = zip_get_name(m_zip, zip_uint64_t(i), ZIP_FL_ENC_RAW);
        const QByteArray name = raw ? QByteArray(raw) : QByteArray();
        if (isCraftedName(name) || seen.contains(name)) {
            return QCoreApplication::translate("jiaohe::DocumentLoader",
                                               "the archive is crafted: entry %1 has a name no Office program writes")
                .arg(i + 1);
        }
        seen.insert(name);
    }
    return QString();
}

bool ZipArchive::contains(const QString& name) const
{
    return m_zip && zip_name_locate(m_zip, name.toUtf8().constData(), 0) >= 0;
}

std::optional<QByteArray> ZipArchive::read(const QString& name, QString* error, qint64 limit) const
{
    if (!m_zip) {
        *error = m_error;
        return std::nullopt;
    }
    const zip_int64_t index = zip_name_locate(m_zip, name.toUtf8().constData(), 0);
    if (index < 0) {
        *error = QCoreApplication::translate("jiaohe::DocumentLoader", "the part %1 is missing").arg(name);
        return std::nullopt;
    }
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(m_zip, zip_uint64_t(index), 0, &st) != 0) {
        *error = QCoreApplication::translate("jiaohe::DocumentLoader", "the part %1 cannot be read").arg(name);
        return std::nullopt;
    }
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
        *error = QCoreApplication::translate(
            "jiaohe::DocumentLoader", "the document is protected by a password; save a copy without the password");
        return std::nullopt;
    }
    auto tooLarge = [&] {
        return QCoreApplication::translate("jiaohe::DocumentLoader",
                                           "the part %1 inflates to more than %2 MB: not a report, perhaps a ZIP bomb")
            .arg(name)
            .arg(limit / (1024 * 1024));
    };
    if ((st.valid & ZIP_STAT_SIZE) && st.size > zip_uint64_t(limit)) {
        *error = tooLarge();
        return std::nullopt;
    }
    zip_file_t* file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!file) {
        *error = QCoreApplication::translate("jiaohe::DocumentLoader", "the part %1 cannot be read: %2")
                     .arg(name, QString::fromUtf8(zip_strerror(m_zip)));
        return std::nullopt;
    }
    // Inflated in steps up to the limit, whatever size the archive declared.
    QByteArray out;
    constexpr qint64 Step = 256 * 1024;
    for (;;) {
        const qsizetype at = out.size();
        out.resize(at + Step);
        const zip_int64_t got = zip_fread(file, out.data() + at, zip_uint64_t(Step));
        if (got < 0) {
            *error = QCoreApplication::translate("jiaohe::DocumentLoader", "the part %1 is damaged: %2")
                         .arg(name, QString::fromUtf8(zip_file_strerror(file)));
            zip_fclose(file);
            return std::nullopt;
        }
        out.resize(at + qsizetype(got));
        if (got == 0) {
            break;
        }
        if (out.size() > limit) {
            *error = tooLarge();
            zip_fclose(file);
            return std::nullopt;
        }
    }
    zip_fclose(file);
    return out;
}

} // namespace jiaohe
