// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

namespace jiaohe {

// A number as Jiaohe shows and writes it: integers without a decimal point (1996930000, not 1.99693e9),
// others with up to 15 significant digits (148.85). Never depends on the machine's locale.
QString numberText(double value);
// The same as a JSON value: an integer where the number is whole.
QJsonValue jsonNumber(double value);

} // namespace jiaohe
