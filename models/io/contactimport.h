// SPDX-License-Identifier: MIT
#pragma once

#include "contactimportduplicates.h"
#include "contactimportrow.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QFile;
class QIODevice;
class QTimer;

namespace ct::store { class Outbox; }

namespace ct::models {

class CsvReader;

// A row of the file that can become a contact.
struct ContactImportRow
{
    int row = 0;                 // spreadsheet row (the header is row 1)
    int line = 0;                // line of the file where it starts
    ct::api::ApiParams params;   // create_client parameters, normalised and valid
    DuplicateMatch duplicate;    // set when it looks like a contact already there or above
};

// What the check of a whole file found.
struct ContactImportReport
{
    QStringList headers;
    QStringList mapping;
    QChar delimiter = u',';             // as detected from the header line
    int totalRows = 0;                  // data rows read (blank rows not counted)
    QList<ContactImportRow> accepted;   // valid rows, duplicates among them flagged
    QList<ImportProblem> problems;      // every problem of every rejected row, in file order
    int rejectedRows = 0;
    QList<QStringList> rejectedFields;  // the refused rows as the file had them, in file order
    QString fileError;                  // the file could not be read to its end: nothing imports
    int fileErrorLine = 0;

    int duplicateCount() const;
    int importCount(bool includeDuplicates) const;
};

// Imports contacts from a CSV file in two steps the interface shows one after the other:
// analyse() reads and checks every row against the schema and for duplicates, queue() turns
// the accepted rows into create_client (or update_client_by_external_id) entries of the outbox. Both run in chunks on the
// caller's thread so the window stays responsive, report progress and can be cancelled.
class ContactImport : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Finished, Cancelled, Failed };
    Q_ENUM(Outcome)
    enum class DuplicatePolicy { Skip, ImportAnyway };
    Q_ENUM(DuplicatePolicy)
    // Create: each row is a new contact. UpdateByExternalId: each row changes the contact that
    // another system (the file's source) knows by the row's external id; only the filled cells
    // change, and no duplicate check applies (the rows are meant to match).
    enum class Mode { Create, UpdateByExternalId };
    Q_ENUM(Mode)

    explicit ContactImport(QObject *parent = nullptr);
    ~ContactImport() override;

    // A target per header: client key, custom key or "" (skip). knownCustomKeys are the
    // account's custom fields, matched whatever way the header writes them.
    static QStringList suggestMapping(const QStringList &headers, const QStringList &knownCustomKeys = {});

    // The header and the first rows, for the mapping step. False and *error when the file
    // cannot be opened, is empty or malformed within those rows. The delimiter (comma,
    // semicolon or tab) is detected from the header line, here and in analyse().
    static bool readPreview(const QString &filePath, int rows, QStringList *headers,
                            QList<QStringList> *preview, QString *error);

    // The account's contacts as read_client_list rows (client_id, email, phone): rows matching
    // one of them by email or phone are duplicates.
    void setExistingContacts(const QList<QJsonObject> &contacts);
    // Contacts created but not yet sent count as existing too: importing the same file twice
    // while offline finds the first import's rows. Reads the create_client entries of the outbox.
    void setQueuedContacts(const ct::store::Outbox *outbox);
    void setLocale(const QLocale &locale) { m_locale = locale; }
    void setChunkSize(int rows) { m_chunkSize = qMax(1, rows); }
    // Applies to the next analyse() and queue().
    void setMode(Mode mode) { m_mode = mode; }
    Mode mode() const { return m_mode; }
    QString callName() const;

    // Step 1. mapping: a target per column of the file (see suggestMapping). False when busy
    // or the file cannot be opened (analysisFinished is not emitted then).
    bool analyse(const QString &filePath, const QStringList &mapping);
    bool analyse(QIODevice *device, const QStringList &mapping);   // caller keeps it open
    const ContactImportReport &report() const { return m_report; }

    // The refused rows as the file had them plus a last column with their problems, so the
    // user can correct them in a spreadsheet and import that file (the import skips that
    // column by its header). False and *error when the device refused bytes.
    bool writeRejectedRows(QIODevice *device, QString *error) const;
    static QString problemsHeader();

    // Step 2: every accepted row (duplicates too with ImportAnyway) becomes a create_client
    // in the outbox with a new local key, committed before the next. Cancelling keeps what
    // was queued (it is in the outbox already). False when busy, not analysed or the file had
    // an error.
    bool queue(ct::store::Outbox *outbox, DuplicatePolicy policy);
    // The record keys queued by the last queue(), in row order.
    QStringList queuedKeys() const { return m_queuedKeys; }
    int skippedDuplicates() const { return m_skipped; }

    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    // Analysis: rows read so far, total 0 (unknown, a busy bar). Queueing: rows done of all.
    void progress(int done, int total);
    void analysisFinished(ct::models::ContactImport::Outcome outcome);
    void queueFinished(ct::models::ContactImport::Outcome outcome, int queued, const QString &errorString);

private:
    enum class Phase { Idle, Analysing, Queueing };
    bool beginAnalysis(QIODevice *device, const QStringList &mapping);
    void analyseChunk();
    void finishAnalysis(Outcome outcome);
    void queueChunk();
    ct::api::ApiParams baseValuesOf(const ct::api::ApiParams &params) const;
    void finishQueue(Outcome outcome, const QString &error);

    QLocale m_locale;
    Mode m_mode = Mode::Create;
    int m_chunkSize = 200;
    QList<QJsonObject> m_existing;
    QHash<QString, QJsonObject> m_heldByExternalId;   // updates: the held contacts by external id
    QList<std::pair<QString, ct::api::ApiParams>> m_queuedCreates;   // record key, params
    Phase m_phase = Phase::Idle;
    QTimer *m_timer;

    // Analysis
    std::unique_ptr<QFile> m_file;
    QPointer<QIODevice> m_device;
    std::unique_ptr<CsvReader> m_reader;
    std::unique_ptr<ContactRowChecker> m_checker;
    ContactDuplicateIndex m_duplicates;
    ContactImportReport m_report;
    bool m_analysed = false;

    // Queueing
    QPointer<ct::store::Outbox> m_outbox;
    DuplicatePolicy m_policy = DuplicatePolicy::Skip;
    int m_next = 0;
    int m_skipped = 0;
    QStringList m_queuedKeys;
};

} // namespace ct::models
