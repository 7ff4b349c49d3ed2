// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

class PaymentsChart;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

#include "paymentsmodel.h"

namespace ct::models { class PaymentFilter; class PaymentTotalsModel; }

// Payments (the account's or one contact's) with a date range, totals by type and status (exact),
// a chart of amounts over time and CSV export of what is shown. For a contact, "Entered since"
// is the date read_proposal_payments is asked from.
class PaymentsView : public QWidget
{
    Q_OBJECT

public:
    explicit PaymentsView(ct::models::PaymentsModel *model, QWidget *parent = nullptr);

    ct::models::PaymentsModel *model() const { return m_model; }
    ct::models::PaymentFilter *filter() const { return m_filter; }
    ct::models::PaymentTotalsModel *totals() const { return m_totals; }
    QTableView *table() const { return m_table; }
    PaymentsChart *chart() const { return m_chart; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QDateEdit *sinceEdit() const { return m_since; }

    // The earliest date the range and "since" offer; shown as "any" in the range fields.
    static QDate earliestDate();

    // Writes the shown payments to a CSV file; false and a message() when it could not.
    // keepFormulas: write cells that start a spreadsheet formula as they are (see CsvWriter).
    bool exportTo(const QString &path, bool keepFormulas = false);

Q_SIGNALS:
    // The user opened a payment's contact (double-click in the account's payments).
    void contactRequested(const QString &clientId);
    void message(const QString &text);

private:
    void applyRange();
    void updateSummary();
    void updateStatus();
    void chooseExportFile();

    QPointer<ct::models::PaymentsModel> m_model;
    ct::models::PaymentFilter *m_filter = nullptr;
    ct::models::PaymentTotalsModel *m_totals = nullptr;
    QDateEdit *m_since = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_dateField = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_totalsTable = nullptr;
    PaymentsChart *m_chart = nullptr;
};
