#include "FieldPickerDialog.h"

#include "extract/FieldCatalogue.h"
#include "support/NextAnswer.h"

#include <QInputDialog>
#include <QLocale>
#include <QStringList>

namespace jiaohe {

namespace {
NextAnswer<QString, FieldPickerDialog::Choices> seam;
}

void FieldPickerDialog::setNextAnswer(const QString& key)
{
    seam.set(key);
}

FieldPickerDialog::Choices FieldPickerDialog::lastChoices()
{
    return seam.lastQuestion();
}

FieldPickerDialog::Choices FieldPickerDialog::catalogueChoices()
{
    const QString lang = QLocale().name().startsWith(u"zh") ? QStringLiteral("zh") : QStringLiteral("en");
    Choices choices;
    for (const FieldDef& def : FieldCatalogue::builtin().fields()) {
        choices.append({def.key, QStringLiteral("%1 — %2").arg(def.label(lang), def.key)});
    }
    return choices;
}

QString FieldPickerDialog::ask(QWidget* parent, const Choices& choices)
{
    if (QString answer; seam.take(choices, answer)) {
        return answer;
    }
    QStringList labels;
    for (const auto& c : choices) {
        labels.append(c.second);
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        parent, tr("Assign to field"), tr("The selected number becomes the value of:"), labels, 0, false, &ok);
    const qsizetype i = labels.indexOf(chosen);
    return ok && i >= 0 ? choices[i].first : QString();
}

} // namespace jiaohe
