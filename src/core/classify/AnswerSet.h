#pragma once

#include <QMap>
#include <QString>

namespace kilotse {

// The clerk's answers to one check: the planned use case and, per question id, the chosen option id.
// Holds no free text (privacy invariant: only ids from the policy pack).
struct AnswerSet
{
    QString useCase;
    QMap<QString, QString> answers;
};

} // namespace kilotse
