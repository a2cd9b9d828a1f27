// SPDX-License-Identifier: MIT
#include "gui/paymentform.h"

#include "gui/steadylayout.h"
#include "ui_paymentform.h"

#include <QRandomGenerator>

namespace Gui {

namespace {

const QString kTestPhoneNumber = QStringLiteral("4712345678"); // the test user of docs/vipps-wire.md §6

} // namespace

PaymentForm::PaymentForm(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::PaymentForm>())
{
    m_ui->setupUi(this);
    setUpFields();
    setUpActions();
    revalidate();
}

PaymentForm::~PaymentForm() = default;

void PaymentForm::setUpFields()
{
    m_ui->currencyCombo->addItems(Api::Amount::currencies());
    m_ui->userFlowCombo->addItems(Api::CreatePaymentRequest::userFlows());
    m_ui->referenceEdit->setText(freshReference());
    m_ui->descriptionEdit->setText(tr("Test payment from Vipps Webhook Workbench"));
    m_ui->returnUrlEdit->setText(QStringLiteral("https://example.com/return"));
    m_ui->phoneEdit->setText(defaultPhoneNumber(m_environment));
    m_ui->newReferenceButton->setDefaultAction(m_ui->newReferenceAction);
    // A message under a field, and the line under the form, keep their room while there is nothing to say: fields
    // and buttons stay put while the user types.
    SteadyLayout::keepRoomWhenHidden({m_ui->amountError, m_ui->referenceError, m_ui->descriptionError,
                                      m_ui->userFlowError, m_ui->returnUrlError, m_ui->phoneError,
                                      m_ui->formStatusLabel});
    // The line telling what Create sends is cut first when the panel is narrow, rather than widen it.
    m_ui->amountHint->setMinimumWidth(1);

    // The spin box tells of new values only, its editor of keystrokes that make none too (a cleared field).
    connect(m_ui->amountSpin, &QDoubleSpinBox::valueChanged, this, &PaymentForm::revalidate);
    connect(m_ui->amountSpin->findChild<QLineEdit *>(), &QLineEdit::textChanged, this, &PaymentForm::revalidate);
    connect(m_ui->currencyCombo, &QComboBox::currentIndexChanged, this, &PaymentForm::revalidate);
    connect(m_ui->userFlowCombo, &QComboBox::currentIndexChanged, this, &PaymentForm::revalidate);
    for (QLineEdit *edit : {m_ui->referenceEdit, m_ui->descriptionEdit, m_ui->returnUrlEdit, m_ui->phoneEdit})
        connect(edit, &QLineEdit::textChanged, this, &PaymentForm::revalidate);
}

void PaymentForm::setUpActions()
{
    addActions({m_ui->createAction, m_ui->createApproveAction, m_ui->newReferenceAction});
    // The shortcuts press the buttons, so a disabled button keeps them from doing anything.
    connect(m_ui->createAction, &QAction::triggered, m_ui->createButton, &QPushButton::click);
    connect(m_ui->createApproveAction, &QAction::triggered, m_ui->createApproveButton, &QPushButton::click);
    connect(m_ui->createButton, &QPushButton::clicked, this, &PaymentForm::createRequested);
    connect(m_ui->createApproveButton, &QPushButton::clicked, this, &PaymentForm::createAndApproveRequested);
    connect(m_ui->newReferenceAction, &QAction::triggered, this, &PaymentForm::newReference);
}

Api::CreatePaymentRequest PaymentForm::request() const
{
    Api::CreatePaymentRequest request;
    // value() keeps the last number while the text holds none.
    const QDoubleSpinBox *amount = m_ui->amountSpin;
    request.amount = {amount->hasAcceptableInput() ? toMinorUnits(amount->value()) : 0,
                      m_ui->currencyCombo->currentText()};
    request.reference = m_ui->referenceEdit->text();
    request.paymentDescription = m_ui->descriptionEdit->text();
    request.userFlow = m_ui->userFlowCombo->currentText();
    request.returnUrl = m_ui->returnUrlEdit->text();
    request.phoneNumber = phoneNumber();
    return request;
}

QString PaymentForm::phoneNumber() const
{
    return m_ui->phoneEdit->text();
}

void PaymentForm::setEnvironment(Credentials::Environment environment)
{
    const QString phone = m_ui->phoneEdit->text();
    if (phone.isEmpty() || phone == defaultPhoneNumber(m_environment))
        m_ui->phoneEdit->setText(defaultPhoneNumber(environment));
    m_environment = environment;
}

void PaymentForm::setCreateAvailable(bool available, const QString &reason)
{
    m_createAvailable = available;
    m_unavailableReason = reason;
    updateButtons();
}

void PaymentForm::setApproveAvailable(bool available)
{
    m_approveAvailable = available;
    updateButtons();
}

void PaymentForm::setCreating(bool creating)
{
    m_creating = creating;
    updateButtons();
}

void PaymentForm::newReference()
{
    m_ui->referenceEdit->setText(freshReference());
}

void PaymentForm::revalidate()
{
    const Base::FieldErrors errors = this->errors();
    m_valid = errors.isEmpty();
    showErrors(errors);
    updateAmountHint();
    updateButtons();
}

void PaymentForm::showErrors(const Base::FieldErrors &errors)
{
    QHash<QLabel *, QStringList> messages;
    for (const Base::FieldError &error : errors)
        messages[errorLabelFor(error.field)].append(error.message);
    for (QLabel *label : {m_ui->amountError, m_ui->referenceError, m_ui->descriptionError, m_ui->userFlowError,
                          m_ui->returnUrlError, m_ui->phoneError, m_ui->otherError}) {
        const QStringList lines = messages.value(label);
        label->setText(lines.join(QLatin1Char('\n')));
        label->setVisible(!lines.isEmpty());
    }
}

// Field names as CreatePaymentRequest::validate() gives them, which are the API's own (docs/vipps-wire.md §6).
QLabel *PaymentForm::errorLabelFor(const QString &field) const
{
    if (field.startsWith(QLatin1String("amount.")))
        return m_ui->amountError;
    if (field == QLatin1String("reference"))
        return m_ui->referenceError;
    if (field == QLatin1String("paymentDescription"))
        return m_ui->descriptionError;
    if (field == QLatin1String("userFlow"))
        return m_ui->userFlowError;
    if (field == QLatin1String("returnUrl"))
        return m_ui->returnUrlError;
    if (field == QLatin1String("customer.phoneNumber"))
        return m_ui->phoneError;
    return m_ui->otherError;
}

void PaymentForm::updateButtons()
{
    const bool canCreate = m_valid && m_createAvailable && !m_creating;
    m_ui->createButton->setEnabled(canCreate);
    m_ui->createApproveButton->setEnabled(canCreate && m_approveAvailable);
    m_ui->createApproveButton->setToolTip(m_approveAvailable ? tr("Create the payment, then approve it as the test "
                                                                  "user (Ctrl+Shift+Return)")
                                                             : tr("Force approve exists only in the simulator and "
                                                                  "the test environment"));
    QString status;
    if (!m_createAvailable)
        status = m_unavailableReason;
    else if (!m_valid)
        status = tr("Fix what is marked above to create the payment.");
    else if (m_creating)
        status = tr("Creating the payment…");
    m_ui->formStatusLabel->setText(status);
    m_ui->formStatusLabel->setVisible(!status.isEmpty());
    m_ui->createButton->setToolTip(status.isEmpty() ? m_ui->createAction->toolTip() : status);
}

void PaymentForm::updateAmountHint()
{
    const Api::Amount amount = request().amount;
    m_ui->amountHint->setText(amount.value > 0 ? tr("sent as amount.value = %1").arg(amount.value) : QString());
}

QString PaymentForm::freshReference(const QDate &date)
{
    static const QString alphabet = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789");
    QString suffix;
    for (int i = 0; i < 6; ++i)
        suffix += alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size())));
    return QStringLiteral("wb-%1-%2").arg(date.toString(QStringLiteral("yyyyMMdd")), suffix);
}

QString PaymentForm::defaultPhoneNumber(Credentials::Environment environment)
{
    const bool testUser =
        environment == Credentials::Environment::Simulator || environment == Credentials::Environment::Test;
    return testUser ? kTestPhoneNumber : QString();
}

qint64 PaymentForm::toMinorUnits(double majorUnits)
{
    return qRound64(majorUnits * 100.0);
}

} // namespace Gui
