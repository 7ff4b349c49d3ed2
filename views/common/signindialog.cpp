// SPDX-License-Identifier: MIT
#include "signindialog.h"

#include "api/apiclient.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

QLabel *makeErrorLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #b00020;"_s);
    label->hide();
    return label;
}

} // namespace

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Sign in to ClientTether"));
    setObjectName(u"signInDialog"_s);

    m_notice = new QLabel(this);
    m_notice->setObjectName(u"notice"_s);
    m_notice->setWordWrap(true);
    m_notice->hide();

    auto *intro = new QLabel(tr("Enter the access token and web key from the Settings – API tab "
                                "of your ClientTether account."), this);
    intro->setWordWrap(true);

    m_accessToken = new QLineEdit(this);
    m_accessToken->setObjectName(u"accessToken"_s);
    m_accessToken->setEchoMode(QLineEdit::Password);
    m_accessToken->setAccessibleName(tr("Access token"));
    m_accessToken->setPlaceholderText(tr("eyJ0eXAiOiJKV1Qi…"));
    m_accessTokenError = makeErrorLabel(this, u"accessTokenError"_s);

    m_webKey = new QLineEdit(this);
    m_webKey->setObjectName(u"webKey"_s);
    m_webKey->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_webKey->setAccessibleName(tr("Web key"));
    m_webKey->setPlaceholderText(tr("CT_…"));
    m_webKeyError = makeErrorLabel(this, u"webKeyError"_s);

    m_apiUrl = new QLineEdit(QString::fromLatin1(ct::api::ApiClient::DefaultBaseUrl), this);
    m_apiUrl->setObjectName(u"apiUrl"_s);
    m_apiUrl->setAccessibleName(tr("API address"));
    m_apiUrlError = makeErrorLabel(this, u"apiUrlError"_s);

    m_advanced = new QGroupBox(tr("Advanced"), this);
    m_advanced->setObjectName(u"advanced"_s);
    m_advanced->setCheckable(true);
    m_advanced->setChecked(false);
    auto *advancedContent = new QWidget(m_advanced);
    auto *advancedForm = new QFormLayout(advancedContent);
    advancedForm->setContentsMargins(0, 0, 0, 0);
    advancedForm->addRow(tr("API &address:"), m_apiUrl);
    advancedForm->addRow(QString(), m_apiUrlError);
    (new QVBoxLayout(m_advanced))->addWidget(advancedContent);
    // The address only matters to the few who need it; keep it out of the way otherwise.
    advancedContent->setVisible(false);
    connect(m_advanced, &QGroupBox::toggled, advancedContent, &QWidget::setVisible);

    m_remember = new QCheckBox(tr("&Remember on this computer (in the system keychain)"), this);
    m_remember->setObjectName(u"remember"_s);
    m_remember->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Access &token:"), m_accessToken);
    form->addRow(QString(), m_accessTokenError);
    form->addRow(tr("&Web key:"), m_webKey);
    form->addRow(QString(), m_webKeyError);

    m_busy = new QLabel(tr("Checking with the server…"), this);
    m_busy->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(u"signIn"_s);
    m_signIn->setDefault(true);
    m_demo = buttons->addButton(tr("Try the &demo"), QDialogButtonBox::ActionRole);
    m_demo->setObjectName(u"tryDemo"_s);
    m_demo->setToolTip(tr("Opens a built-in demonstration account on this computer: nothing is sent anywhere."));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(m_demo, &QPushButton::clicked, this, &SignInDialog::demoRequested);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_advanced);
    layout->addWidget(m_remember);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString SignInDialog::accessToken() const { return m_accessToken->text().trimmed(); }
QString SignInDialog::webKey() const { return m_webKey->text().trimmed(); }
QUrl SignInDialog::apiUrl() const { return QUrl::fromUserInput(m_apiUrl->text().trimmed()); }
bool SignInDialog::rememberOnThisComputer() const { return m_rememberAvailable && m_remember->isChecked(); }

void SignInDialog::setApiUrl(const QUrl &url)
{
    m_apiUrl->setText(url.toString());
    const bool custom = url != QUrl(QString::fromLatin1(ct::api::ApiClient::DefaultBaseUrl));
    m_advanced->setChecked(custom);
}

void SignInDialog::setRememberAvailable(bool available, const QString &reason)
{
    m_rememberAvailable = available;
    m_remember->setEnabled(available);
    m_remember->setToolTip(reason);
    if (!available)
        m_remember->setChecked(false);
}

void SignInDialog::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QLabel *SignInDialog::errorLabelFor(Field field) const
{
    switch (field) {
    case Field::AccessToken: return m_accessTokenError;
    case Field::WebKey: return m_webKeyError;
    case Field::ApiUrl: return m_apiUrlError;
    case Field::None: return nullptr;
    }
    return nullptr;
}

void SignInDialog::showError(Field field, const QString &message)
{
    QLabel *label = errorLabelFor(field);
    if (!label) {
        setNotice(message);
        return;
    }
    label->setText(message);
    label->show();
    QLineEdit *edit = field == Field::AccessToken ? m_accessToken
                    : field == Field::WebKey      ? m_webKey
                                                  : m_apiUrl;
    if (field == Field::ApiUrl)
        m_advanced->setChecked(true);
    edit->setFocus();
    edit->selectAll();
}

void SignInDialog::setBusy(bool busy)
{
    for (QWidget *w : {static_cast<QWidget *>(m_accessToken), static_cast<QWidget *>(m_webKey),
                       static_cast<QWidget *>(m_advanced), static_cast<QWidget *>(m_signIn),
                       static_cast<QWidget *>(m_demo)})
        w->setEnabled(!busy);
    m_remember->setEnabled(!busy && m_rememberAvailable);
    m_busy->setVisible(busy);
}

void SignInDialog::clearErrors()
{
    for (QLabel *label : {m_accessTokenError, m_webKeyError, m_apiUrlError})
        label->hide();
}

void SignInDialog::submit()
{
    clearErrors();
    if (accessToken().isEmpty()) {
        showError(Field::AccessToken, tr("Enter the access token from the Settings – API tab."));
        return;
    }
    if (accessToken().contains(u' ')) {
        showError(Field::AccessToken, tr("An access token has no spaces; check that it was copied whole."));
        return;
    }
    if (webKey().isEmpty()) {
        showError(Field::WebKey, tr("Enter the web key of the account (it starts with CT_)."));
        return;
    }
    const QUrl url = apiUrl();
    if (!url.isValid() || url.host().isEmpty()) {
        showError(Field::ApiUrl, tr("Enter a complete address, such as %1.")
                                     .arg(QString::fromLatin1(ct::api::ApiClient::DefaultBaseUrl)));
        return;
    }
    if (!ct::api::ApiClient::isPermittedUrl(url)) {
        showError(Field::ApiUrl, tr("Only https:// addresses are allowed (plain http only on this computer)."));
        return;
    }
    Q_EMIT signInRequested();
}
