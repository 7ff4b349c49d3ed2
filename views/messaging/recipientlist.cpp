// SPDX-License-Identifier: MIT
#include "recipientlist.h"

#include <QCoreApplication>
#include <QLabel>

namespace RecipientList {

namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("RecipientList", text, nullptr, n);
}
} // namespace

Split split(const QStringList &keys, const std::function<QString(const QString &)> &refusal)
{
    Split s;
    for (const QString &key : keys) {
        const QString reason = refusal(key);
        if (reason.isEmpty())
            s.accepted.append(key);
        else
            s.refused.append({key, reason});
    }
    return s;
}

QString describe(const ct::models::MessageSending *sending, const QStringList &keys, const QString &what)
{
    if (keys.size() == 1) {
        const QString key = keys.constFirst();
        const QString name = sending->displayName(key);
        if (what == QLatin1String("phone")) {
            const QString phone = sending->phoneOf(key);
            return phone.isEmpty() ? tr("To: %1").arg(name) : tr("To: %1 (%2)").arg(name, phone);
        }
        return tr("To: %1").arg(name);
    }
    QStringList names;
    for (const QString &key : keys.mid(0, 5))
        names.append(sending->displayName(key));
    if (keys.size() > 5)
        names.append(QStringLiteral("…"));
    return tr("To: %n contacts: %1", int(keys.size())).arg(names.join(QStringLiteral(", ")));
}

void showRefusals(QLabel *label, const ct::models::MessageSending *sending,
                  const QList<std::pair<QString, QString>> &refused, const QString &heading)
{
    if (refused.isEmpty()) {
        label->clear();
        label->hide();
        return;
    }
    QStringList lines{heading};
    for (const auto &[key, reason] : refused)
        lines.append(tr("%1: %2").arg(sending->displayName(key), reason));
    label->setText(lines.join(u'\n'));
    label->setAccessibleName(label->text());
    label->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    label->show();
}

QString summary(const ct::models::MessageSending::Outcome &outcome, const QString &what)
{
    QString text = what == QLatin1String("email") ? tr("Email queued for %n contact(s).", int(outcome.queued.size()))
                                                  : tr("Text queued for %n contact(s).", int(outcome.queued.size()));
    if (!outcome.refused.isEmpty()) {
        QStringList left;
        for (const auto &r : outcome.refused)
            left.append(tr("%1 (%2)").arg(r.name, r.reason));
        text += QLatin1Char(' ') + tr("Not sent to: %1").arg(left.join(QStringLiteral("; ")));
    }
    return text;
}

} // namespace RecipientList
