// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <utility>

namespace jiaohe {

// The test seam of a dialog (KeePassXC's MessageBox::setNextAnswer): a test sets the answer of the next
// question, the dialog is then not shown and answers that; the question it was asked is kept for the test.
template <typename Answer, typename Question> class NextAnswer
{
public:
    void set(Answer answer) { m_answer = std::move(answer); }
    // True, with the answer in `out`, when a test set one (used once).
    bool take(const Question& question, Answer& out)
    {
        if (!m_answer) {
            return false;
        }
        m_question = question;
        out = std::move(*m_answer);
        m_answer.reset();
        return true;
    }
    const Question& lastQuestion() const { return m_question; }

private:
    std::optional<Answer> m_answer;
    Question m_question{};
};

} // namespace jiaohe
