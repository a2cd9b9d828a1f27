// SPDX-License-Identifier: MIT
// The app in Norwegian: Qt's own button words, the event types' meanings, the event log's counts, the no-keychain
// banner and the amount message come from the app's translations, which the build compiles from translations/*.ts.
#include "api/epaymentrequest.h"
#include "api/eventcatalog.h"
#include "credentials/profilestore.h"
#include "events/eventlogmodel.h"
#include "eventtesthelpers.h"
#include "gui/eventlogpanel.h"
#include "gui/registerwebhookdialog.h"
#include "nokeychain.h"
#include "workbench/profilesession.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
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
    void noKeychainInNorwegian();
    void amountMessageInNorwegian();

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

// The banner's words come from the session, in the app's language, not from the keychain library.
void TstTranslations::noKeychainInNorwegian()
{
    QNetworkAccessManager network;
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
    Credentials::ProfileStore profiles(&settings);
    NoKeychain noKeychain;
    Workbench::ProfileSession session(&network, &profiles, &noKeychain.store);
    Credentials::Profile profile;
    profile.name = QStringLiteral("acme-test");
    profile.environment = Credentials::Environment::Test;
    profile.clientId = QStringLiteral("acme-client");
    profile.merchantSerialNumber = QStringLiteral("654321");
    session.activate(profile);
    QTRY_COMPARE(session.state(), Workbench::ProfileSession::State::Ready);
    QCOMPARE(
        session.storageNotice(),
        QStringLiteral("Ingen nøkkelring ble funnet på denne datamaskinen, så nøklene og webhook-hemmelighetene du "
                       "skriver inn, holdes i minnet til appen avsluttes."));
}

// The payment form's message about a too small amount: Norwegian words and a Norwegian number.
void TstTranslations::amountMessageInNorwegian()
{
    QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    Api::CreatePaymentRequest request;
    request.amount = Api::Amount{50, QStringLiteral("NOK")};
    request.reference = QStringLiteral("acme-order-0001");
    request.returnUrl = QStringLiteral("https://example.com/return");
    const Base::FieldErrors errors = request.validate(Api::Amount::Unit::Major);
    QLocale::setDefault(QLocale::c());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().message, QStringLiteral("Beløpet må være minst 1,00 NOK."));
}

QTEST_MAIN(TstTranslations)
#include "tst_translations.moc"
