// The single executable: `jiaohe` opens the window, `jiaohe SUBCOMMAND …` runs headless.
#include "MainWindow.h"
#include "cli/CheckCommand.h"
#include "cli/StoreCommands.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <cstring>

namespace {

int runHeadless(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jiaohe"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JIAOHE_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    if (command == u"check" || command == u"import" || command == u"export" || command == u"stats") {
        args.removeAt(1); // the parser sees "jiaohe --json …" with the program name first
        if (command == u"import") {
            return jiaohe::runImportCommand(args, out, err);
        }
        if (command == u"export") {
            return jiaohe::runExportCommand(args, out, err);
        }
        if (command == u"stats") {
            return jiaohe::runStatsCommand(args, out, err);
        }
        return jiaohe::runCheckCommand(args, out, err);
    }
    if (command == u"--version" || command == u"-v") {
        out << "jiaohe " << JIAOHE_VERSION << '\n';
        return 0;
    }
    if (command == u"--help" || command == u"-h" || command == u"help") {
        out << "usage: jiaohe [REPORT...]            open the review window\n"
               "       jiaohe check [--json] [--lang zh|en] [--rules FILE] [--explain] PATH...\n"
               "       jiaohe import [--db FILE] [--jobs N] PATH...\n"
               "       jiaohe export [--db FILE] --out FILE.csv [--format wide|long] [--bom] [--status reviewed|all]\n"
               "       jiaohe stats [--db FILE]\n"
               "       jiaohe --version\n";
        return 0;
    }
    err << "jiaohe: unknown command \"" << command << "\"; see jiaohe --help\n";
    return 2;
}

bool isHeadless(int argc, char* argv[])
{
    if (argc < 2) {
        return false;
    }
    const char* a = argv[1];
    return std::strcmp(a, "check") == 0 || std::strcmp(a, "help") == 0 || a[0] == '-' ||
           std::strcmp(a, "import") == 0 || std::strcmp(a, "export") == 0 || std::strcmp(a, "stats") == 0;
}

} // namespace

int main(int argc, char* argv[])
{
    if (isHeadless(argc, argv)) {
        return runHeadless(argc, argv);
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("jiaohe"));
    QApplication::setApplicationDisplayName(QStringLiteral("Jiaohe"));
    QApplication::setApplicationVersion(QStringLiteral(JIAOHE_VERSION));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(&qtTranslator);
    }
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("jiaohe"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(&appTranslator);
    }

    jiaohe::MainWindow window;
    const QStringList reports = QApplication::arguments().mid(1);
    if (!reports.isEmpty()) {
        window.openReport(reports.first());
    }
    window.resize(1280, 800);
    window.show();
    return QApplication::exec();
}
