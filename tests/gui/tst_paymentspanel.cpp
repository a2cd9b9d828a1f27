// SPDX-License-Identifier: MIT
// The payments panel against the real local simulator, through its widgets: create, approve, capture, refund and
// cancel change the simulator's ledger and the table; the form checks every field as the user types; the API's
// refusals show in the error area; a production profile asks before every change and a "no" sends nothing.
#include "gui/paymentform.h"
#include "gui/paymentspanel.h"
#include "sessionfixture.h"
#include "sim/localsimulator.h"
#include "sim/paymentledger.h"
#include "sim/simulatorprofile.h"
#include "workbench/paymentactions.h"
#include "workbench/paymentlistmodel.h"
#include "workbench/profilesession.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLocale>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <memory>

using Workbench::PaymentListModel;
using Workbench::ProfileSession;

namespace {

struct Call
{
    QByteArray method;
    QByteArray path;
};

} // namespace

class TstPaymentsPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void formStartsValid();
    void createAddsACreatedRow();
    void approveAuthorizes();
    void captureAndRefundParts();
    void cancelOfFreshPaymentTerminates();
    void createAndApproveInOneStep();
    void validationShownAsTyped_data();
    void validationShownAsTyped();
    void fieldsStayPutWhileTyping();
    void minimumSpeaksInKroner();
    void clearedAmountDisablesCreate_data();
    void clearedAmountDisablesCreate();
    void duplicateReferenceShowsConflict();
    void captureTooMuchShowsErrorCode();
    void captureOffersAtMostWhatIsLeft();
    void refundOffersAtMostWhatIsCapturedAndNotRefunded();
    void captureDialogInTheUsersLocale();
    void cancelAsksFirst();
    void productionAsksAndNoSendsNothing();
    void openLandingPageUsesOpener();
    void landingPageWithoutBrowserSaysSo();
    void landingPageNotOfferedWhenFinished_data();
    void landingPageNotOfferedWhenFinished();
    void openPaymentByReference();
    void listComesBackWithItsProfile();
    void screenshots();

private:
    bool activate(const Credentials::Profile &profile);
    template<typename T> T *child(const char *name) const { return m_panel->findChild<T *>(QLatin1String(name)); }
    QString cell(const QString &reference, int column) const;
    QString createPayment(double amount = 49.00);
    QString createAuthorized(double amount = 49.00);
    void select(const QString &reference);
    bool answerAmount(const char *dialogName, double value, double *shownDefault = nullptr);
    template<typename T> T *openDialog(const char *name) const;
    QInputDialog *clickForAmount(const char *button, const char *dialogName);
    bool answerReference(const QString &reference);
    bool answerCancel(bool yes);
    const Sim::Payment *ledgerPayment(const QString &reference) const;

    TestSupport::SessionFixture m_fixture;
    std::unique_ptr<Workbench::PaymentActions> m_actions;
    std::unique_ptr<Gui::PaymentsPanel> m_panel;
    QList<Call> m_calls;
};

void TstPaymentsPanel::init()
{
    QString error;
    QVERIFY2(m_fixture.start({Sim::SimulatorProfile::defaultProfile(), TestSupport::productionOnSimulator()}, &error,
                             TestSupport::SessionFixture::Production::ToSimulator),
             qPrintable(error));
    connect(m_fixture.sim.get(), &Sim::LocalSimulator::requestHandled, this,
            [this](const QByteArray &method, const QByteArray &path, int) {
                m_calls.append({method, path});
            });
    m_actions = std::make_unique<Workbench::PaymentActions>(m_fixture.session.get(), &m_fixture.confirmer);
    m_panel = std::make_unique<Gui::PaymentsPanel>(m_actions.get());
    m_panel->resize(900, 760);
    QVERIFY(activate(Sim::SimulatorProfile::defaultProfile()));
    m_calls.clear();
}

void TstPaymentsPanel::cleanup()
{
    m_panel.reset();
    m_actions.reset();
    m_fixture.stop();
    m_calls.clear();
}

bool TstPaymentsPanel::activate(const Credentials::Profile &profile)
{
    return m_fixture.activate(profile);
}

QString TstPaymentsPanel::cell(const QString &reference, int column) const
{
    const QAbstractItemModel *model = child<QTableView>("paymentsView")->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, PaymentListModel::Reference).data().toString() == reference)
            return model->index(row, column).data().toString();
    }
    return {};
}

// Through the form: the amount, then Create; waits for the row. Empty when it did not appear.
QString TstPaymentsPanel::createPayment(double amount)
{
    child<QDoubleSpinBox>("amountSpin")->setValue(amount);
    const QString reference = child<QLineEdit>("referenceEdit")->text();
    QPushButton *create = child<QPushButton>("createButton");
    if (!create->isEnabled())
        return {};
    create->click();
    const bool created =
        QTest::qWaitFor([&] { return cell(reference, PaymentListModel::State) == QLatin1String("CREATED"); });
    return created ? reference : QString();
}

QString TstPaymentsPanel::createAuthorized(double amount)
{
    const QString reference = createPayment(amount);
    if (reference.isEmpty())
        return {};
    select(reference);
    child<QToolButton>("approveButton")->click();
    const bool approved =
        QTest::qWaitFor([&] { return cell(reference, PaymentListModel::State) == QLatin1String("AUTHORIZED"); });
    return approved ? reference : QString();
}

void TstPaymentsPanel::select(const QString &reference)
{
    m_panel->findChild<QTableView *>(QStringLiteral("paymentsView"))
        ->selectRow(m_panel->model()->rowForReference(reference));
}

// Fills in the Capture… or Refund… dialog the panel opened and accepts it.
bool TstPaymentsPanel::answerAmount(const char *dialogName, double value, double *shownDefault)
{
    auto *dialog = m_panel->findChild<QInputDialog *>(QLatin1String(dialogName));
    if (!dialog || !dialog->isVisible())
        return false;
    if (shownDefault)
        *shownDefault = dialog->doubleValue();
    dialog->setDoubleValue(value);
    dialog->accept();
    return true;
}

// The dialog of that name the panel has open now (closed ones wait for deletion).
template<typename T> T *TstPaymentsPanel::openDialog(const char *name) const
{
    const QList<T *> dialogs = m_panel->findChildren<T *>(QLatin1String(name));
    const auto open = std::find_if(dialogs.cbegin(), dialogs.cend(), [](T *dialog) { return dialog->isVisible(); });
    return open == dialogs.cend() ? nullptr : *open;
}

// Clicks Capture… or Refund… and gives the dialog it opened, or null.
QInputDialog *TstPaymentsPanel::clickForAmount(const char *button, const char *dialogName)
{
    child<QToolButton>(button)->click();
    return openDialog<QInputDialog>(dialogName);
}

// Open… by reference: fills in the dialog and accepts it.
bool TstPaymentsPanel::answerReference(const QString &reference)
{
    auto *open = child<QToolButton>("openReferenceButton");
    if (!open)
        return false;
    open->click();
    auto *dialog = openDialog<QInputDialog>("openReferenceDialog");
    if (!dialog)
        return false;
    dialog->setTextValue(reference);
    dialog->accept();
    return true;
}

// Answers the question Cancel asks: cancel the payment, or keep it.
bool TstPaymentsPanel::answerCancel(bool yes)
{
    auto *box = openDialog<QMessageBox>("cancelQuestion");
    if (!box)
        return false;
    const QMessageBox::ButtonRole wanted = yes ? QMessageBox::AcceptRole : QMessageBox::RejectRole;
    const QList<QAbstractButton *> buttons = box->buttons();
    const auto button = std::find_if(buttons.cbegin(), buttons.cend(),
                                     [&](QAbstractButton *candidate) { return box->buttonRole(candidate) == wanted; });
    if (button == buttons.cend())
        return false;
    (*button)->click();
    return true;
}

const Sim::Payment *TstPaymentsPanel::ledgerPayment(const QString &reference) const
{
    return m_fixture.sim->ledger().payment(Sim::SimulatorProfile::defaultProfile().merchantSerialNumber, reference);
}

void TstPaymentsPanel::formStartsValid()
{
    const QString reference = child<QLineEdit>("referenceEdit")->text();
    QVERIFY2(QRegularExpression(QStringLiteral("^wb-\\d{8}-[a-z0-9]{6}$")).match(reference).hasMatch(),
             qPrintable(reference));
    QCOMPARE(child<QComboBox>("currencyCombo")->currentText(), QStringLiteral("NOK"));
    QCOMPARE(child<QComboBox>("userFlowCombo")->currentText(), QStringLiteral("WEB_REDIRECT"));
    QCOMPARE(child<QLineEdit>("phoneEdit")->text(), QStringLiteral("4712345678"));
    QVERIFY(child<QLineEdit>("returnUrlEdit")->text().startsWith(QLatin1String("https://")));
    QVERIFY(child<QPushButton>("createButton")->isEnabled());
    QVERIFY(child<QPushButton>("createApproveButton")->isEnabled());
    for (QLabel *label : m_panel->findChildren<QLabel *>(QRegularExpression(QStringLiteral("Error$"))))
        QVERIFY2(label->isHidden(), qPrintable(label->objectName()));
    QCOMPARE(m_panel->form()->request().amount.value, 4900);

    // Nothing selected: the actions on a payment wait for one.
    QVERIFY(!child<QToolButton>("captureButton")->isEnabled());
    QVERIFY(!child<QToolButton>("approveButton")->isEnabled());
    QVERIFY(child<QLabel>("approveReasonLabel")->isHidden());

    child<QToolButton>("newReferenceButton")->click();
    QVERIFY(child<QLineEdit>("referenceEdit")->text() != reference);
}

void TstPaymentsPanel::createAddsACreatedRow()
{
    QSignalSpy created(m_panel.get(), &Gui::PaymentsPanel::paymentCreated);
    child<QComboBox>("currencyCombo")->setCurrentText(QStringLiteral("DKK"));
    const QString reference = createPayment(12.34);
    QVERIFY(!reference.isEmpty());

    QCOMPARE(cell(reference, PaymentListModel::Amount), QStringLiteral("12.34 DKK"));
    const Sim::Payment *payment = ledgerPayment(reference);
    QVERIFY(payment);
    QCOMPARE(payment->amount, (Api::Amount{1234, QStringLiteral("DKK")}));
    QCOMPARE(payment->state, Sim::PaymentState::Created);
    QCOMPARE(payment->userFlow, QStringLiteral("WEB_REDIRECT"));
    QCOMPARE(created.count(), 1);
    QCOMPARE(created.first().first().toString(), reference);
    QVERIFY(child<QLineEdit>("referenceEdit")->text() != reference); // a fresh one for the next payment
    // The create is followed by a get of the same payment.
    QTRY_VERIFY(std::any_of(m_calls.cbegin(), m_calls.cend(), [&](const Call &call) {
        return call.method == "GET" && call.path.endsWith(reference.toUtf8());
    }));
    QVERIFY(child<QToolButton>("openButton")->isEnabled()); // the new row is selected
    QVERIFY(child<QFrame>("errorFrame")->isHidden());
}

void TstPaymentsPanel::approveAuthorizes()
{
    QSignalSpy approved(m_panel.get(), &Gui::PaymentsPanel::paymentApproved);
    const QString reference = createAuthorized();
    QVERIFY(!reference.isEmpty());
    QCOMPARE(ledgerPayment(reference)->state, Sim::PaymentState::Authorized);
    QCOMPARE(cell(reference, PaymentListModel::Authorized), QStringLiteral("49.00 NOK"));
    QCOMPARE(approved.count(), 1);
    QCOMPARE(approved.first().first().toString(), reference);
}

void TstPaymentsPanel::captureAndRefundParts()
{
    const QString reference = createAuthorized(49.00);
    QVERIFY(!reference.isEmpty());

    child<QToolButton>("captureButton")->click();
    double shown = 0;
    QVERIFY(answerAmount("captureDialog", 20.00, &shown));
    QCOMPARE(shown, 49.00); // all that is authorized
    QTRY_COMPARE(cell(reference, PaymentListModel::Captured), QStringLiteral("20.00 NOK"));
    QCOMPARE(ledgerPayment(reference)->aggregate.captured, 2000);
    QCOMPARE(cell(reference, PaymentListModel::State), QStringLiteral("AUTHORIZED"));

    child<QToolButton>("refundButton")->click();
    QVERIFY(answerAmount("refundDialog", 5.00, &shown));
    QCOMPARE(shown, 20.00); // all that is captured
    QTRY_COMPARE(cell(reference, PaymentListModel::Refunded), QStringLiteral("5.00 NOK"));
    QCOMPARE(ledgerPayment(reference)->aggregate.refunded, 500);

    child<QToolButton>("captureButton")->click();
    QVERIFY(answerAmount("captureDialog", 1.00, &shown));
    QCOMPARE(shown, 29.00); // the rest
    QTRY_COMPARE(cell(reference, PaymentListModel::Captured), QStringLiteral("21.00 NOK"));
    QVERIFY(child<QFrame>("errorFrame")->isHidden());
}

void TstPaymentsPanel::cancelOfFreshPaymentTerminates()
{
    const QString reference = createPayment();
    QVERIFY(!reference.isEmpty());
    select(reference);
    child<QToolButton>("cancelButton")->click();
    QVERIFY(answerCancel(true));
    QTRY_COMPARE(cell(reference, PaymentListModel::State), QStringLiteral("TERMINATED"));
    QCOMPARE(ledgerPayment(reference)->state, Sim::PaymentState::Terminated);
    QVERIFY(m_panel->model()
                ->index(m_panel->model()->rowForReference(reference), 0)
                .data(PaymentListModel::FinalRole)
                .toBool());
}

void TstPaymentsPanel::createAndApproveInOneStep()
{
    QSignalSpy created(m_panel.get(), &Gui::PaymentsPanel::paymentCreated);
    QSignalSpy approved(m_panel.get(), &Gui::PaymentsPanel::paymentApproved);
    const QString reference = child<QLineEdit>("referenceEdit")->text();
    m_panel->createAndApprove();
    QTRY_COMPARE(cell(reference, PaymentListModel::State), QStringLiteral("AUTHORIZED"));
    QCOMPARE(created.count(), 1);
    QCOMPARE(approved.count(), 1);
    QCOMPARE(ledgerPayment(reference)->state, Sim::PaymentState::Authorized);
}

void TstPaymentsPanel::validationShownAsTyped_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("expected");
    QTest::newRow("reference too short") << QStringLiteral("reference") << QStringLiteral("referenceError")
                                         << QStringLiteral("8 to 64 characters");
    QTest::newRow("reference with a space")
        << QStringLiteral("referenceSpace") << QStringLiteral("referenceError") << QStringLiteral("remove ' '");
    QTest::newRow("amount below the NOK minimum")
        << QStringLiteral("amount") << QStringLiteral("amountError") << QStringLiteral("at least 1.00 NOK.");
    QTest::newRow("WEB_REDIRECT without return URL")
        << QStringLiteral("returnUrl") << QStringLiteral("returnUrlError") << QStringLiteral("WEB_REDIRECT needs");
    QTest::newRow("http return URL") << QStringLiteral("httpReturnUrl") << QStringLiteral("returnUrlError")
                                     << QStringLiteral("https://");
    QTest::newRow("PUSH_MESSAGE without phone")
        << QStringLiteral("phone") << QStringLiteral("phoneError") << QStringLiteral("PUSH_MESSAGE needs");
    QTest::newRow("description too short")
        << QStringLiteral("description") << QStringLiteral("descriptionError") << QStringLiteral("3 to 100");
}

// A message appearing under a field does not push the fields and buttons below it down under the mouse.
void TstPaymentsPanel::fieldsStayPutWhileTyping()
{
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    auto *reference = child<QLineEdit>("referenceEdit");
    const auto where = [this](const char *name) { return child<QWidget>(name)->mapTo(m_panel.get(), QPoint()); };
    const QPoint returnUrl = where("returnUrlEdit");
    const QPoint create = where("createButton");
    reference->clear();
    QTest::keyClicks(reference, QStringLiteral("wb-1"));
    QVERIFY(child<QLabel>("referenceError")->isVisible());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCOMPARE(where("returnUrlEdit"), returnUrl);
    QCOMPARE(where("createButton"), create);
}

void TstPaymentsPanel::validationShownAsTyped()
{
    QFETCH(QString, change);
    QFETCH(QString, errorLabel);
    QFETCH(QString, expected);
    auto *reference = child<QLineEdit>("referenceEdit");
    auto *amount = child<QDoubleSpinBox>("amountSpin");
    auto *returnUrl = child<QLineEdit>("returnUrlEdit");
    auto *phone = child<QLineEdit>("phoneEdit");
    auto *flow = child<QComboBox>("userFlowCombo");
    auto *description = child<QLineEdit>("descriptionEdit");
    const QString goodReference = reference->text();

    const auto breakIt = [&] {
        if (change == QLatin1String("reference")) {
            reference->clear();
            QTest::keyClicks(reference, QStringLiteral("wb-1"));
        } else if (change == QLatin1String("referenceSpace")) {
            reference->setText(QStringLiteral("wb order 0001"));
        } else if (change == QLatin1String("amount")) {
            amount->setValue(0.99);
        } else if (change == QLatin1String("returnUrl")) {
            returnUrl->clear();
        } else if (change == QLatin1String("httpReturnUrl")) {
            returnUrl->setText(QStringLiteral("http://example.com/return"));
        } else if (change == QLatin1String("phone")) {
            flow->setCurrentText(QStringLiteral("PUSH_MESSAGE"));
            phone->clear();
        } else if (change == QLatin1String("description")) {
            description->setText(QStringLiteral("ok"));
        }
    };
    breakIt();

    auto *label = child<QLabel>(qPrintable(errorLabel));
    QVERIFY(label);
    QVERIFY(label->isVisibleTo(m_panel.get()));
    QVERIFY2(label->text().contains(expected), qPrintable(label->text()));
    QVERIFY(!child<QPushButton>("createButton")->isEnabled());
    QVERIFY(!child<QPushButton>("createApproveButton")->isEnabled());
    QVERIFY(child<QLabel>("formStatusLabel")->isVisibleTo(m_panel.get()));
    // Only this field complains.
    for (QLabel *other : m_panel->findChildren<QLabel *>(QRegularExpression(QStringLiteral("Error$")))) {
        if (other != label)
            QVERIFY2(other->isHidden(), qPrintable(other->objectName()));
    }

    // The quick start's slot refuses too, naming the field, and sends nothing.
    QSignalSpy shown(m_panel.get(), &Gui::PaymentsPanel::errorShown);
    m_panel->createAndApprove();
    QCOMPARE(shown.count(), 1);
    QVERIFY(child<QFrame>("errorFrame")->isVisibleTo(m_panel.get()));
    QVERIFY(m_calls.isEmpty());

    // Put right, the message goes and Create comes back.
    reference->setText(goodReference);
    amount->setValue(49.00);
    returnUrl->setText(QStringLiteral("https://example.com/return"));
    phone->setText(QStringLiteral("4712345678"));
    description->setText(QStringLiteral("Test payment"));
    QVERIFY(label->isHidden());
    QVERIFY(child<QPushButton>("createButton")->isEnabled());
}

// The field is in kroner: its message says 1.00 NOK, not 100 minor units.
void TstPaymentsPanel::minimumSpeaksInKroner()
{
    child<QDoubleSpinBox>("amountSpin")->setValue(0.99);
    const QString message = child<QLabel>("amountError")->text();
    QCOMPARE(message, QStringLiteral("The amount must be at least 1.00 NOK."));
    QVERIFY(!child<QPushButton>("createButton")->isEnabled());
}

void TstPaymentsPanel::clearedAmountDisablesCreate_data()
{
    QTest::addColumn<QString>("typed"); // what is left in the field
    QTest::newRow("cleared") << QString();
    QTest::newRow("a lone separator") << QStringLiteral(".");
}

// The field keeps its last good value while it holds none: that value (1.23 NOK, a magic test amount) must not be
// what Create sends.
void TstPaymentsPanel::clearedAmountDisablesCreate()
{
    QFETCH(QString, typed);
    auto *amount = child<QDoubleSpinBox>("amountSpin");
    amount->setValue(1.23);
    QVERIFY(child<QPushButton>("createButton")->isEnabled());
    amount->clear();
    QTest::keyClicks(amount, typed);
    QCOMPARE(amount->text(), typed);

    QVERIFY(!child<QPushButton>("createButton")->isEnabled());
    QVERIFY(!child<QPushButton>("createApproveButton")->isEnabled());
    auto *error = child<QLabel>("amountError");
    QVERIFY(error->isVisibleTo(m_panel.get()));
    QVERIFY2(error->text().contains(QLatin1String("Enter an amount of at least 1.00 NOK")), qPrintable(error->text()));
    QVERIFY(!m_panel->form()->isValid());

    // The quick start's way in is refused too, and nothing is sent.
    QSignalSpy shown(m_panel.get(), &Gui::PaymentsPanel::errorShown);
    m_panel->createAndApprove();
    QCOMPARE(shown.count(), 1);
    m_panel->createPayment();
    QCOMPARE(shown.count(), 2);
    QVERIFY(m_calls.isEmpty());
    QCOMPARE(m_panel->model()->rowCount(), 0);

    // An amount typed in again brings Create back.
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("12.5"));
    QVERIFY(child<QPushButton>("createButton")->isEnabled());
    QVERIFY(error->isHidden());
    QCOMPARE(m_panel->form()->request().amount.value, 1250);
}

void TstPaymentsPanel::duplicateReferenceShowsConflict()
{
    const QString reference = createPayment();
    QVERIFY(!reference.isEmpty());
    QSignalSpy shown(m_panel.get(), &Gui::PaymentsPanel::errorShown);
    child<QLineEdit>("referenceEdit")->setText(reference);
    child<QPushButton>("createButton")->click();

    QTRY_VERIFY(child<QFrame>("errorFrame")->isVisibleTo(m_panel.get()));
    const QString text = child<QLabel>("errorText")->text();
    QVERIFY2(text.contains(QLatin1String("409")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("ErrorCode: 4150")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("traceId: 00-")), qPrintable(text));
    QVERIFY(child<QLabel>("errorTitle")->text().contains(reference));
    QCOMPARE(shown.count(), 1);
    QVERIFY(shown.first().first().toString().startsWith(QLatin1String("409")));
    QCOMPARE(m_panel->model()->rowCount(), 1);
    QVERIFY(child<QPushButton>("createButton")->isEnabled()); // no longer busy
}

// The dialog offers no more than is left, so more is asked for through the workflow, as the command line still
// may: the API's refusal shows in the error area.
void TstPaymentsPanel::captureTooMuchShowsErrorCode()
{
    const QString reference = createAuthorized(49.00);
    QVERIFY(!reference.isEmpty());
    QSignalSpy shown(m_panel.get(), &Gui::PaymentsPanel::errorShown);
    m_actions->capture(reference, {10000, QStringLiteral("NOK")});

    QTRY_COMPARE(shown.count(), 1);
    const QString text = child<QLabel>("errorText")->text();
    QVERIFY2(text.startsWith(QLatin1String("HTTP 400")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("extraDetails: ErrorCode: 6090")), qPrintable(text));
    QVERIFY(child<QLabel>("errorTitle")->text().contains(QLatin1String("100.00 NOK")));
    QVERIFY(!cell(reference, PaymentListModel::Error).isEmpty());
    QCOMPARE(ledgerPayment(reference)->aggregate.captured, 0);

    // The next success clears the area; the row keeps what failed until an action on it works.
    child<QToolButton>("refreshButton")->click();
    QTRY_VERIFY(child<QFrame>("errorFrame")->isHidden());
    QVERIFY(!cell(reference, PaymentListModel::Error).isEmpty());
    child<QToolButton>("captureButton")->click();
    QVERIFY(answerAmount("captureDialog", 49.00));
    QTRY_COMPARE(cell(reference, PaymentListModel::Captured), QStringLiteral("49.00 NOK"));
    QCOMPARE(cell(reference, PaymentListModel::Error), QString());
}

// Capture… offers what is authorized and neither captured nor cancelled, no more; at 0.00 it is not offered.
// In Norwegian the dialog writes one number one way: "49,00" in the field and "49,00 NOK" in its question.
void TstPaymentsPanel::captureDialogInTheUsersLocale()
{
    const QString reference = createAuthorized(49.00);
    QVERIFY(!reference.isEmpty());
    QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    QInputDialog *dialog = clickForAmount("captureButton", "captureDialog");
    QLocale::setDefault(QLocale::c());
    QVERIFY(dialog);
    const QString question = dialog->labelText();
    QVERIFY2(question.contains(QLatin1String("49,00 NOK")) && !question.contains(QLatin1String("49.00")),
             qPrintable(question));
    auto *field = dialog->findChild<QDoubleSpinBox *>();
    QVERIFY(field);
    QCOMPARE(field->text(), QStringLiteral("49,00"));
    dialog->reject();
}

void TstPaymentsPanel::captureOffersAtMostWhatIsLeft()
{
    const QString reference = createAuthorized(49.00);
    QVERIFY(!reference.isEmpty());
    QInputDialog *dialog = clickForAmount("captureButton", "captureDialog");
    QVERIFY(dialog);
    QCOMPARE(dialog->doubleMaximum(), 49.00);
    QVERIFY(answerAmount("captureDialog", 20.00));
    QTRY_COMPARE(cell(reference, PaymentListModel::Captured), QStringLiteral("20.00 NOK"));

    dialog = clickForAmount("captureButton", "captureDialog");
    QVERIFY(dialog);
    QCOMPARE(dialog->doubleMaximum(), 29.00);
    QVERIFY2(dialog->labelText().contains(QLatin1String("29.00 NOK")), qPrintable(dialog->labelText()));
    dialog->setDoubleValue(100.00); // more than is left cannot be asked for
    QCOMPARE(dialog->doubleValue(), 29.00);
    dialog->accept();
    QTRY_COMPARE(cell(reference, PaymentListModel::Captured), QStringLiteral("49.00 NOK"));

    auto *capture = child<QToolButton>("captureButton");
    QTRY_VERIFY(!capture->isEnabled());
    QVERIFY2(capture->defaultAction()->statusTip().contains(QLatin1String("Nothing is left to capture")),
             qPrintable(capture->defaultAction()->statusTip()));
    QVERIFY(child<QFrame>("errorFrame")->isHidden());
}

// Refund… offers what is captured and not yet refunded, no more.
void TstPaymentsPanel::refundOffersAtMostWhatIsCapturedAndNotRefunded()
{
    const QString reference = createAuthorized(49.00);
    QVERIFY(!reference.isEmpty());
    child<QToolButton>("captureButton")->click();
    QVERIFY(answerAmount("captureDialog", 20.00));
    QTRY_COMPARE(cell(reference, PaymentListModel::Captured), QStringLiteral("20.00 NOK"));

    QInputDialog *dialog = clickForAmount("refundButton", "refundDialog");
    QVERIFY(dialog);
    QCOMPARE(dialog->doubleMaximum(), 20.00);
    QVERIFY(answerAmount("refundDialog", 5.00));
    QTRY_COMPARE(cell(reference, PaymentListModel::Refunded), QStringLiteral("5.00 NOK"));

    dialog = clickForAmount("refundButton", "refundDialog");
    QVERIFY(dialog);
    QCOMPARE(dialog->doubleMaximum(), 15.00);
    QCOMPARE(dialog->doubleValue(), 15.00);
    dialog->reject();
}

// Cancel asks first, saying what it will do; "keep it" sends nothing.
void TstPaymentsPanel::cancelAsksFirst()
{
    const QString reference = createPayment();
    QVERIFY(!reference.isEmpty());
    select(reference);
    m_calls.clear();
    child<QToolButton>("cancelButton")->click();
    auto *box = openDialog<QMessageBox>("cancelQuestion");
    QVERIFY(box);
    QVERIFY2(box->text().contains(reference) && box->text().contains(QLatin1String("TERMINATED")),
             qPrintable(box->text()));
    QVERIFY(answerCancel(false));
    QCOMPARE(ledgerPayment(reference)->state, Sim::PaymentState::Created);
    for (const Call &call : std::as_const(m_calls))
        QVERIFY2(!call.path.endsWith("/cancel"), call.path.constData());

    child<QToolButton>("cancelButton")->click();
    QVERIFY(answerCancel(true));
    QTRY_COMPARE(cell(reference, PaymentListModel::State), QStringLiteral("TERMINATED"));

    // After approval the question names what is released.
    const QString authorized = createAuthorized(49.00);
    QVERIFY(!authorized.isEmpty());
    child<QToolButton>("cancelButton")->click();
    box = openDialog<QMessageBox>("cancelQuestion");
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("49.00 NOK")), qPrintable(box->text()));
    QVERIFY(answerCancel(false));
}

void TstPaymentsPanel::productionAsksAndNoSendsNothing()
{
    const Credentials::Profile production = TestSupport::productionOnSimulator();
    const QStringList &questions = m_fixture.confirmer.questions;
    QVERIFY(m_fixture.storeDemoKeys(production.name));
    QVERIFY(activate(production));
    QVERIFY(m_fixture.session->missingSecrets().isEmpty());

    // Force approve does not exist in production: unavailable, and why.
    QVERIFY(child<QLabel>("approveReasonLabel")->isVisibleTo(m_panel.get()));
    QVERIFY(!child<QPushButton>("createApproveButton")->isEnabled());
    QCOMPARE(child<QLineEdit>("phoneEdit")->text(), QString()); // no test user in production
    const qsizetype askedBefore = questions.size();

    // "No": nothing is sent.
    const QString refused = child<QLineEdit>("referenceEdit")->text();
    m_fixture.confirmer.answer = false;
    child<QPushButton>("createButton")->click();
    QCOMPARE(questions.size(), 1);
    QVERIFY2(questions.first().contains(refused), qPrintable(questions.first()));
    QVERIFY2(questions.first().contains(QLatin1String("49.00 NOK")), qPrintable(questions.first()));
    QCOMPARE(m_panel->model()->rowCount(), 0);

    // "Yes": the create goes through (to the simulator standing in for api.vipps.no), after the refused one would have.
    child<QLineEdit>("referenceEdit")->setText(refused + QLatin1String("-2"));
    m_fixture.confirmer.answer = true;
    const QString accepted = createPayment();
    QVERIFY(!accepted.isEmpty());
    QCOMPARE(questions.size(), 2);
    QVERIFY(ledgerPayment(accepted));
    QVERIFY(!ledgerPayment(refused));
    const auto creates = std::count_if(m_calls.cbegin(), m_calls.cend(), [](const Call &call) {
        return call.method == "POST" && call.path == "/epayment/v1/payments";
    });
    QCOMPARE(creates, 1);
    QVERIFY(!child<QToolButton>("approveButton")->isEnabled());

    // Cancel: asked, "no", nothing sent; a refresh (not a change, so not asked) still finds it CREATED.
    select(accepted);
    m_fixture.confirmer.answer = false;
    m_calls.clear();
    child<QToolButton>("cancelButton")->click();
    QVERIFY(answerCancel(true)); // the panel's own question first, then production's
    QCOMPARE(questions.size(), 3);
    QVERIFY(questions.last().contains(accepted));
    child<QToolButton>("refreshButton")->click();
    QTRY_VERIFY(!m_calls.isEmpty());
    QCOMPARE(questions.size(), 3);
    for (const Call &call : std::as_const(m_calls))
        QVERIFY2(!call.path.endsWith("/cancel"), call.path.constData());
    QCOMPARE(ledgerPayment(accepted)->state, Sim::PaymentState::Created);
    QCOMPARE(questions.size(), askedBefore + 3);
}

void TstPaymentsPanel::openLandingPageUsesOpener()
{
    QList<QUrl> opened;
    m_panel->setUrlOpener([&opened](const QUrl &url) {
        opened.append(url);
        return true;
    });
    const QString reference = createPayment();
    QVERIFY(!reference.isEmpty());
    select(reference);
    child<QToolButton>("openButton")->click();
    QCOMPARE(opened.size(), 1);
    QVERIFY(!ledgerPayment(reference)->redirectUrl.isEmpty());
    QCOMPARE(opened.first(), QUrl(ledgerPayment(reference)->redirectUrl));
    QCOMPARE(opened.first().host(), m_fixture.sim->baseUrl().host());
    auto *status = child<QLabel>("statusLabel");
    QVERIFY(status->isVisibleTo(m_panel.get()));
    QVERIFY2(status->text().contains(QLatin1String("Opened the landing page of ") + reference),
             qPrintable(status->text()));
}

// Without a browser (QDesktopServices::openUrl gives false) the panel says so; the address is shown all along,
// with a button that copies it.
void TstPaymentsPanel::landingPageWithoutBrowserSaysSo()
{
    m_panel->setUrlOpener([](const QUrl &) { return false; });
    const QString reference = createPayment();
    QVERIFY(!reference.isEmpty());
    select(reference);
    const QString url = ledgerPayment(reference)->redirectUrl;
    auto *address = child<QLineEdit>("landingUrlEdit");
    QVERIFY(address);
    QVERIFY(address->isVisibleTo(m_panel.get()));
    QVERIFY(address->isReadOnly());
    QCOMPARE(address->text(), url);

    child<QToolButton>("openButton")->click();
    auto *status = child<QLabel>("statusLabel");
    QVERIFY(status->isVisibleTo(m_panel.get()));
    QVERIFY2(status->text().contains(QLatin1String("No browser")), qPrintable(status->text()));

    auto *copy = child<QToolButton>("copyLandingButton");
    QVERIFY(copy);
    QVERIFY(copy->isEnabled());
    QGuiApplication::clipboard()->clear();
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), url);

    // Nothing selected: nothing to show or copy.
    child<QTableView>("paymentsView")->clearSelection();
    QCOMPARE(address->text(), QString());
    QVERIFY(!copy->isEnabled());
}

void TstPaymentsPanel::landingPageNotOfferedWhenFinished_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("state");
    QTest::newRow("cancelled before approval") << QStringLiteral("cancel") << QStringLiteral("TERMINATED");
    QTest::newRow("rejected on the landing page") << QStringLiteral("reject") << QStringLiteral("ABORTED");
}

// A finished payment's landing page has nothing left to do: not offered, and the panel says why.
void TstPaymentsPanel::landingPageNotOfferedWhenFinished()
{
    QFETCH(QString, how);
    QFETCH(QString, state);
    const QString reference = createPayment();
    QVERIFY(!reference.isEmpty());
    select(reference);
    QVERIFY(child<QToolButton>("openButton")->isEnabled());
    if (how == QLatin1String("cancel")) {
        child<QToolButton>("cancelButton")->click();
        QVERIFY(answerCancel(true));
    } else {
        QVERIFY(m_fixture.sim->ledger()
                    .reject(Sim::SimulatorProfile::defaultProfile().merchantSerialNumber, reference)
                    .ok());
        child<QToolButton>("refreshButton")->click();
    }
    QTRY_COMPARE(cell(reference, PaymentListModel::State), state);

    QVERIFY(!child<QToolButton>("openButton")->isEnabled());
    const QString why = child<QToolButton>("openButton")->defaultAction()->statusTip();
    QVERIFY2(why.contains(state), qPrintable(why));
    auto *address = child<QLineEdit>("landingUrlEdit");
    QVERIFY(address);
    QCOMPARE(address->text(), QString());
    QVERIFY2(address->placeholderText().contains(state), qPrintable(address->placeholderText()));
    QVERIFY(!child<QToolButton>("copyLandingButton")->isEnabled());
}

// A payment made with another profile of the same merchant serial number, or before the app started, is got by its
// reference and listed; a reference nobody knows says why in the error area and the status line.
void TstPaymentsPanel::openPaymentByReference()
{
    const QString reference = createPayment();
    QVERIFY(!reference.isEmpty());
    Credentials::Profile copy = Sim::SimulatorProfile::defaultProfile();
    copy.name = QStringLiteral("simulator-copy");
    QVERIFY(activate(copy));
    QCOMPARE(m_panel->model()->rowCount(), 0);

    auto *open = child<QToolButton>("openReferenceButton");
    QVERIFY(open);
    QVERIFY(open->isEnabled());
    QVERIFY(answerReference(reference));
    QTRY_COMPARE(cell(reference, PaymentListModel::State), QStringLiteral("CREATED"));
    QCOMPARE(cell(reference, PaymentListModel::Amount), QStringLiteral("49.00 NOK"));
    const QModelIndexList selected = child<QTableView>("paymentsView")->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data().toString(), reference);
    QVERIFY(child<QToolButton>("cancelButton")->isEnabled());

    QVERIFY(answerReference(QStringLiteral("wb-20000101-nobody")));
    QTRY_VERIFY(child<QFrame>("errorFrame")->isVisibleTo(m_panel.get()));
    QVERIFY(child<QLabel>("errorTitle")->text().contains(QLatin1String("wb-20000101-nobody")));
    QVERIFY(child<QLabel>("errorText")->text().contains(QLatin1String("404")));
    const QString why = child<QLabel>("statusLabel")->text();
    QVERIFY2(why.contains(QLatin1String("No payment wb-20000101-nobody")), qPrintable(why));
    QCOMPARE(m_panel->model()->rowCount(), 1);
}

// Another profile and back: the list of each profile is still there.
void TstPaymentsPanel::listComesBackWithItsProfile()
{
    const QString reference = createPayment();
    QVERIFY(!reference.isEmpty());
    const Credentials::Profile production = TestSupport::productionOnSimulator();
    QVERIFY(m_fixture.storeDemoKeys(production.name));
    QVERIFY(activate(production));
    QCOMPARE(m_panel->model()->rowCount(), 0);
    QVERIFY(activate(Sim::SimulatorProfile::defaultProfile()));
    QCOMPARE(m_panel->model()->rowCount(), 1);
    QCOMPARE(cell(reference, PaymentListModel::State), QStringLiteral("CREATED"));
}

// VWB_SHOT_DIR=/some/dir: saves what the panel looks like, for people to look at.
void TstPaymentsPanel::screenshots()
{
    const QString dir = qEnvironmentVariable("VWB_SHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set VWB_SHOT_DIR to save screenshots");
    QVERIFY(QDir().mkpath(dir));

    const QString terminated = createPayment(120.00);
    QVERIFY(!terminated.isEmpty());
    select(terminated);
    child<QToolButton>("cancelButton")->click();
    QVERIFY(answerCancel(true));
    QTRY_COMPARE(cell(terminated, PaymentListModel::State), QStringLiteral("TERMINATED"));
    const QString created = createPayment(49.00);
    QVERIFY(!created.isEmpty());
    const QString captured = createAuthorized(499.00);
    QVERIFY(!captured.isEmpty());
    child<QToolButton>("captureButton")->click();
    QVERIFY(answerAmount("captureDialog", 200.00));
    QTRY_COMPARE(cell(captured, PaymentListModel::Captured), QStringLiteral("200.00 NOK"));
    m_actions->capture(captured, {100000, QStringLiteral("NOK")}); // more than the dialog offers
    QTRY_VERIFY(child<QFrame>("errorFrame")->isVisibleTo(m_panel.get()));

    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    const auto save = [&](const QString &name, const QSize &size) {
        m_panel->resize(size);
        QCoreApplication::processEvents();
        return m_panel->grab().save(QDir(dir).filePath(name));
    };
    QVERIFY(save(QStringLiteral("payments-wide.png"), QSize(1100, 700)));
    // Narrow as in the main window's dock, while the form has something to say.
    child<QLineEdit>("referenceEdit")->setText(QStringLiteral("wb-1"));
    child<QComboBox>("userFlowCombo")->setCurrentText(QStringLiteral("PUSH_MESSAGE"));
    child<QLineEdit>("phoneEdit")->setText(QStringLiteral("+47 123"));
    QVERIFY(save(QStringLiteral("payments-narrow-invalid.png"), QSize(520, 760)));
}

QTEST_MAIN(TstPaymentsPanel)
#include "tst_paymentspanel.moc"
