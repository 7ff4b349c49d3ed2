// SPDX-License-Identifier: MIT
#include "proposalsmodel.h"

#include "decimalamount.h"

#include "api/apiclient.h"
#include "api/normalizer.h"
#include "api/proposalsapi.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace ct::models {

namespace {

const QString proposalId = u"proposal_id"_s;

// internalId of an index: 0 for a proposal; otherwise the proposal's row + 1 shifted left by
// two, and in the low bits what the index is: 1 a group, 2 a line item, 3 a product. That is
// enough to find the parent without storing nodes.
constexpr quintptr groupTag = 1;
constexpr quintptr lineItemTag = 2;
constexpr quintptr productTag = 3;

quintptr idFor(int proposal, quintptr tag)
{
    return (quintptr(proposal + 1) << 2) | tag;
}

int proposalOfId(quintptr id)
{
    return int(id >> 2) - 1;
}

// The first of several spellings a server may use for one key.
QString valueOf(const QJsonObject &object, std::initializer_list<QString> keys)
{
    for (const QString &key : keys) {
        const auto it = object.constFind(key);
        if (it != object.constEnd())
            return it->toString();
    }
    return {};
}

QString lineDescription(const QJsonObject &item) { return valueOf(item, {u"Description"_s, u"description"_s}); }
QString linePrice(const QJsonObject &item) { return valueOf(item, {u"Line Price"_s, u"line_price"_s, u"Line_Price"_s}); }
QString lineNotes(const QJsonObject &item) { return valueOf(item, {u"Notes"_s, u"notes"_s}); }
QString productType(const QJsonObject &item) { return valueOf(item, {u"Product_type1"_s, u"Product Type"_s, u"product_type"_s}); }
QString productDescription(const QJsonObject &item)
{
    return valueOf(item, {u"Product Description"_s, u"Product_Description"_s, u"product_description"_s});
}

// An amount as the locale writes it, or the server's text marked when it is not a number.
QString amountText(const QString &raw)
{
    if (raw.isEmpty())
        return {};
    const DecimalAmount amount = DecimalAmount::parse(raw);
    return amount.isValid() ? amount.toLocaleString()
                            : ProposalsModel::tr("%1 (not an amount)").arg(raw);
}

// Job dates are plain strings in the document; yyyy-mm-dd (as payments) or YYYY:MM:DD (as
// clients) show as locale dates, anything else as it came.
QString dateText(const QString &raw)
{
    QDate date = ct::api::Normalizer::fromPaymentDate(raw);
    if (!date.isValid())
        date = ct::api::Normalizer::fromApiDate(raw);
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : raw;
}

} // namespace

QString ProposalsModel::cacheEntity()
{
    return u"proposal"_s;
}

ProposalsModel::ProposalsModel(ct::api::ApiClient *client, ct::store::AccountDatabase *database, QObject *parent)
    : QAbstractItemModel(parent)
    , m_client(client)
    , m_read(new CacheFirstListReader(database, cacheEntity(), proposalId, this))
{
    connect(m_read, &CacheFirstListReader::loadingChanged, this, &ProposalsModel::loadingChanged);
    connect(m_read, &CacheFirstListReader::rowsRead, this, &ProposalsModel::onRowsRead);
    connect(m_read, &CacheFirstListReader::failed, this, &ProposalsModel::loadFailed);
    connect(m_read, &CacheFirstListReader::noticeChanged, this, &ProposalsModel::listNoticeChanged);
}

// The cached proposals of the shown contact.
CacheFirstListReader::Covers ProposalsModel::contactsProposals() const
{
    return [clientId = m_clientId](const QJsonObject &proposal) {
        return proposal.value(u"client_id"_s).toString() == clientId;
    };
}

void ProposalsModel::load(const QString &clientId)
{
    m_clientId = clientId;
    m_read->cancel();   // an answer for an earlier contact is dropped
    setProposals(CacheFirstListReader::isServerId(clientId) ? m_read->cached(contactsProposals()) : QList<QJsonObject>());
    read();
}

void ProposalsModel::refresh()
{
    read();
}

void ProposalsModel::read()
{
    if (!m_client || !CacheFirstListReader::isServerId(m_clientId))
        return;
    m_read->follow(ct::api::ProposalsApi(m_client).readProposals(m_clientId));
}

void ProposalsModel::onRowsRead(QList<QJsonObject> proposals)
{
    for (QJsonObject &proposal : proposals) {
        if (proposal.value(u"client_id"_s).toString().isEmpty())
            proposal.insert(u"client_id"_s, m_clientId);   // the cache finds it by contact
    }
    // The answer replaces the contact's cached proposals (one deleted on the server goes too),
    // unless it does not add up (listNotice()).
    setProposals(m_read->replaceCached(proposals, contactsProposals()));
    Q_EMIT loaded();
}

void ProposalsModel::setProposals(QList<QJsonObject> proposals)
{
    std::stable_sort(proposals.begin(), proposals.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(proposalId).toString().toLongLong() < b.value(proposalId).toString().toLongLong();
    });
    beginResetModel();
    m_proposals = proposals;
    endResetModel();
}

QList<ProposalsModel::Field> ProposalsModel::fieldsOf(const QJsonObject &p)
{
    const auto text = [&p](std::initializer_list<QString> keys) { return valueOf(p, keys); };
    // The document spells two keys "prepparation_proceedures" and "painting_proceedures"; a
    // server that corrected them is read too.
    return {
        {u"proposal_type"_s, tr("Proposal"), text({u"proposal_type"_s})},
        {u"proposal_num"_s, tr("Number"), text({u"proposal_num"_s, u"proposal_number"_s})},
        {u"estimator"_s, tr("Estimator"), text({u"estimator"_s})},
        {u"production_manager"_s, tr("Production manager"), text({u"production_manager"_s})},
        {u"final_price"_s, tr("Final price"), amountText(text({u"final_price"_s}))},
        {u"discount"_s, tr("Discount"), amountText(text({u"discount"_s}))},
        {u"job_start_date"_s, tr("Job starts"), dateText(text({u"job_start_date"_s}))},
        {u"job_end_date"_s, tr("Job ends"), dateText(text({u"job_end_date"_s}))},
        {u"proposal_notes"_s, tr("Notes"), text({u"proposal_notes"_s}), true},
        {u"work_notes"_s, tr("Work notes"), text({u"work_notes"_s}), true},
        {u"prepparation_proceedures"_s, tr("Preparation procedures"),
         text({u"prepparation_proceedures"_s, u"preparation_procedures"_s}), true},
        {u"painting_proceedures"_s, tr("Painting procedures"),
         text({u"painting_proceedures"_s, u"painting_procedures"_s}), true},
        {u"specific_notes"_s, tr("Specific notes"), text({u"specific_notes"_s}), true},
        {u"client_notes"_s, tr("Client notes"), text({u"client_notes"_s}), true},
        {u"foreman_notes"_s, tr("Foreman notes"), text({u"foreman_notes"_s}), true},
        {u"other_notes"_s, tr("Other notes"), text({u"other_notes"_s}), true},
    };
}

ProposalsModel::Kind ProposalsModel::kindOf(const QModelIndex &index) const
{
    const quintptr id = index.internalId();
    if (id == 0)
        return Kind::Proposal;
    switch (id & 3) {
    case groupTag: return index.row() == 0 ? Kind::LineItems : Kind::Products;
    case lineItemTag: return Kind::LineItem;
    default: return Kind::Product;
    }
}

QJsonArray ProposalsModel::itemsOf(int proposal, Kind group) const
{
    return m_proposals.value(proposal)
        .value(group == Kind::LineItems ? u"line_item_detail"_s : u"recommended_products"_s)
        .toArray();
}

QModelIndex ProposalsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    switch (kindOf(parent)) {
    case Kind::Proposal:
        return createIndex(row, column, idFor(parent.row(), groupTag));
    case Kind::LineItems:
        return createIndex(row, column, idFor(proposalOfId(parent.internalId()), lineItemTag));
    case Kind::Products:
        return createIndex(row, column, idFor(proposalOfId(parent.internalId()), productTag));
    default:
        return {};
    }
}

QModelIndex ProposalsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const quintptr id = child.internalId();
    const int proposal = proposalOfId(id);
    if ((id & 3) == groupTag)
        return createIndex(proposal, 0, quintptr(0));
    return createIndex((id & 3) == lineItemTag ? 0 : 1, 0, idFor(proposal, groupTag));
}

int ProposalsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_proposals.size());
    if (parent.column() != 0)
        return 0;
    switch (kindOf(parent)) {
    case Kind::Proposal:
        return 2;
    case Kind::LineItems:
    case Kind::Products:
        return int(itemsOf(proposalOfId(parent.internalId()), kindOf(parent)).size());
    default:
        return 0;
    }
}

int ProposalsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ProposalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Kind kind = kindOf(index);
    const int proposalRow = kind == Kind::Proposal ? index.row() : proposalOfId(index.internalId());
    const QJsonObject proposal = m_proposals.value(proposalRow);
    QJsonObject item;
    if (kind == Kind::LineItem || kind == Kind::Product)
        item = itemsOf(proposalRow, kind == Kind::LineItem ? Kind::LineItems : Kind::Products).at(index.row()).toObject();

    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (kind) {
        case Kind::Proposal:
            if (index.column() == NameColumn)
                return u"%1 %2"_s.arg(valueOf(proposal, {u"proposal_type"_s}),
                                      valueOf(proposal, {u"proposal_num"_s, u"proposal_number"_s})).trimmed();
            if (index.column() == PriceColumn)
                return amountText(valueOf(proposal, {u"final_price"_s}));
            return tr("Job %1 – %2").arg(dateText(valueOf(proposal, {u"job_start_date"_s})),
                                         dateText(valueOf(proposal, {u"job_end_date"_s})));
        case Kind::LineItems: {
            const QJsonArray items = itemsOf(proposalRow, kind);
            if (index.column() == NameColumn)
                return tr("Line items (%1)").arg(items.size());
            if (index.column() == PriceColumn) {
                // The sum of the line prices, exact; the final price also takes the discount off.
                DecimalAmount sum;
                for (const QJsonValue &line : items)
                    sum += DecimalAmount::parse(linePrice(line.toObject()));
                return items.isEmpty() ? QString() : sum.displayText();
            }
            return {};
        }
        case Kind::Products:
            if (index.column() == NameColumn)
                return tr("Recommended products (%1)").arg(itemsOf(proposalRow, kind).size());
            return {};
        case Kind::LineItem:
            if (index.column() == NameColumn)
                return lineDescription(item);
            if (index.column() == PriceColumn)
                return amountText(linePrice(item));
            return lineNotes(item);
        case Kind::Product:
            if (index.column() == NameColumn)
                return productDescription(item);
            if (index.column() == DetailColumn)
                return productType(item);
            return {};
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PriceColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (kind == Kind::Proposal) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case KindRole:
        return int(kind);
    case ProposalRole:
        return proposal;
    case ItemRole:
        if (!item.isEmpty())
            return item;
        break;
    }
    return {};
}

QVariant ProposalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Proposal / item");
    case PriceColumn: return tr("Price");
    case DetailColumn: return tr("Details");
    }
    return {};
}

} // namespace ct::models
