// SPDX-License-Identifier: GPL-3.0-or-later
#include "NumberText.h"

#include <cmath>

namespace jiaohe {

namespace {

bool isWhole(double v)
{
    return std::abs(v - std::round(v)) < 1e-9 && std::abs(v) < 9e15;
}

} // namespace

QString numberText(double value)
{
    if (isWhole(value)) {
        return QString::number(qint64(std::llround(value)));
    }
    return QString::number(value, 'g', 15);
}

QJsonValue jsonNumber(double value)
{
    if (isWhole(value)) {
        return QJsonValue(qint64(std::llround(value)));
    }
    return QJsonValue(value);
}

} // namespace jiaohe
