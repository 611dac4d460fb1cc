// SPDX-License-Identifier: GPL-3.0-or-later
#include "CorrectionDialog.h"

#include "common/NumberText.h"
#include "numbers/NumberParser.h"
#include "support/NextAnswer.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jiaohe {

namespace {
NextAnswer<std::optional<CorrectionDialog::Correction>, QString> seam;
}

void CorrectionDialog::setNextAnswer(std::optional<Correction> answer)
{
    seam.set(answer);
}

QString CorrectionDialog::lastField()
{
    return seam.lastQuestion();
}

std::optional<CorrectionDialog::Correction> CorrectionDialog::ask(QWidget* parent, const QString& field,
                                                                  const QString& current)
{
    if (std::optional<Correction> answer; seam.take(field, answer)) {
        return answer;
    }
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("correctionDialog"));
    dialog.setWindowTitle(tr("Correct field"));
    auto* edit = new QLineEdit(&dialog);
    edit->setObjectName(QStringLiteral("valueEdit"));
    edit->setAccessibleName(tr("New value"));
    edit->setPlaceholderText(tr("e.g. 1.2万, １２３, 一千二百"));
    QString start = current;
    start.remove(QStringLiteral("≈"));
    edit->setText(start == QStringLiteral("—") ? QString() : start);
    auto* parsed = new QLabel(&dialog);
    parsed->setObjectName(QStringLiteral("parsedLabel"));
    auto* asPrinted = new QCheckBox(tr("Source error: the report printed it wrong — keep the printed value, record this one as intended"), &dialog);
    asPrinted->setObjectName(QStringLiteral("asPrintedCheck"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("New value for %1:").arg(field), &dialog));
    layout->addWidget(edit);
    layout->addWidget(parsed);
    layout->addWidget(asPrinted);
    layout->addWidget(buttons);
    std::optional<double> value;
    auto update = [&] {
        const QString text = edit->text().trimmed();
        const std::optional<Quantity> q = text.isEmpty() ? std::nullopt : parseQuantity(text);
        value = q ? std::optional<double>(q->value) : std::nullopt;
        if (text.isEmpty()) {
            parsed->setText(tr("Type a number as the report writes it."));
        } else if (!q) {
            parsed->setText(tr("Not a number: “%1” cannot be read as a quantity.").arg(text));
        } else {
            parsed->setText(tr("= %1").arg(numberText(q->value)));
        }
        buttons->button(QDialogButtonBox::Ok)->setEnabled(value.has_value());
    };
    QObject::connect(edit, &QLineEdit::textChanged, &dialog, update);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    update();
    if (dialog.exec() != QDialog::Accepted || !value) {
        return std::nullopt;
    }
    return Correction{*value, asPrinted->isChecked() ? FieldStatus::AsPrinted : FieldStatus::Corrected};
}

} // namespace jiaohe
