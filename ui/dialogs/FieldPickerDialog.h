#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

class QWidget;

namespace jiaohe {

// Review → Assign selected number to another field… (Ctrl+Shift+T): any catalogue field, also one the
// extractor did not fill. Choices are (key, label); the key chosen, empty when cancelled.
class FieldPickerDialog
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::FieldPickerDialog)
public:
    using Choices = QList<std::pair<QString, QString>>;
    static QString ask(QWidget* parent, const Choices& choices);
    // The catalogue's fields as offered (label — key), in catalogue order.
    static Choices catalogueChoices();
    // Test seam: the next ask() is not shown and returns this key; lastChoices() is what it offered.
    static void setNextAnswer(const QString& key);
    static Choices lastChoices();
};

} // namespace jiaohe
