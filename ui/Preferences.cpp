#include "Preferences.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QVBoxLayout>

namespace jiaohe {

namespace {

const char* const LanguageKey = "ui/language";
const char* const ReviewerKey = "review/reviewer";

class PreferencesText
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::Preferences)
};

} // namespace

Preferences Preferences::load()
{
    QSettings s;
    Preferences p;
    p.language = s.value(QLatin1String(LanguageKey)).toString();
    if (p.language != u"zh_CN" && p.language != u"en") {
        p.language.clear();
    }
    p.reviewer = s.value(QLatin1String(ReviewerKey)).toString().trimmed();
    return p;
}

void Preferences::save() const
{
    QSettings s;
    s.setValue(QLatin1String(LanguageKey), language);
    s.setValue(QLatin1String(ReviewerKey), reviewer.trimmed());
}

QString Preferences::localeName() const
{
    return language.isEmpty() ? QLocale().name() : language;
}

std::optional<Preferences> askPreferences(QWidget* parent, const Preferences& current)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("preferencesDialog"));
    dialog.setWindowTitle(PreferencesText::tr("Preferences"));
    auto* language = new QComboBox(&dialog);
    language->setObjectName(QStringLiteral("languageCombo"));
    language->setAccessibleName(PreferencesText::tr("Interface language"));
    language->addItem(PreferencesText::tr("As the system (%1)").arg(QLocale().nativeLanguageName()), QString());
    language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language->setCurrentIndex(std::max(0, language->findData(current.language)));
    auto* reviewer = new QLineEdit(current.reviewer, &dialog);
    reviewer->setObjectName(QStringLiteral("reviewerEdit"));
    reviewer->setAccessibleName(PreferencesText::tr("Reviewer name"));
    reviewer->setPlaceholderText(PreferencesText::tr("Your name, as the audit trail should show it"));
    auto* note = new QLabel(PreferencesText::tr("A new language takes effect when Jiaohe is started again. The "
                                                "reviewer name is written with every decision from now on."),
                            &dialog);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* form = new QFormLayout;
    form->addRow(PreferencesText::tr("&Language:"), language);
    form->addRow(PreferencesText::tr("&Reviewer:"), reviewer);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return Preferences{language->currentData().toString(), reviewer->text().trimmed()};
}

} // namespace jiaohe
