// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace jiaohe {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Jiaohe"));
    auto* label = new QLabel(aboutText(), this);
    label->setObjectName(QStringLiteral("aboutLabel"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setOpenExternalLinks(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("aboutButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(buttons);
    resize(520, 360);
}

QString AboutDialog::aboutText()
{
    const QString link = QStringLiteral("<a href=\"%1\">%1</a>");
    return QStringLiteral("<h3>%1 %2</h3><p>%3</p><p>%4</p><p>%5</p><p>%6</p><p>%7</p>")
        .arg(QStringLiteral("Jiaohe 校核"), QCoreApplication::applicationVersion().toHtmlEscaped(),
             tr("Reviews government information-disclosure annual reports."),
             tr("Copyright 2026 The Jiaohe developers. %1").arg(link.arg(QLatin1String(Homepage))),
             tr("Jiaohe is free software: you can redistribute it and/or modify it under the terms of the GNU "
                "General Public License as published by the Free Software Foundation, either version 3 of the "
                "License, or (at your option) any later version (GPL-3.0-or-later)."),
             tr("It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the "
                "implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public "
                "License for more details: %1")
                 .arg(link.arg(QLatin1String(LicenceUrl))),
             tr("Built with Qt (LGPL-3.0), ICU (Unicode licence), Poppler (GPL-2.0-or-later) and qpdf (Apache-2.0)."));
}

AboutDialog* AboutDialog::showFor(QWidget* window)
{
    auto* dialog = window->findChild<AboutDialog*>(QStringLiteral("aboutDialog"));
    if (!dialog) {
        dialog = new AboutDialog(window);
    }
    dialog->show();
    dialog->raise();
    return dialog;
}

} // namespace jiaohe
