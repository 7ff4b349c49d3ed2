// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QIODevice;
class QSaveFile;
class QTimer;

namespace ct::models {

class CsvWriter;

// One column of an export: the record key it reads and the header label it gets.
struct CsvColumn
{
    QString key;
    QString label;
};

// The rows an export walks through: the contact list as the user filtered it. An interface
// so the contacts view can hand over its proxy without copying it into a list.
class ContactRowSource
{
public:
    virtual ~ContactRowSource() = default;
    virtual int count() const = 0;
    virtual QJsonObject record(int row) const = 0;
};

// A row source over rows already in memory (read_client_list rows, test data).
class ContactRowList final : public ContactRowSource
{
public:
    explicit ContactRowList(QList<QJsonObject> rows) : m_rows(std::move(rows)) {}
    int count() const override { return int(m_rows.size()); }
    QJsonObject record(int row) const override { return m_rows.at(row); }

private:
    QList<QJsonObject> m_rows;
};

// Writes contacts to a CSV file in chunks on the caller's thread (the row source is a model
// that lives there), with progress and cancel. Values are written as the API stores them
// (phones as ten digits, dates as YYYY:MM:DD, enumerations as their wire values) so that an
// exported file imports back unchanged whatever the user's locale.
class ContactExport : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Finished, Cancelled, Failed };
    Q_ENUM(Outcome)

    explicit ContactExport(QObject *parent = nullptr);
    ~ContactExport() override;

    // The client keys that hold a value in any row, in the document's order (the contact id
    // first), then the custom fields by name; labels are the interface's field names.
    static QList<CsvColumn> defaultColumns(const ContactRowSource &rows);
    // A record value as the file shows it: strings as they are, whole numbers without a
    // fraction, booleans as 1/0, arrays joined with commas.
    static QString valueText(const QJsonValue &value);

    void setWriteBom(bool on) { m_writeBom = on; }   // default on (see CsvWriter)
    bool writeBom() const { return m_writeBom; }
    void setDelimiter(QChar delimiter) { m_delimiter = delimiter; }   // default ','
    // Default off: cells that would start a spreadsheet formula are neutralised (see CsvWriter).
    void setKeepFormulas(bool on) { m_keepFormulas = on; }
    void setChunkSize(int rows) { m_chunkSize = qMax(1, rows); }

    // Starts writing; false when already running or the file cannot be opened or written
    // (errorString(); finished() is not emitted then).
    // To a path, the file appears only when the export finished (QSaveFile): a cancelled or
    // failed export leaves any earlier file as it was.
    bool start(const QString &filePath, std::shared_ptr<const ContactRowSource> rows,
               const QList<CsvColumn> &columns);
    // To an open device the caller owns and keeps open until finished().
    bool start(QIODevice *device, std::shared_ptr<const ContactRowSource> rows,
               const QList<CsvColumn> &columns);
    void cancel();
    bool isRunning() const { return bool(m_rows); }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished(ct::models::ContactExport::Outcome outcome, const QString &errorString);

private:
    bool begin(QIODevice *device, std::shared_ptr<const ContactRowSource> rows,
               const QList<CsvColumn> &columns);
    void writeChunk();
    void finish(Outcome outcome, const QString &error);

    bool m_writeBom = true;
    bool m_keepFormulas = false;
    QChar m_delimiter = u',';
    int m_chunkSize = 500;
    std::shared_ptr<const ContactRowSource> m_rows;
    QList<CsvColumn> m_columns;
    std::unique_ptr<QSaveFile> m_file;
    QPointer<QIODevice> m_device;
    std::unique_ptr<CsvWriter> m_writer;
    QTimer *m_timer;
    int m_done = 0;
    QString m_error;
};

} // namespace ct::models
