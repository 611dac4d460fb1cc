// SPDX-License-Identifier: GPL-3.0-or-later
#include "SelfCheckDialog.h"

#include "findings/FindingsReport.h"
#include "store/CsvWriter.h"
#include "support/FileDialog.h"
#include "support/MessageBox.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace jiaohe {

SelfCheckDialog::SelfCheckDialog(SelfCheckResult result, const QString& lang, QWidget* parent)
    : QDialog(parent), m_result(std::move(result)), m_lang(lang)
{
    setObjectName(QStringLiteral("selfCheckDialog"));
    setWindowTitle(SelfCheck::title(m_result, m_lang));
    setAttribute(Qt::WA_DeleteOnClose);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("selfCheckBrowser"));
    m_browser->setHtml(SelfCheck::html(m_result, m_lang));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* save = buttons->addButton(tr("Save as &PDF…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("savePdfButton"));
    connect(save, &QPushButton::clicked, this, [this] { savePdf(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(760, 820);
}

bool SelfCheckDialog::savePdf()
{
    const QFileInfo draft(m_result.analysis.filePath);
    const QString path = FileDialog::getSaveFileName(
        this, tr("Save the self-check report"),
        draft.dir().filePath(draft.completeBaseName() + tr("-self-check") + QStringLiteral(".pdf")),
        tr("PDF files (*.pdf);;All files (*)"));
    if (path.isEmpty()) {
        return false;
    }
    QString error;
    const QByteArray pdf =
        FindingsReport::printHtml(SelfCheck::html(m_result, m_lang), SelfCheck::title(m_result, m_lang), &error);
    if (pdf.isEmpty() || !CsvWriter::writeFile(path, pdf, &error, {m_result.analysis.filePath})) {
        MessageBox::showErrors(this, tr("Save the self-check report"), {error});
        return false;
    }
    return true;
}

} // namespace jiaohe
