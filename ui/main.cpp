// SPDX-License-Identifier: GPL-3.0-or-later
// The single executable: `jiaohe` opens the window, `jiaohe SUBCOMMAND …` runs headless.
#include "ImportController.h"
#include "MainWindow.h"
#include "ReportQueueModel.h"
#include "cli/CheckCommand.h"
#include "cli/CheckDbCommand.h"
#include "cli/CopyCommand.h"
#include "cli/DecisionsCommand.h"
#include "cli/FindingsCommand.h"
#include "cli/ServerCommand.h"
#include "cli/StoreCommands.h"
#include "common/FileNames.h"
#include "document/pdf/PdfWorker.h"
#include "store/Database.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QTextStream>

#include "Preferences.h"
#include "support/Config.h"
#include "support/Startup.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace {

// The commands that lay out text (a findings PDF, a self-check report) need fonts, so a QGuiApplication: on the
// offscreen platform, which needs no display.
bool needsFonts(int argc, char* argv[])
{
    if (argc >= 2 && std::strcmp(argv[1], "findings") == 0) {
        return true;
    }
    for (int i = 2; i < argc && std::strcmp(argv[1], "check") == 0; ++i) {
        if (std::strcmp(argv[i], "--self-check") == 0) {
            return true;
        }
    }
    return false;
}

int runHeadless(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (needsFonts(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("jiaohe"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JIAOHE_VERSION));
    // Messages in the user's language, as the environment names it (LANGUAGE, LC_ALL, LC_MESSAGES, LANG): the
    // window's translations, also for the PDF worker. Only the messages: numbers are never read or written by the
    // machine's locale (QLocale's default is left alone).
    const QLocale messages = QLocale::system();
    jiaohe::installTranslations(*application, messages);
    jiaohe::PdfWorker::setLanguage(messages.name());
    QTextStream out(stdout);
    QTextStream err(stderr);
    // The arguments by their bytes: QCoreApplication::arguments() turns a name that is not UTF-8 (a GBK name
    // from a Windows zip) into U+FFFD, and the file could then not be found (common/FileNames).
    QStringList args;
    for (int i = 0; i < argc; ++i) {
        args.append(jiaohe::decodeFileName(QByteArray(argv[i])));
    }
    // PDFs are read by this program in its worker mode, under the limits given here or in the environment.
    if (const QString problem = jiaohe::PdfWorker::takeLimitOptions(args); !problem.isEmpty()) {
        err << "jiaohe: " << problem << '\n';
        return 2;
    }
    jiaohe::PdfWorker::setProgram(QCoreApplication::applicationFilePath());
    const QString command = args.value(1);
    if (command == u"check" || command == u"import" || command == u"export" || command == u"stats" ||
        command == u"decisions" || command == u"check-db" || command == u"findings" || command == u"server" ||
        command == u"copy") {
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
        if (command == u"check-db") {
            return jiaohe::runCheckDbCommand(args, out, err);
        }
        if (command == u"findings") {
            return jiaohe::runFindingsCommand(args, out, err);
        }
        if (command == u"decisions") {
            return jiaohe::runDecisionsCommand(args, out, err);
        }
        if (command == u"server") {
            return jiaohe::runServerCommand(args, out, err);
        }
        if (command == u"copy") {
            return jiaohe::runCopyCommand(args, out, err);
        }
        return jiaohe::runCheckCommand(args, out, err);
    }
    if (command == u"--version" || command == u"-v") {
        out << "jiaohe " << JIAOHE_VERSION << '\n';
        return 0;
    }
    if (command == u"--help" || command == u"-h" || command == u"help") {
        out << "usage: jiaohe [--db FILE] [REPORT...]  open the review window (importing the reports)\n"
               "       jiaohe check [--json] [--lang zh|en] [--rules FILE] [--explain] PATH...\n"
               "       jiaohe import [--db FILE] [--jobs N] PATH...\n"
               "       jiaohe export [--db FILE] --out FILE.csv [--format wide|long|flags] [--bom] "
               "[--status reviewed|all] [--lang zh|en] [--headers keys|zh|en]\n"
               "       jiaohe decisions export [--db FILE] [--out FILE.jsonl]\n"
               "       jiaohe decisions apply [--db FILE] FILE.jsonl\n"
               "       jiaohe stats [--db FILE]\n"
               "       jiaohe check-db [--db FILE | FILE]\n"
               "       jiaohe findings [--db FILE] --out FILE.xlsx|FILE.pdf [--format xlsx|pdf] "
               "[--status reviewed|all] [--body NAME] [--year Y] [--lang zh|en] [--headers zh|en]\n"
               "       jiaohe server init postgresql://…\n"
               "       jiaohe copy --from FILE|postgresql://… --to FILE|postgresql://…\n"
               "       jiaohe --version\n";
        return 0;
    }
    err << "jiaohe: unknown command \"" << command << "\"; see jiaohe --help\n";
    return 2;
}

// The bundled sample reports a first run imports: installed as PREFIX/share/jiaohe/samples next to
// PREFIX/bin/jiaohe; the program in its build tree uses the source tree's. Empty when neither is there.
QString samplesDirectory()
{
    const QString exeDir = QCoreApplication::applicationDirPath();
    const QString installed = QDir::cleanPath(exeDir + QStringLiteral("/../share/jiaohe/samples"));
    if (QFileInfo(installed).isDir()) {
        return installed;
    }
    if (QFileInfo(exeDir) == QFileInfo(QStringLiteral(JIAOHE_BUILD_DIR))) {
        return QStringLiteral(JIAOHE_SOURCE_SAMPLES_DIR);
    }
    return {};
}

// `jiaohe --pdf-worker MEGABYTES [LOCALE]`: reads one PDF from stdin for the program that started it (PdfWorker).
int runPdfWorker(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 3 && argv[3][0] != '\0') {
        jiaohe::installTranslations(app, QLocale(QString::fromLatin1(argv[3])));
    }
    return jiaohe::PdfWorker::runWorker(argc > 2 ? std::atoll(argv[2]) : 0);
}

bool isHeadless(int argc, char* argv[])
{
    if (argc < 2) {
        return false;
    }
    const char* a = argv[1];
    if (std::strcmp(a, "--db") == 0) { // jiaohe --db FILE [REPORT...] opens the window
        return false;
    }
    return std::strcmp(a, "check") == 0 || std::strcmp(a, "help") == 0 || a[0] == '-' ||
           std::strcmp(a, "import") == 0 || std::strcmp(a, "export") == 0 || std::strcmp(a, "stats") == 0 ||
           std::strcmp(a, "decisions") == 0 || std::strcmp(a, "check-db") == 0 || std::strcmp(a, "findings") == 0 ||
           std::strcmp(a, "server") == 0 || std::strcmp(a, "copy") == 0;
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc >= 2 && std::strcmp(argv[1], jiaohe::PdfWorker::WorkerArgument) == 0) {
        return runPdfWorker(argc, argv);
    }
    if (argc == 2 && std::strcmp(argv[1], "--db") == 0) {
        std::fputs("jiaohe: --db needs a FILE: jiaohe --db FILE [REPORT...]\n", stderr);
        return 2;
    }
    if (isHeadless(argc, argv)) {
        return runHeadless(argc, argv);
    }
    QApplication app(argc, argv);
    jiaohe::Config::setApplicationIdentity(); // the settings' organisation and application
    QApplication::setApplicationDisplayName(QStringLiteral("Jiaohe"));
    QApplication::setApplicationVersion(QStringLiteral(JIAOHE_VERSION));

    // The language chosen in the preferences, else the system's.
    const QLocale locale(jiaohe::Preferences::load().localeName());
    QLocale::setDefault(locale); // field labels and messages follow the same choice
    jiaohe::installTranslations(app, locale);

    // PDFs are read by this program in its worker mode (the window's background loads and imports too).
    QStringList windowArgs = QApplication::arguments();
    if (const QString problem = jiaohe::PdfWorker::takeLimitOptions(windowArgs); !problem.isEmpty()) {
        std::fprintf(stderr, "jiaohe: %s\n", qPrintable(problem));
        return 2;
    }
    jiaohe::PdfWorker::setProgram(QCoreApplication::applicationFilePath());
    jiaohe::PdfWorker::setLanguage(locale.name());

    // jiaohe [--db FILE] [REPORT...]
    const jiaohe::WindowArguments arguments = jiaohe::parseWindowArguments(windowArgs.mid(1));
    if (!arguments.error.isEmpty()) {
        std::fprintf(stderr, "jiaohe: %s\n", qPrintable(arguments.error));
        return 2;
    }
    const QStringList& reports = arguments.reports;
    const QString dbPath = arguments.database.isEmpty() ? jiaohe::Database::defaultPath() : arguments.database;
    jiaohe::MainWindow window;
    if (window.openDatabase(dbPath)) {
        // First run: an empty database gets the bundled sample reports, so a newcomer sees a real review. They,
        // or the reports named on the command line, are imported in the background (progress and Cancel in
        // the status bar); the first of them is selected when they are in.
        QStringList paths = reports;
        if (paths.isEmpty() && window.queueModel()->totalCount() == 0) {
            if (const QString dir = samplesDirectory(); !dir.isEmpty()) {
                paths.append(dir);
            }
        }
        if (window.queueModel()->rowCount() > 0) {
            window.selectReport(window.queueModel()->reportId(0));
        }
        if (!paths.isEmpty()) {
            window.importer()->startImport(paths);
        }
    }
    window.show();
    return QApplication::exec();
}
