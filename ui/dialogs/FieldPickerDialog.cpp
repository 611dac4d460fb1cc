// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldPickerDialog.h"

#include "extract/FieldCatalogue.h"
#include "support/NextAnswer.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPalette>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace jiaohe {

namespace {

NextAnswer<QString, FieldPickerDialog::Choices> seam;

constexpr int SearchRole = Qt::UserRole + 1; // what the search text is looked for in (both labels, the key)

} // namespace

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
        const QString label = def.label(lang);
        choices.append({def.key, label.isEmpty() ? def.key : label});
    }
    return choices;
}

FieldPickerDialog::FieldPickerDialog(const Choices& choices, QWidget* parent)
    : QDialog(parent), m_search(new QLineEdit(this)), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("fieldPickerDialog"));
    setWindowTitle(tr("Assign to field"));
    m_search->setObjectName(QStringLiteral("fieldSearch"));
    m_search->setPlaceholderText(tr("Search by name (Chinese or English) or key"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_list->setObjectName(QStringLiteral("fieldList"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Field"), tr("Key")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
    const FieldCatalogue& catalogue = FieldCatalogue::builtin();
    for (const auto& [key, label] : choices) {
        auto* item = new QTreeWidgetItem(m_list, {label, key});
        item->setData(0, Qt::UserRole, key);
        item->setToolTip(0, key);
        item->setForeground(1, grey);
        const FieldDef* def = catalogue.find(key);
        item->setData(
            0, SearchRole,
            QStringList{label, key, def ? def->labelZh : QString(), def ? def->labelEn : QString()}.join(u'\n'));
    }
    if (m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The selected number becomes the value of:"), this));
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &FieldPickerDialog::filter);
    connect(m_list, &QTreeWidget::itemActivated, this, &QDialog::accept);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [buttons](QTreeWidgetItem* current) { buttons->button(QDialogButtonBox::Ok)->setEnabled(current); });
    m_search->setFocus();
    resize(560, 480);
}

QString FieldPickerDialog::currentKey() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(0, Qt::UserRole).toString() : QString();
}

QStringList FieldPickerDialog::shownKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (!m_list->topLevelItem(i)->isHidden()) {
            keys.append(m_list->topLevelItem(i)->data(0, Qt::UserRole).toString());
        }
    }
    return keys;
}

void FieldPickerDialog::filter(const QString& text)
{
    // Every word typed must appear in a label (either language) or the key, case aside.
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    QTreeWidgetItem* first = nullptr;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        const QString haystack = item->data(0, SearchRole).toString();
        bool shown = true;
        for (const QString& w : words) {
            shown = shown && haystack.contains(w, Qt::CaseInsensitive);
        }
        item->setHidden(!shown);
        if (shown && !first) {
            first = item;
        }
    }
    // The first field left is selected, so that Return takes it; the current one stays when it is still shown.
    QTreeWidgetItem* current = m_list->currentItem();
    if (!current || current->isHidden()) {
        m_list->setCurrentItem(first);
    }
    if (m_list->currentItem()) {
        m_list->scrollToItem(m_list->currentItem());
    }
}

bool FieldPickerDialog::eventFilter(QObject* watched, QEvent* event)
{
    // The arrow and page keys typed in the search box move in the list; the text keeps the rest.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QApplication::sendEvent(m_list, key);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (!currentKey().isEmpty()) {
                accept();
            }
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString FieldPickerDialog::ask(QWidget* parent, const Choices& choices)
{
    if (QString answer; seam.take(choices, answer)) {
        return answer;
    }
    FieldPickerDialog dialog(choices, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.currentKey() : QString();
}

} // namespace jiaohe
