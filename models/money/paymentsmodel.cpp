// SPDX-License-Identifier: MIT
#include "paymentsmodel.h"

#include "decimalamount.h"

#include "api/apiclient.h"
#include "api/normalizer.h"
#include "api/proposalsapi.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace ct::models {

namespace {

const QString paymentId = u"payment_id"_s;

QString dateKeyOf(int column)
{
    return column == PaymentsModel::CreatedColumn ? u"created_date"_s
         : column == PaymentsModel::PaydayColumn  ? u"payday"_s
                                                   : QString();
}

// Oldest first, as the server answers; the view sorts as the user likes.
void sortByEntry(QList<QJsonObject> &rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const QString x = a.value(u"created_date"_s).toString(), y = b.value(u"created_date"_s).toString();
        if (x != y)
            return x < y;
        return a.value(paymentId).toString().toLongLong() < b.value(paymentId).toString().toLongLong();
    });
}

} // namespace

QString PaymentsModel::cacheEntity()
{
    return u"payment"_s;
}

PaymentsModel::PaymentsModel(Scope scope, ct::api::ApiClient *client, ct::store::AccountDatabase *database,
                             QObject *parent)
    : QAbstractTableModel(parent)
    , m_scope(scope)
    , m_client(client)
    , m_read(new CacheFirstListReader(database, cacheEntity(), paymentId, this))
{
    connect(m_read, &CacheFirstListReader::loadingChanged, this, &PaymentsModel::loadingChanged);
    connect(m_read, &CacheFirstListReader::rowsRead, this, &PaymentsModel::onRowsRead);
    connect(m_read, &CacheFirstListReader::failed, this, &PaymentsModel::loadFailed);
    connect(m_read, &CacheFirstListReader::noticeChanged, this, &PaymentsModel::listNoticeChanged);
}

void PaymentsModel::loadAccount()
{
    Q_ASSERT(m_scope == Scope::Account);
    showCached();
    read();
}

void PaymentsModel::loadContact(const QString &clientId, QDate since)
{
    Q_ASSERT(m_scope == Scope::Contact);
    const bool other = clientId != m_clientId;
    m_clientId = clientId;
    // The call requires a date; without one, every payment (the API has them since 2020).
    m_since = since.isValid() ? since : QDate(2020, 1, 1);
    if (other)
        m_answered = false;
    showCached();
    read();
}

void PaymentsModel::refresh()
{
    read();
}

bool PaymentsModel::belongsHere(const QJsonObject &payment) const
{
    if (m_scope == Scope::Account)
        return true;
    // yyyy-mm-dd compares as text, as the server compares it.
    return payment.value(u"client_id"_s).toString() == m_clientId
        && payment.value(u"created_date"_s).toString() >= ct::api::Normalizer::toPaymentDate(m_since);
}

// The cached payments the shown question covers (all of them for the account).
CacheFirstListReader::Covers PaymentsModel::shownPayments() const
{
    if (m_scope == Scope::Account)
        return {};
    return [this](const QJsonObject &payment) { return belongsHere(payment); };
}

void PaymentsModel::showCached()
{
    m_read->dropPending();   // an answer for an earlier contact or date is dropped
    const bool asked = m_scope == Scope::Account || CacheFirstListReader::isServerId(m_clientId);
    setRows(asked ? m_read->cached(shownPayments()) : QList<QJsonObject>());
}

void PaymentsModel::read()
{
    if (!m_client || (m_scope == Scope::Contact && !CacheFirstListReader::isServerId(m_clientId)))
        return;
    const ct::api::ProposalsApi api(m_client);
    m_read->follow(m_scope == Scope::Account ? api.readAllPayments()
                                             : api.readProposalPayments(m_clientId, m_since));
}

void PaymentsModel::onRowsRead(QList<QJsonObject> rows)
{
    m_answered = true;
    // read_all_payments rows may leave the contact out; this contact's rows are its own.
    if (m_scope == Scope::Contact) {
        for (QJsonObject &payment : rows) {
            if (payment.value(u"client_id"_s).toString().isEmpty())
                payment.insert(u"client_id"_s, m_clientId);
        }
    }
    // The answer replaces what the cache held for the same question, so a payment deleted on
    // the server goes here too (unless the answer does not add up: listNotice()).
    setRows(m_read->replaceCached(rows, shownPayments()));
    Q_EMIT loaded();
}

void PaymentsModel::setRows(QList<QJsonObject> rows)
{
    sortByEntry(rows);
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void PaymentsModel::setContactNames(std::function<QString(const QString &)> names)
{
    m_names = std::move(names);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ContactColumn), index(rowCount() - 1, ContactColumn), {Qt::DisplayRole});
}

QString PaymentsModel::contactName(const QString &clientId) const
{
    const QString name = m_names ? m_names(clientId) : QString();
    return name.isEmpty() ? u"#"_s + clientId : name;
}

int PaymentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PaymentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaymentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &payment = m_rows.at(index.row());
    const int column = index.column();
    const QString dateKey = dateKeyOf(column);
    const QString rawAmount = payment.value(u"amount"_s).toString();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (!dateKey.isEmpty()) {
            const QString text = payment.value(dateKey).toString();
            const QDate date = ct::api::Normalizer::fromPaymentDate(text);
            return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : text;
        }
        switch (column) {
        case AmountColumn: {
            const DecimalAmount amount = DecimalAmount::parse(rawAmount);
            if (amount.isValid())
                return amount.toLocaleString();
            return rawAmount.isEmpty() ? tr("no amount") : tr("%1 (not an amount)").arg(rawAmount);
        }
        case TypeColumn:
            return payment.value(u"type"_s).toString();
        case StatusColumn:
            return payment.value(u"status"_s).toString();
        case ProposalColumn:
            return payment.value(u"proposal_number"_s).toString();
        case ContactColumn:
            return contactName(payment.value(u"client_id"_s).toString());
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == AmountColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (column == AmountColumn && !DecimalAmount::parse(rawAmount).isValid())
            return QBrush(QColor(0xb0, 0x00, 0x20));
        break;
    case PaymentRole:
        return payment;
    case DateRole:
        if (!dateKey.isEmpty())
            return ct::api::Normalizer::fromPaymentDate(payment.value(dateKey).toString());
        break;
    case SortRole:
        if (!dateKey.isEmpty())
            return payment.value(dateKey).toString();
        if (column == AmountColumn) {
            const DecimalAmount amount = DecimalAmount::parse(rawAmount);
            return amount.isValid() ? amount.units() : std::numeric_limits<qint64>::max();
        }
        return data(index, Qt::DisplayRole).toString().toLower();
    }
    return {};
}

QVariant PaymentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CreatedColumn: return tr("Entered");
    case PaydayColumn: return tr("Payday");
    case AmountColumn: return tr("Amount");
    case TypeColumn: return tr("Type");
    case StatusColumn: return tr("Status");
    case ProposalColumn: return tr("Proposal");
    case ContactColumn: return tr("Contact");
    }
    return {};
}

} // namespace ct::models
