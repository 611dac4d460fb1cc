// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Exporter.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace jiaohe {

// File → Export CSV…: the format (wide or long), the byte order mark, reviewed reports only. Nothing when
// cancelled.
class ExportOptionsDialog
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::ExportOptionsDialog)
public:
    static std::optional<Exporter::Options> ask(QWidget* parent);
    // Test seam: the next ask() is not shown and returns this.
    static void setNextAnswer(std::optional<Exporter::Options> options);
};

} // namespace jiaohe
