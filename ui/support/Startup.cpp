// SPDX-License-Identifier: GPL-3.0-or-later
#include "Startup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace jiaohe {

QStringList installTranslations(QCoreApplication& app, const QLocale& locale)
{
    QStringList loaded;
    // Qt's catalogues first: a string Jiaohe translates itself wins over Qt's (the last installed is asked first).
    const QString qtPath = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const QList<std::pair<QString, QString>> catalogues = {
        {QStringLiteral("qtbase"), qtPath},
        {QStringLiteral("jiaohe"), QStringLiteral(":/i18n")},
    };
    for (const auto& [name, folder] : catalogues) {
        auto* translator = new QTranslator(&app);
        if (translator->load(locale, name, QStringLiteral("_"), folder)) {
            QCoreApplication::installTranslator(translator);
            loaded.append(name);
        } else {
            delete translator;
        }
    }
    return loaded;
}

WindowArguments parseWindowArguments(const QStringList& arguments)
{
    WindowArguments result;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == u"--db") {
            if (i + 1 >= arguments.size() || arguments.at(i + 1).isEmpty()) {
                result.error =
                    QCoreApplication::translate("jiaohe::Startup", "--db needs a FILE: jiaohe --db FILE [REPORT...]");
                return result;
            }
            result.database = arguments.at(++i);
        } else if (a.startsWith(u"--db=")) {
            result.database = a.mid(5);
        } else {
            result.reports.append(a);
        }
    }
    return result;
}

} // namespace jiaohe
