// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QStringList>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTableWidget;

namespace ct::models { class ContactImport; }
namespace ct::store { class Outbox; }

// Imports contacts from a CSV file step by step: pick the file, say which field each column
// fills, read what the check found (rows refused and why, duplicates), queue the contacts in
// the outbox with progress, and a summary.
class CsvImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum Page { FilePage, MappingPage, ReportPage, ImportPage, SummaryPage };
    Q_ENUM(Page)

    // existingContacts: the account's contacts (read_client_list rows) for the duplicate check.
    CsvImportDialog(ct::store::Outbox *outbox, const QList<QJsonObject> &existingContacts,
                    QWidget *parent = nullptr);
    ~CsvImportDialog() override;

    // As if the user picked the file (drag and drop, tests).
    void setFilePath(const QString &path);
    // Writes the refused rows with their problems (the "Save refused rows…" button without its
    // file dialog). False and *error on failure.
    bool saveRejectedRowsTo(const QString &path, QString *error);
    Page currentPage() const;
    // The target per column as the combos now say ("" = skip).
    QStringList mapping() const;
    QComboBox *mappingCombo(int column) const;
    ct::models::ContactImport *contactImport() const { return m_import; }

    // Escape or closing the window while rows are checked or queued stops that work first
    // (queued contacts stay queued); a second time closes.
    void reject() override;

    static constexpr int PreviewRows = 5;
    static constexpr int MaxListedProblems = 2000;   // more would only slow the table down

Q_SIGNALS:
    // The record keys of the contacts queued (local keys until the server created them).
    void contactsQueued(const QStringList &recordKeys);

private:
    QWidget *buildFilePage();
    QWidget *buildMappingPage();
    QWidget *buildReportPage();
    QWidget *buildImportPage();
    QWidget *buildSummaryPage();
    void browse();
    void next();
    void back();
    void cancelOrClose();
    bool loadFile();
    void fillMapping();
    void updateMappingHint();
    void startAnalysis();
    void onAnalysed(int outcome);
    void startImport();
    void onQueued(int outcome, int queued, const QString &error);
    void updateButtons();
    int importCount() const;
    void saveRejectedRows();

    QPointer<ct::store::Outbox> m_outbox;
    ct::models::ContactImport *m_import;
    QStringList m_knownCustomKeys;
    QStringList m_headers;
    QList<QStringList> m_preview;
    QString m_loadedPath;
    bool m_analysing = false;
    bool m_queueing = false;

    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_fileError = nullptr;
    QTableWidget *m_mappingTable = nullptr;
    QTableWidget *m_previewTable = nullptr;
    QLabel *m_mappingHint = nullptr;
    QCheckBox *m_updateByExternalId = nullptr;
    QLabel *m_reportSummary = nullptr;
    QProgressBar *m_analysisProgress = nullptr;
    QTableWidget *m_rejectedTable = nullptr;
    QPushButton *m_saveRejected = nullptr;
    QTableWidget *m_duplicatesTable = nullptr;
    QRadioButton *m_skipDuplicates = nullptr;
    QRadioButton *m_importDuplicates = nullptr;
    QProgressBar *m_importProgress = nullptr;
    QLabel *m_importStatus = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_cancel = nullptr;
};
