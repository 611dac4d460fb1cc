// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

#include <utility>

class QLineEdit;
class QTreeWidget;

namespace jiaohe {

// Review → Assign selected number to another field… (Ctrl+Shift+T): any catalogue field, also one the
// extractor did not fill. The fields are listed by their labels in the UI language, the key greyed beside; the
// search box filters as one types (Chinese or English label, or key), the arrow keys move in the list from the
// search box and Return takes the field selected. Choices are (key, label); the key chosen, empty when cancelled.
class FieldPickerDialog : public QDialog
{
    Q_OBJECT
public:
    using Choices = QList<std::pair<QString, QString>>;

    FieldPickerDialog(const Choices& choices, QWidget* parent = nullptr);
    // The field selected (its key), empty when none is.
    QString currentKey() const;
    // The fields the search text leaves, in list order.
    QStringList shownKeys() const;

    static QString ask(QWidget* parent, const Choices& choices);
    // The catalogue's fields as offered (key, label in the UI language), in catalogue order.
    static Choices catalogueChoices();
    // Test seam: the next ask() is not shown and returns this key; lastChoices() is what it offered.
    static void setNextAnswer(const QString& key);
    static Choices lastChoices();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void filter(const QString& text);

    QLineEdit* m_search = nullptr;
    QTreeWidget* m_list = nullptr;
};

} // namespace jiaohe
