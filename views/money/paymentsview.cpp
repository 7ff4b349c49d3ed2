// SPDX-License-Identifier: MIT
#include "paymentsview.h"
#include "csvsavedialog.h"

#include "paymentexport.h"
#include "paymentfilter.h"
#include "paymentschart.h"
#include "paymentsmodel.h"
#include "paymenttotalsmodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using ct::models::PaymentFilter;
using ct::models::PaymentsModel;

namespace {

QDateEdit *makeDateEdit(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(PaymentsView::earliestDate());
    edit->setMaximumDate(QDate::currentDate().addYears(10));
    return edit;
}

} // namespace

QDate PaymentsView::earliestDate()
{
    // The API has recorded payments since January 2020 (the document's "New 2020/01/06").
    return QDate(2020, 1, 1);
}

PaymentsView::PaymentsView(PaymentsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    const bool contact = model->scope() == PaymentsModel::Scope::Contact;
    setObjectName(contact ? u"contactPaymentsView"_s : u"accountPaymentsView"_s);
    m_filter = new PaymentFilter(this);
    m_filter->setSourceModel(model);
    m_totals = new ct::models::PaymentTotalsModel(this);

    auto *controls = new QHBoxLayout;
    if (contact) {
        m_since = makeDateEdit(u"paymentsSince"_s, tr("Payments entered since"), this);
        m_since->setDate(earliestDate());
        m_since->setToolTip(tr("Ask the server for the payments entered on or after this date"));
        auto *sinceLabel = new QLabel(tr("&Entered since"), this);
        sinceLabel->setBuddy(m_since);
        controls->addWidget(sinceLabel);
        controls->addWidget(m_since);
        // One read once the user stops typing, not one per keystroke through the dates between.
        auto *settle = new QTimer(this);
        settle->setSingleShot(true);
        settle->setInterval(400);
        connect(m_since, &QDateEdit::dateChanged, settle, qOverload<>(&QTimer::start));
        connect(settle, &QTimer::timeout, this, [this] {
            if (!m_model->clientId().isEmpty() && m_since->date() != m_model->since())
                m_model->loadContact(m_model->clientId(), m_since->date());
        });
        controls->addSpacing(12);
    }
    m_dateField = new QComboBox(this);
    m_dateField->setObjectName(u"paymentsDateField"_s);
    m_dateField->setAccessibleName(tr("Date the range applies to"));
    m_dateField->addItem(tr("Payday"), int(PaymentFilter::DateField::Payday));
    m_dateField->addItem(tr("Entered"), int(PaymentFilter::DateField::Entered));
    // "any": the earliest date stands for an open end of the range.
    m_from = makeDateEdit(u"paymentsFrom"_s, tr("Range starts"), this);
    m_from->setSpecialValueText(tr("any"));
    m_from->setDate(earliestDate());
    m_to = makeDateEdit(u"paymentsTo"_s, tr("Range ends"), this);
    m_to->setSpecialValueText(tr("any"));
    m_to->setDate(earliestDate());
    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(u"refreshPayments"_s);
    m_refresh->setToolTip(tr("Read the payments from the server again"));
    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setObjectName(u"exportPayments"_s);
    m_export->setToolTip(tr("Write the payments shown to a CSV file"));
    controls->addWidget(m_dateField);
    controls->addWidget(fromLabel);
    controls->addWidget(m_from);
    controls->addWidget(toLabel);
    controls->addWidget(m_to);
    controls->addStretch();
    controls->addWidget(m_refresh);
    controls->addWidget(m_export);

    m_status = new QLabel(this);
    m_status->setObjectName(u"paymentsStatus"_s);
    m_status->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setObjectName(contact ? u"contactPaymentsTable"_s : u"paymentsTable"_s);
    m_table->setAccessibleName(contact ? tr("The contact's payments") : tr("The account's payments"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PaymentsModel::CreatedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (contact)
        m_table->hideColumn(PaymentsModel::ContactColumn);   // it is the contact on show
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString clientId = index.data(PaymentsModel::PaymentRole).toJsonObject().value(u"client_id"_s).toString();
        if (!clientId.isEmpty())
            Q_EMIT contactRequested(clientId);
    });

    m_totalsTable = new QTableView(this);
    m_totalsTable->setObjectName(u"paymentTotals"_s);
    m_totalsTable->setAccessibleName(tr("Payment totals"));
    m_totalsTable->setModel(m_totals);
    m_totalsTable->verticalHeader()->hide();
    m_totalsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_totalsTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_totalsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_chart = new PaymentsChart(this);

    auto *upper = new QSplitter(Qt::Horizontal, this);
    upper->addWidget(m_table);
    upper->addWidget(m_totalsTable);
    upper->setStretchFactor(0, 3);
    upper->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"paymentsSplitter"_s);
    split->addWidget(upper);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_from, &QDateEdit::dateChanged, this, &PaymentsView::applyRange);
    connect(m_to, &QDateEdit::dateChanged, this, &PaymentsView::applyRange);
    connect(m_dateField, &QComboBox::currentIndexChanged, this, &PaymentsView::applyRange);
    connect(m_refresh, &QPushButton::clicked, model, &PaymentsModel::refresh);
    connect(m_export, &QPushButton::clicked, this, &PaymentsView::chooseExportFile);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &PaymentsView::updateSummary);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &PaymentsView::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &PaymentsView::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &PaymentsView::updateSummary);
    connect(model, &PaymentsModel::loadingChanged, this, &PaymentsView::updateStatus);
    connect(model, &PaymentsModel::loadFailed, this, &PaymentsView::updateStatus);
    connect(model, &PaymentsModel::listNoticeChanged, this, &PaymentsView::updateStatus);
    connect(model, &PaymentsModel::loaded, this, &PaymentsView::updateStatus);
    updateSummary();
}

void PaymentsView::applyRange()
{
    const auto open = [](QDate date) { return date == earliestDate() ? QDate() : date; };
    m_filter->setDateField(PaymentFilter::DateField(m_dateField->currentData().toInt()));
    m_filter->setRange(open(m_from->date()), open(m_to->date()));
    updateSummary();
}

void PaymentsView::updateSummary()
{
    const QList<QJsonObject> shown = m_filter->shownPayments();
    m_totals->setTotals(ct::models::PaymentTotals::of(shown));
    m_chart->setPayments(shown, m_filter->dateKey());
    m_export->setEnabled(!shown.isEmpty());
    for (int column = 0; column < PaymentsModel::ColumnCount - 1; ++column)
        m_table->resizeColumnToContents(column);
    updateStatus();
}

void PaymentsView::updateStatus()
{
    if (!m_model)
        return;
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    QString text = shown == all ? tr("%n payment(s)", nullptr, all)
                                : tr("%1 of %n payment(s) in the range", nullptr, all).arg(shown);
    if (m_model->isLoading())
        text += u" — "_s + tr("reading from the server…");
    else if (!m_model->errorString().isEmpty())
        text += u" — "_s + tr("shown from this computer; the server said: %1").arg(m_model->errorString());
    else if (!m_model->listNotice().isEmpty())
        text += u" — "_s + m_model->listNotice();
    else if (!m_model->hasServerAnswer() && all > 0)
        text += u" — "_s + tr("as read last time");
    m_status->setText(text);
}

bool PaymentsView::exportTo(const QString &path, bool keepFormulas)
{
    QSaveFile file(path);
    QString error;
    if (!file.open(QIODevice::WriteOnly)) {
        error = file.errorString();
    } else if (ct::models::PaymentExport::write(&file, m_filter->shownPayments(),
                                                [this](const QString &id) { return m_model->contactName(id); },
                                                &error, keepFormulas)) {
        if (file.commit()) {
            Q_EMIT message(tr("%n payment(s) written to %1", nullptr, m_filter->rowCount()).arg(path));
            return true;
        }
        error = file.errorString();
    }
    Q_EMIT message(tr("The payments could not be written to %1: %2").arg(path, error));
    return false;
}

void PaymentsView::chooseExportFile()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/'
                            + (m_model->scope() == PaymentsModel::Scope::Contact
                                   ? tr("payments-%1.csv").arg(m_model->clientId())
                                   : tr("payments.csv"));
    auto *dialog = new CsvSaveDialog(this, tr("Export payments"), suggested);
    dialog->setObjectName(u"exportPaymentsDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog](const QString &path) {
        exportTo(path, dialog->keepFormulas());
    });
    dialog->open();
}
