// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreferencesDialog.h"

#include "support/NextAnswer.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace jiaohe {

namespace {
NextAnswer<std::optional<Preferences>, Preferences> seam;
}

void PreferencesDialog::setNextAnswer(std::optional<Preferences> answer)
{
    seam.set(answer);
}

std::optional<Preferences> PreferencesDialog::ask(QWidget* parent, const Preferences& current)
{
    if (std::optional<Preferences> answer; seam.take(current, answer)) {
        return answer;
    }
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("preferencesDialog"));
    dialog.setWindowTitle(tr("Preferences"));
    auto* language = new QComboBox(&dialog);
    language->setObjectName(QStringLiteral("languageCombo"));
    language->setAccessibleName(tr("Interface language"));
    language->addItem(tr("As the system (%1)").arg(QLocale().nativeLanguageName()), QString());
    language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language->setCurrentIndex(std::max(0, language->findData(current.language)));
    auto* reviewer = new QLineEdit(current.reviewer, &dialog);
    reviewer->setObjectName(QStringLiteral("reviewerEdit"));
    reviewer->setAccessibleName(tr("Reviewer name"));
    reviewer->setPlaceholderText(tr("Your name, as the audit trail should show it"));
    auto* expiry = new QSpinBox(&dialog);
    expiry->setObjectName(QStringLiteral("claimExpirySpin"));
    expiry->setAccessibleName(tr("Claims expire after"));
    expiry->setRange(1, 24 * 60);
    expiry->setSuffix(tr(" min"));
    expiry->setValue(current.claimExpiryMinutes);
    expiry->setToolTip(tr("A report you opened for review stays claimed while you work on it; a claim without "
                          "work for this long counts as free, and others may take the report"));
    auto* note = new QLabel(tr("A new language takes effect when Jiaohe is started again. The "
                               "reviewer name is written with every decision from now on."),
                            &dialog);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), language);
    form->addRow(tr("&Reviewer:"), reviewer);
    form->addRow(tr("&Claims expire after:"), expiry);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return Preferences{language->currentData().toString(), reviewer->text().trimmed(), expiry->value()};
}

} // namespace jiaohe
