// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenServerDialog.h"

#include "store/ServerAddress.h"
#include "support/NextAnswer.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace jiaohe {

namespace {

NextAnswer<std::optional<QString>, QString> seam;

QString encoded(const QString& part)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(part, QByteArrayLiteral("-._~")));
}

QLineEdit* lineEdit(QDialog* dialog, const QString& name, const QString& placeholder)
{
    auto* edit = new QLineEdit(dialog);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

void OpenServerDialog::setNextAnswer(std::optional<QString> answer)
{
    seam.set(std::move(answer));
}

QString OpenServerDialog::lastCurrent()
{
    return seam.lastQuestion();
}

QString OpenServerDialog::compose(const QString& host, const QString& port, const QString& database,
                                  const QString& user)
{
    QString out = QStringLiteral("postgresql://");
    if (!user.trimmed().isEmpty()) {
        out += encoded(user.trimmed()) + u'@';
    }
    const bool socketFolder = host.trimmed().startsWith(u'/');
    if (!socketFolder) {
        out += encoded(host.trimmed());
        if (!port.trimmed().isEmpty()) {
            out += u':' + port.trimmed();
        }
    }
    if (!database.trimmed().isEmpty()) {
        out += u'/' + encoded(database.trimmed());
    }
    if (socketFolder) {
        out += QStringLiteral("?host=") + host.trimmed();
        if (!port.trimmed().isEmpty()) {
            out += QStringLiteral("&port=") + port.trimmed();
        }
    }
    return out;
}

std::optional<QString> OpenServerDialog::ask(QWidget* parent, const QString& current)
{
    if (std::optional<QString> answer; seam.take(current, answer)) {
        return answer;
    }
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("openServerDialog"));
    dialog.setWindowTitle(tr("Open server"));
    QLineEdit* address = lineEdit(&dialog, QStringLiteral("serverAddressEdit"),
                                  QStringLiteral("postgresql://reviewer@db.example/jiaohe"));
    address->setText(current);
    auto* intro =
        new QLabel(tr("A team's review database on a PostgreSQL server: its &address, or its parts below."), &dialog);
    intro->setWordWrap(true);
    intro->setBuddy(address);
    QLineEdit* host = lineEdit(&dialog, QStringLiteral("serverHostEdit"), tr("db.example, or a socket folder"));
    QLineEdit* port = lineEdit(&dialog, QStringLiteral("serverPortEdit"), QStringLiteral("5432"));
    QLineEdit* database = lineEdit(&dialog, QStringLiteral("serverDatabaseEdit"), QStringLiteral("jiaohe"));
    QLineEdit* user = lineEdit(&dialog, QStringLiteral("serverUserEdit"), tr("your database user"));
    auto* parts = new QFormLayout;
    parts->addRow(tr("&Host:"), host);
    parts->addRow(tr("&Port:"), port);
    parts->addRow(tr("&Database:"), database);
    parts->addRow(tr("&User:"), user);
    auto* password = new QLabel(tr("Jiaohe never asks for a password and never keeps one. Put it in the file "
                                   "~/.pgpass (one line: host:port:database:user:password, readable by you "
                                   "only), or ask your administrator for a service file or peer authentication."),
                                &dialog);
    password->setObjectName(QStringLiteral("passwordNote"));
    password->setWordWrap(true);
    auto* problem = new QLabel(&dialog);
    problem->setObjectName(QStringLiteral("serverProblemLabel"));
    problem->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Open"));
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);

    // The parts write the address (the address is what is opened); typing the address leaves the parts alone.
    auto composeAddress = [=] {
        address->setText(compose(host->text(), port->text(), database->text(), user->text()));
    };
    for (QLineEdit* part : {host, port, database, user}) {
        QObject::connect(part, &QLineEdit::textEdited, &dialog, composeAddress);
    }
    auto check = [=] {
        QString error;
        const bool valid = ServerAddress::parse(address->text().trimmed(), &error).has_value();
        problem->setText(address->text().trimmed().isEmpty() ? QString() : error);
        ok->setEnabled(valid);
        return valid;
    };
    QObject::connect(address, &QLineEdit::textChanged, &dialog, check);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&dialog, check] {
        if (check()) {
            dialog.accept();
        }
    });
    check();

    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addWidget(address);
    layout->addLayout(parts);
    layout->addWidget(password);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    dialog.resize(520, 0);
    address->setFocus();
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return address->text().trimmed();
}

} // namespace jiaohe
