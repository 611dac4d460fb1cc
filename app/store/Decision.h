// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>

namespace jiaohe {

// One reviewer decision as a line of JSON (`jiaohe decisions export|apply`), independent of any database: the
// report by the SHA-256 of its bytes (the file name only a hint for people), a field by its key or a flag by the
// id `check --json` prints (its identity), the action and what it needs. For example
//   {"report": "<sha256 hex>", "file": "002.txt", "field": "proactive.via_website", "action": "correct",
//    "value": 199693}
//   {"report": "<sha256 hex>", "flag": "946ce1d2f6be1038", "action": "source_error", "reason": "35+1081≠1103"}
// "reviewer" and "at" (ISO 8601), when present, say who took the decision and when; "evidence": [start, end] and
// "unit" go with a correction assigned from the text.
struct Decision
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::Decision)
public:
    enum class Action
    {
        Confirm,       // field: the printed value is right
        Correct,       // field: the extraction was wrong; value
        SourceError,   // field: the report printed it wrong (value: the intended one, optional); flag: reason
        NotApplicable, // field
        Accept,        // flag: its suggested fix taken
        Dismiss,       // flag: not an error; reason
        Note,          // field or report: note
        Reviewed,      // report
    };

    QString report; // SHA-256, lower-case hex
    QString file;
    QString field;
    QString flag;
    Action action = Action::Confirm;
    std::optional<double> value;
    // A value the reviewer assigned from the text (a field the extractor missed): where it stands, in Unicode
    // code points of the report's text as `check --json` counts them, and its unit. Applying it assigns the
    // field there when the report lacks it.
    std::optional<std::pair<qint64, qint64>> evidence;
    QString unit;
    QString reason;
    QString note;
    QString reviewer;
    QString at;

    // One line read; nothing with `error` set when it is not a decision (what is missing or wrong).
    static std::optional<Decision> fromJsonLine(const QByteArray& line, QString* error);
    // One line written (compact JSON, no line break), keys in a fixed order; fromJsonLine reads it back.
    QByteArray toJsonLine() const;

    static QString actionCode(Action action);
    static std::optional<Action> actionFromCode(const QString& code);

    bool operator==(const Decision& other) const = default;
};

} // namespace jiaohe
