// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Asks for an account's access token and web key (and, for the advanced, the API address);
// checks what it can locally and hands the rest to whoever verifies with the server.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Field { AccessToken, WebKey, ApiUrl, None };

    explicit SignInDialog(QWidget *parent = nullptr);

    QString accessToken() const;
    QString webKey() const;
    QUrl apiUrl() const;
    bool rememberOnThisComputer() const;

    void setApiUrl(const QUrl &url);
    void setRememberAvailable(bool available, const QString &reason = {});
    // A message for the whole dialog (why the user is here again), or empty.
    void setNotice(const QString &text);
    // Shows the reason at the field it concerns and puts the cursor there.
    void showError(Field field, const QString &message);
    // While the server is asked, the form cannot be changed or sent twice.
    void setBusy(bool busy);

Q_SIGNALS:
    void signInRequested();
    void demoRequested();

private:
    void submit();
    void clearErrors();
    QLabel *errorLabelFor(Field field) const;

    QLabel *m_notice = nullptr;
    QLineEdit *m_accessToken = nullptr;
    QLabel *m_accessTokenError = nullptr;
    QLineEdit *m_webKey = nullptr;
    QLabel *m_webKeyError = nullptr;
    QGroupBox *m_advanced = nullptr;
    QLineEdit *m_apiUrl = nullptr;
    QLabel *m_apiUrlError = nullptr;
    QCheckBox *m_remember = nullptr;
    bool m_rememberAvailable = true;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_demo = nullptr;
    QLabel *m_busy = nullptr;
};
