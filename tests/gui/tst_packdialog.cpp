// SPDX-License-Identifier: MIT
// Tools → Test packs (docs/architecture.md §6 "Test packs"): a pack made from events and run against a handler on
// loopback that checks signatures on its own (VerifyingHandler), a line per step and a summary, with the secret typed
// or the profile's; a handler that takes everything fails the broken lines; a file that is no pack is refused
// clearly and the pack shown stays; a pack made from events is one `pack run` reads; a refused choice says why.
#include "events/packfile.h"
#include "gui/packdialog.h"
#include "gui/packnewpage.h"
#include "gui/packrunpage.h"
#include "signedentry.h"
#include "verifyinghandler.h"
#include "workbench/packsession.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using Kind = Events::PackStep::Kind;
using Workbench::PackRunModel;

namespace {

const QByteArray Secret = QByteArrayLiteral("pack-dialog-secret-81c2");

Journal::Entry delivery(qint64 seq)
{
    const QByteArray body = QStringLiteral(R"({"msn":"123456","reference":"pack-order-%1","pspReference":"p-%1",)"
                                           R"("name":"CAPTURED","amount":{"currency":"NOK","value":1000},)"
                                           R"("success":true})")
                                .arg(seq)
                                .toUtf8();
    return deliveryEntry(seq, "the-secret-it-came-with", QUrl(QStringLiteral("https://shop.example/hooks/vipps")), body,
                         QDateTime::currentDateTimeUtc().addSecs(-3600));
}

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '));
}

QStringList column(const QAbstractItemModel *model, int column)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts.append(model->index(row, column).data().toString());
    return texts;
}

} // namespace

class TstPackDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void runShowsALinePerStepAndASummary_data();
    void runShowsALinePerStepAndASummary();
    void profileSecretSignsTheSteps();
    void fileThatIsNoPackIsRefusedClearly();
    void packFromEventsIsOnePackRunReads();
    void refusedChoiceSaysWhyAndWritesNothing();
    void fitsASmallScreen();
    void screenshots();

private:
    void makePack(const QList<std::pair<int, Kind>> &marks);
    Events::PackSummary run(const QString &typedSecret);

    QTemporaryDir m_dir;
    std::unique_ptr<VerifyingHandler> m_handler;
    Signature::SecretList m_profileSecrets;
    std::unique_ptr<Gui::PackDialog> m_dialog;
};

void TstPackDialog::init()
{
    m_handler = std::make_unique<VerifyingHandler>();
    QVERIFY(m_handler->start());
    m_handler->setSecret(Secret);
    m_profileSecrets.clear();
    m_dialog = std::make_unique<Gui::PackDialog>([this] { return m_profileSecrets; });
    m_dialog->show();
}

void TstPackDialog::cleanup()
{
    m_dialog.reset();
    m_handler.reset();
}

// Events #1 and #2 with the steps marked (row, kind), #1 valid already, saved and so open on the run page.
void TstPackDialog::makePack(const QList<std::pair<int, Kind>> &marks)
{
    Gui::PackNewPage *page = m_dialog->newPage();
    m_dialog->newPackFrom({delivery(2), delivery(1)});
    QCOMPARE(page->entryCount(), 2);
    for (const auto &[row, kind] : marks)
        page->setMarked(row, kind, true);
    QVERIFY(page->saveTo(m_dir.filePath(QStringLiteral("made.json"))));
    QVERIFY(m_dialog->session()->hasPack());
}

Events::PackSummary TstPackDialog::run(const QString &typedSecret)
{
    Gui::PackRunPage *page = m_dialog->runPage();
    page->urlField()->setText(m_handler->url(QStringLiteral("/hooks/vipps")).toString());
    page->secretField()->setText(typedSecret);
    QSignalSpy finished(m_dialog->session(), &Workbench::PackSession::finished);
    if (!page->runButton()->isEnabled())
        return {};
    QTest::mouseClick(page->runButton(), Qt::LeftButton);
    if (!finished.wait(15000))
        return {};
    return finished.first().at(0).value<Events::PackSummary>();
}

void TstPackDialog::runShowsALinePerStepAndASummary_data()
{
    QTest::addColumn<bool>("takesEverything");
    QTest::addColumn<QStringList>("verdicts");
    QTest::addColumn<QString>("summary");
    QTest::newRow("a handler that checks")
        << false << QStringList(5, QStringLiteral("PASS")) << QStringLiteral("All 5 steps passed.");
    QTest::newRow("a handler that takes everything")
        << true << words("PASS FAIL FAIL PASS PASS") << QStringLiteral("3 of 5 steps passed, 2 failed.");
}

void TstPackDialog::runShowsALinePerStepAndASummary()
{
    QFETCH(bool, takesEverything);
    QFETCH(QStringList, verdicts);
    QFETCH(QString, summary);
    m_handler->answerAlways(takesEverything ? 200 : 0);
    makePack({{0, Kind::Tampered}, {0, Kind::WrongSecret}, {0, Kind::Duplicate}});
    const Events::PackSummary result = run(QString::fromLatin1(Secret));
    QCOMPARE(result.steps, 5);
    QCOMPARE(result.run, 5);

    const QAbstractItemModel *table = m_dialog->runPage()->table()->model();
    QCOMPARE(table->rowCount(), 5);
    QCOMPARE(column(table, PackRunModel::Kind), (words("valid tampered wrong-secret valid duplicate")));
    QCOMPARE(column(table, PackRunModel::Expected), (words("2xx 4xx 4xx 2xx 2xx")));
    QCOMPARE(column(table, PackRunModel::Verdict), verdicts);
    QVERIFY(column(table, PackRunModel::Event).at(1).startsWith(QLatin1String("#1 ")));
    QVERIFY(column(table, PackRunModel::Event).at(3).contains(QLatin1String("pack-order-2")));
    const QStringList answers = column(table, PackRunModel::Answer);
    QVERIFY2(answers.at(0).startsWith(QLatin1String("200")), qPrintable(answers.at(0)));
    QVERIFY2(answers.at(1).startsWith(takesEverything ? QLatin1String("200") : QLatin1String("401")),
             qPrintable(answers.at(1)));
    for (int row = 0; row < table->rowCount(); ++row) {
        QVERIFY(table->index(row, PackRunModel::Time).data().toString().endsWith(QLatin1String("ms")));
        QVERIFY(!table->index(row, PackRunModel::Why).data().toString().isEmpty());
    }
    QCOMPARE(m_dialog->runPage()->summaryLabel()->text(), summary);
    QCOMPARE(m_handler->seen().size(), 5);
    QCOMPARE(m_handler->seen().at(0).verification.result, Signature::Result::Valid);
    QVERIFY(!m_dialog->runPage()->stopButton()->isEnabled());
    QVERIFY(m_dialog->runPage()->runButton()->isEnabled());
}

// A webhook secret of the active profile is offered first; the steps are signed with it, nothing typed.
void TstPackDialog::profileSecretSignsTheSteps()
{
    m_profileSecrets = {Signature::Secret::ofWebhook(QStringLiteral("hook-1"), Secret)};
    m_dialog = std::make_unique<Gui::PackDialog>([this] { return m_profileSecrets; });
    m_dialog->show();
    makePack({{0, Kind::Stale}});
    QVERIFY(!m_dialog->runPage()->secretField()->isEnabled());
    const Events::PackSummary result = run(QString());
    QCOMPARE(result.passed, 3);
    QVERIFY(result.allPassed());
    QCOMPARE(m_handler->seen().at(0).verification.result, Signature::Result::Valid);
}

void TstPackDialog::fileThatIsNoPackIsRefusedClearly()
{
    makePack({});
    const QString good = m_dialog->session()->path();
    const QString har = m_dir.filePath(QStringLiteral("export.har"));
    QFile file(har);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"log":{"version":"1.2","entries":[]}})");
    file.close();

    QVERIFY(!m_dialog->openPack(har));
    QLabel *error = m_dialog->runPage()->errorLabel();
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("export.har")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QLatin1String("not a test pack")), qPrintable(error->text()));
    QCOMPARE(m_dialog->session()->path(), good); // the pack shown before stays
    QCOMPARE(m_dialog->runPage()->table()->model()->rowCount(), 2);

    QVERIFY(!m_dialog->openPack(m_dir.filePath(QStringLiteral("missing.json"))));
    QVERIFY2(error->text().contains(QLatin1String("cannot read")), qPrintable(error->text()));
    QVERIFY(m_dialog->openPack(good));
    QVERIFY(!error->isVisible());
}

// Every broken kind made from two events: in an order PackBuilder accepts, read back by pack run's reader, and run.
void TstPackDialog::packFromEventsIsOnePackRunReads()
{
    m_dialog->newPackFrom({delivery(1), delivery(2)});
    m_dialog->newPage()->markEveryBrokenKind();
    const QString path = m_dir.filePath(QStringLiteral("every-kind.json"));
    QVERIFY(m_dialog->newPage()->saveTo(path));
    QVERIFY2(m_dialog->newPage()->messageLabel()->text().contains(QLatin1String("7 steps")),
             qPrintable(m_dialog->newPage()->messageLabel()->text()));
    QString error;
    const std::optional<Events::TestPack> pack = Events::PackFile::read(path, &error);
    QVERIFY2(pack, qPrintable(error));
    QList<std::pair<Kind, qint64>> steps;
    for (const Events::PackStep &step : pack->steps)
        steps.append({step.kind, step.seq});
    const QList<std::pair<Kind, qint64>> expected{{Kind::OutOfOrder, 2},  {Kind::Valid, 1}, {Kind::Tampered, 1},
                                                  {Kind::WrongSecret, 1}, {Kind::Stale, 1}, {Kind::Valid, 2},
                                                  {Kind::Duplicate, 1}};
    QVERIFY(steps == expected);
    QCOMPARE(pack->steps.at(1).body, delivery(1).body);
    QVERIFY(pack->steps.at(1).headers.value("Authorization").isEmpty()); // signed again when it runs

    const Events::PackSummary result = run(QString::fromLatin1(Secret));
    QVERIFY(result.allPassed());
    QCOMPARE(m_dialog->runPage()->summaryLabel()->text(), QStringLiteral("All 7 steps passed."));
}

void TstPackDialog::refusedChoiceSaysWhyAndWritesNothing()
{
    m_dialog->newPackFrom({delivery(1), delivery(2)});
    Gui::PackNewPage *page = m_dialog->newPage();
    page->setMarked(0, Kind::Valid, false);
    page->setMarked(0, Kind::Duplicate, true);
    const QString path = m_dir.filePath(QStringLiteral("refused.json"));
    QVERIFY(!page->saveTo(path));
    QVERIFY2(page->messageLabel()->text().contains(QLatin1String("duplicate:1")),
             qPrintable(page->messageLabel()->text()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!m_dialog->session()->hasPack());

    for (int row = 0; row < 2; ++row) {
        for (const Kind kind : Events::PackStep::kinds())
            page->setMarked(row, kind, false);
    }
    QVERIFY(!page->saveButton()->isEnabled());
}

void TstPackDialog::fitsASmallScreen()
{
    makePack({{0, Kind::Tampered}});
    const QSize least = m_dialog->minimumSizeHint();
    QVERIFY2(least.width() <= 1024 && least.height() <= 700,
             qPrintable(QStringLiteral("%1x%2").arg(least.width()).arg(least.height())));
    QVERIFY(m_dialog->width() <= 1024 && m_dialog->height() <= 700);
}

// The run page after a run against a handler that takes everything, and the new-pack page with every broken kind, at
// the dialog's own size and at 1024x700.
void TstPackDialog::screenshots()
{
    const QString dir = qEnvironmentVariable("VWB_SHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set VWB_SHOT_DIR to save screenshots");
    QVERIFY(QDir().mkpath(dir));
    m_handler->answerAlways(200);
    makePack(
        {{0, Kind::Tampered}, {0, Kind::WrongSecret}, {0, Kind::Stale}, {0, Kind::Duplicate}, {1, Kind::OutOfOrder}});
    QVERIFY(run(QString::fromLatin1(Secret)).run > 0);
    m_dialog->newPackFrom({delivery(1), delivery(2), delivery(3)});
    m_dialog->newPage()->markEveryBrokenKind();
    for (const QSize size : {m_dialog->size(), QSize(1024, 700)}) {
        m_dialog->resize(size);
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        auto *tabs = m_dialog->findChild<QTabWidget *>();
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            const QString name = QStringLiteral("packs-%1-%2x%3.png")
                                     .arg(tab == 0 ? QLatin1String("run") : QLatin1String("new"))
                                     .arg(size.width())
                                     .arg(size.height());
            QVERIFY(m_dialog->grab().save(QDir(dir).filePath(name)));
        }
    }
}

QTEST_MAIN(TstPackDialog)
#include "tst_packdialog.moc"
