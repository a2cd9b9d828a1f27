// SPDX-License-Identifier: MIT
// A translation into a made-up language, installed for as long as it lives: every text that goes through
// QCoreApplication::translate comes out with a mark in front ("[nb] signature matches …"), so a test sees what was
// translated and what was not.
#pragma once

#include <QCoreApplication>
#include <QTranslator>

class MarkingTranslator : public QTranslator
{
public:
    static inline const QString kMark = QStringLiteral("[nb] ");

    MarkingTranslator() { QCoreApplication::installTranslator(this); }
    ~MarkingTranslator() override { QCoreApplication::removeTranslator(this); }
    MarkingTranslator(const MarkingTranslator &) = delete;
    MarkingTranslator &operator=(const MarkingTranslator &) = delete;

    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return kMark + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};
