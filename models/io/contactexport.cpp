// SPDX-License-Identifier: MIT
#include "contactexport.h"

#include "calllabels.h"
#include "csvwriter.h"

#include "api/parameterschema.h"

#include <QJsonArray>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;
using ct::api::ParameterGroup;
using ct::api::ParameterSchema;

namespace ct::models {

ContactExport::ContactExport(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    // One chunk per pass of the event loop: the interface repaints and takes clicks between.
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &ContactExport::writeChunk);
}

ContactExport::~ContactExport() = default;

QList<CsvColumn> ContactExport::defaultColumns(const ContactRowSource &rows)
{
    QSet<QString> filled;
    for (int i = 0; i < rows.count(); ++i) {
        const QJsonObject record = rows.record(i);
        for (auto it = record.begin(); it != record.end(); ++it) {
            if (!valueText(it.value()).isEmpty())
                filled.insert(it.key());
        }
    }
    QList<CsvColumn> columns;
    for (const auto &spec : ParameterSchema::all()) {
        if (spec.group == ParameterGroup::Client && filled.remove(spec.key))
            columns.append({spec.key, CallLabels::fieldLabel(spec.key)});
    }
    QStringList custom(filled.cbegin(), filled.cend());
    custom.removeIf([](const QString &key) { return !ParameterSchema::isValidExpansionKey(key); });
    std::sort(custom.begin(), custom.end());
    for (const QString &key : custom)
        columns.append({key, CallLabels::fieldLabel(key)});
    return columns;
}

QString ContactExport::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::trunc(d) == d && std::abs(d) < 9e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"1"_s : u"0"_s;
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts.append(valueText(v));
        return parts.join(u',');
    }
    default:
        return {};
    }
}

bool ContactExport::start(const QString &filePath, std::shared_ptr<const ContactRowSource> rows,
                          const QList<CsvColumn> &columns)
{
    if (isRunning()) {
        m_error = tr("An export is already running.");
        return false;
    }
    auto file = std::make_unique<QSaveFile>(filePath);
    if (!file->open(QIODevice::WriteOnly)) {
        m_error = tr("Could not write %1: %2").arg(filePath, file->errorString());
        return false;
    }
    m_file = std::move(file);
    return begin(m_file.get(), std::move(rows), columns);
}

bool ContactExport::start(QIODevice *device, std::shared_ptr<const ContactRowSource> rows,
                          const QList<CsvColumn> &columns)
{
    if (isRunning()) {
        m_error = tr("An export is already running.");
        return false;
    }
    return begin(device, std::move(rows), columns);
}

bool ContactExport::begin(QIODevice *device, std::shared_ptr<const ContactRowSource> rows,
                          const QList<CsvColumn> &columns)
{
    m_error.clear();
    m_device = device;
    m_rows = rows ? std::move(rows) : std::make_shared<ContactRowList>(QList<QJsonObject>());
    m_columns = columns;
    m_done = 0;
    m_writer = std::make_unique<CsvWriter>(device);
    m_writer->setWriteBom(m_writeBom);
    m_writer->setDelimiter(m_delimiter);
    m_writer->setKeepFormulas(m_keepFormulas);
    QStringList header;
    for (const CsvColumn &column : columns)
        header.append(column.label.isEmpty() ? column.key : column.label);
    if (!m_writer->writeRow(header)) {
        // Refused at the start: the caller hears it from the return value, not from finished().
        const QString error = tr("Could not write the file: %1").arg(m_writer->errorString());
        const QSignalBlocker quiet(this);
        finish(Outcome::Failed, error);
        return false;
    }
    Q_EMIT progress(0, m_rows->count());
    m_timer->start();
    return true;
}

void ContactExport::writeChunk()
{
    if (!m_device) {
        finish(Outcome::Failed, tr("The file was closed while the export ran."));
        return;
    }
    const int total = m_rows->count();
    const int end = qMin(total, m_done + m_chunkSize);
    QStringList fields;
    for (; m_done < end; ++m_done) {
        const QJsonObject record = m_rows->record(m_done);
        fields.clear();
        for (const CsvColumn &column : std::as_const(m_columns))
            fields.append(valueText(record.value(column.key)));
        if (!m_writer->writeRow(fields)) {
            finish(Outcome::Failed, tr("Could not write the file: %1").arg(m_writer->errorString()));
            return;
        }
    }
    Q_EMIT progress(m_done, total);
    if (m_done < total)
        return;
    if (m_file && !m_file->commit()) {
        finish(Outcome::Failed, tr("Could not save the file: %1").arg(m_file->errorString()));
        return;
    }
    finish(Outcome::Finished, {});
}

void ContactExport::cancel()
{
    if (isRunning())
        finish(Outcome::Cancelled, {});
}

void ContactExport::finish(Outcome outcome, const QString &error)
{
    m_timer->stop();
    m_error = error;
    if (m_file && outcome != Outcome::Finished)
        m_file->cancelWriting();
    m_file.reset();     // not committed: the temporary file goes, the old one stays
    m_writer.reset();
    m_rows.reset();
    m_device = nullptr;
    Q_EMIT finished(outcome, error);
}

} // namespace ct::models
