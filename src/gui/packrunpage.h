// SPDX-License-Identifier: MIT
// The test packs window's "Run" page: a pack file, the handler's URL and the secret to sign with, Run and Stop, a
// line per step as it goes and the summary (Workbench::PackSession does the work).
#pragma once

#include "signature/secret.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Events {
struct PackSummary;
}

namespace Workbench {
class PackSession;
}

namespace Gui {

class PackRunPage : public QWidget
{
    Q_OBJECT

public:
    using Secrets = std::function<Signature::SecretList()>;

    // session is not owned; secrets gives the active profile's webhook secrets to choose from.
    PackRunPage(Workbench::PackSession *session, Secrets secrets, QWidget *parent = nullptr);

    // Reads the pack at path; an error is shown above the table and the pack shown before stays.
    bool openPack(const QString &path);
    // The pack the session holds now (made on the other page), ready to run.
    void showPack();

    QLineEdit *urlField() const { return m_url; }
    QLineEdit *secretField() const { return m_secret; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *stopButton() const { return m_stop; }
    QTableView *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *errorLabel() const { return m_error; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QLayout *buildForm();
    void chooseFile();
    void fillSecrets();
    void run();
    void showError(const QString &text);
    void onRunning(bool running);
    void onFinished(const Events::PackSummary &summary, const QString &text);
    void updateButtons();

    Workbench::PackSession *m_session;
    Secrets m_secrets;
    Signature::SecretList m_secretList; // as offered in m_secretChoice
    QLabel *m_file;
    QLineEdit *m_url;
    QComboBox *m_secretChoice;
    QLineEdit *m_secret;
    QPushButton *m_run;
    QPushButton *m_stop;
    QLabel *m_summary;
    QLabel *m_error;
    QTableView *m_table;
};

} // namespace Gui
