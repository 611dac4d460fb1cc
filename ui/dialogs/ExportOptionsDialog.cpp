// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportOptionsDialog.h"

#include "support/NextAnswer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLocale>

namespace jiaohe {

namespace {
NextAnswer<std::optional<Exporter::Options>, bool> seam;
}

void ExportOptionsDialog::setNextAnswer(std::optional<Exporter::Options> options)
{
    seam.set(options);
}

std::optional<Exporter::Options> ExportOptionsDialog::ask(QWidget* parent)
{
    if (std::optional<Exporter::Options> answer; seam.take(true, answer)) {
        return answer;
    }
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Export CSV"));
    auto* format = new QComboBox(&dialog);
    format->setAccessibleName(tr("Format"));
    format->addItem(tr("Wide: one row per report"), int(Exporter::Format::Wide));
    format->addItem(tr("Long: one row per field"), int(Exporter::Format::Long));
    format->addItem(tr("Flags: one row per flag, with its decision"), int(Exporter::Format::Flags));
    // Headers in the interface's language for people; the column keys for scripts.
    const bool chinese = QLocale().name().startsWith(u"zh");
    auto* headers = new QComboBox(&dialog);
    headers->setAccessibleName(tr("Column headers"));
    headers->addItem(tr("Chinese"), int(Exporter::Headers::Zh));
    headers->addItem(tr("English"), int(Exporter::Headers::En));
    headers->addItem(tr("Column keys (for scripts)"), int(Exporter::Headers::Keys));
    headers->setCurrentIndex(chinese ? 0 : 1);
    auto* bom = new QCheckBox(tr("Byte order mark (for Excel)"), &dialog);
    bom->setChecked(true);
    auto* reviewedOnly = new QCheckBox(tr("Reviewed reports only"), &dialog);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Format:"), format);
    form->addRow(tr("Column headers:"), headers);
    form->addRow(bom);
    form->addRow(reviewedOnly);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    Exporter::Options options;
    options.format = Exporter::Format(format->currentData().toInt());
    options.bom = bom->isChecked();
    options.reviewedOnly = reviewedOnly->isChecked();
    options.lang = chinese ? QStringLiteral("zh") : QStringLiteral("en");
    options.headers = Exporter::Headers(headers->currentData().toInt());
    return options;
}

} // namespace jiaohe
