// SPDX-License-Identifier: MIT
// The app in Norwegian: Qt's own button words, the event types' meanings and the event log's counts come from
// the app's translations, which the build compiles from translations/*.ts.
#include "api/eventcatalog.h"
#include "events/eventlogmodel.h"
#include "eventtesthelpers.h"
#include "gui/eventlogpanel.h"
#include "gui/registerwebhookdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

class TstTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void standardButtonsInNorwegian();
    void eventMeaningsInNorwegian();
    void eventLogCountsInNorwegian();

private:
    QTranslator m_translator;
};

void TstTranslations::initTestCase()
{
    QVERIFY2(m_translator.load(QStringLiteral(VWB_QM_DIR "/vipps-workbench_nb.qm")), VWB_QM_DIR);
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
}

void TstTranslations::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_translator);
}

// Qt has no Bokmål of its own for these; without the app's words they stay English.
void TstTranslations::standardButtonsInNorwegian()
{
    QMessageBox box(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("q"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    QCOMPARE(box.button(QMessageBox::Cancel)->text(), QStringLiteral("Avbryt"));
    QCOMPARE(box.button(QMessageBox::Save)->text(), QStringLiteral("Lagre"));
    QCOMPARE(box.button(QMessageBox::Discard)->text(), QStringLiteral("Forkast"));
}

void TstTranslations::eventMeaningsInNorwegian()
{
    Gui::RegisterWebhookDialog dialog;
    auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("eventTree"));
    QVERIFY(tree);
    const QTreeWidgetItem *created =
        tree->findItems(QStringLiteral("epayments.payment.created.v1"), Qt::MatchExactly | Qt::MatchRecursive).value(0);
    QVERIFY(created);
    QCOMPARE(created->text(1), QStringLiteral("Betalingsforespørsel opprettet"));
}

void TstTranslations::eventLogCountsInNorwegian()
{
    Events::EventLogModel log;
    Gui::EventLogPanel panel(&log);
    log.append({EventTest::withSeq(1), EventTest::withSeq(2)});
    panel.findChild<QLineEdit *>(QStringLiteral("filterEdit"))->setText(QStringLiteral("no such thing"));
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("matchLabel"))->text(),
             QStringLiteral("0 av 2 hendelser passer"));
}

QTEST_MAIN(TstTranslations)
#include "tst_translations.moc"
