// SPDX-License-Identifier: MIT
#include "contactimport.h"

#include "contactimportmapping.h"
#include "csvreader.h"
#include "csvwriter.h"

#include "store/outbox.h"
#include "store/outboxentry.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace ct::models {

namespace {

// A pass of the event loop does at most this much work, so the window keeps repainting.
constexpr int SliceMs = 25;

bool isBlank(const QStringList &fields)
{
    return std::all_of(fields.cbegin(), fields.cend(),
                       [](const QString &f) { return f.trimmed().isEmpty(); });
}

} // namespace

int ContactImportReport::duplicateCount() const
{
    return int(std::count_if(accepted.cbegin(), accepted.cend(),
                             [](const ContactImportRow &r) { return r.duplicate.isDuplicate(); }));
}

int ContactImportReport::importCount(bool includeDuplicates) const
{
    return int(accepted.size()) - (includeDuplicates ? 0 : duplicateCount());
}

ContactImport::ContactImport(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_phase == Phase::Analysing)
            analyseChunk();
        else if (m_phase == Phase::Queueing)
            queueChunk();
        else
            m_timer->stop();
    });
}

ContactImport::~ContactImport() = default;

QStringList ContactImport::suggestMapping(const QStringList &headers, const QStringList &knownCustomKeys)
{
    QStringList targets = ContactImportMapping::suggest(headers, knownCustomKeys);
    // A file of refused rows saved by writeRejectedRows() imports again without its notes.
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (headers.at(i) == problemsHeader() || headers.at(i) == u"Import problems")
            targets[i].clear();
    }
    return targets;
}

QString ContactImport::problemsHeader()
{
    return tr("Import problems");
}

bool ContactImport::writeRejectedRows(QIODevice *device, QString *error) const
{
    CsvWriter writer(device);
    writer.setDelimiter(m_report.delimiter);
    QStringList header = m_report.headers;
    header.append(problemsHeader());
    if (!writer.writeRow(header)) {
        *error = writer.errorString();
        return false;
    }
    // problems are in file order, so each rejected row's problems follow one another.
    qsizetype p = 0;
    for (const QStringList &fields : m_report.rejectedFields) {
        QStringList row = fields;
        while (row.size() < m_report.headers.size())
            row.append(QString());
        QStringList notes;
        const int rowNumber = p < m_report.problems.size() ? m_report.problems.at(p).row : 0;
        for (; p < m_report.problems.size() && m_report.problems.at(p).row == rowNumber; ++p) {
            const ImportProblem &problem = m_report.problems.at(p);
            const QString where = problem.column >= 0 ? m_report.headers.value(problem.column) : problem.field;
            notes.append(where.isEmpty() ? problem.reason : tr("%1: %2").arg(where, problem.reason));
        }
        row.append(notes.join(u' '));
        if (!writer.writeRow(row)) {
            *error = writer.errorString();
            return false;
        }
    }
    return true;
}

bool ContactImport::readPreview(const QString &filePath, int rows, QStringList *headers,
                                QList<QStringList> *preview, QString *error)
{
    headers->clear();
    preview->clear();
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Could not open %1: %2").arg(filePath, file.errorString());
        return false;
    }
    CsvReader reader(&file);
    reader.setDelimiter(CsvReader::detectDelimiter(&file));
    if (!reader.readRow(headers) || isBlank(*headers)) {
        *error = reader.hasError() ? reader.errorString()
                                   : tr("The file is empty: the first line should name the columns.");
        headers->clear();
        return false;
    }
    QStringList fields;
    while (preview->size() < rows && reader.readRow(&fields)) {
        if (!isBlank(fields))
            preview->append(fields);
    }
    if (reader.hasError()) {
        *error = reader.errorString();
        return false;
    }
    return true;
}

void ContactImport::setExistingContacts(const QList<QJsonObject> &contacts)
{
    m_existing = contacts;
}

void ContactImport::setQueuedContacts(const ct::store::Outbox *outbox)
{
    m_queuedCreates.clear();
    if (!outbox)
        return;
    for (const ct::store::OutboxEntry &entry : outbox->entries()) {
        if (entry.is(ct::api::Call::CreateClient))
            m_queuedCreates.append({entry.recordKey, entry.params});
    }
}

QString ContactImport::callName() const
{
    return ct::api::callName(m_mode == Mode::Create ? ct::api::Call::CreateClient
                                                    : ct::api::Call::UpdateClientByExternalId);
}

bool ContactImport::isRunning() const
{
    return m_phase != Phase::Idle;
}

bool ContactImport::analyse(const QString &filePath, const QStringList &mapping)
{
    if (isRunning())
        return false;
    auto file = std::make_unique<QFile>(filePath);
    if (!file->open(QIODevice::ReadOnly))
        return false;
    m_file = std::move(file);
    return beginAnalysis(m_file.get(), mapping);
}

bool ContactImport::analyse(QIODevice *device, const QStringList &mapping)
{
    if (isRunning() || !device || !device->isReadable())
        return false;
    return beginAnalysis(device, mapping);
}

bool ContactImport::beginAnalysis(QIODevice *device, const QStringList &mapping)
{
    m_device = device;
    m_report = {};
    m_report.mapping = mapping;
    m_analysed = false;
    m_queuedKeys.clear();
    m_skipped = 0;
    m_reader = std::make_unique<CsvReader>(device);
    m_report.delimiter = CsvReader::detectDelimiter(device);
    m_reader->setDelimiter(m_report.delimiter);
    m_checker = std::make_unique<ContactRowChecker>(mapping, m_locale, callName());
    m_duplicates.clear();
    if (m_mode == Mode::Create) {
        m_duplicates.addExisting(m_existing);
        for (const auto &[key, params] : std::as_const(m_queuedCreates))
            m_duplicates.addQueued(params, key);
    }
    m_phase = Phase::Analysing;
    if (!m_reader->readRow(&m_report.headers) || isBlank(m_report.headers)) {
        m_report.fileError = m_reader->hasError()
            ? m_reader->errorString() : tr("The file is empty: the first line should name the columns.");
        m_report.fileErrorLine = m_reader->hasError() ? m_reader->errorLine() : 1;
    }
    Q_EMIT progress(0, 0);
    m_timer->start();
    return true;
}

void ContactImport::analyseChunk()
{
    if (!m_report.fileError.isEmpty()) {
        finishAnalysis(Outcome::Failed);
        return;
    }
    if (!m_device) {
        m_report.fileError = tr("The file was closed while it was being read.");
        finishAnalysis(Outcome::Failed);
        return;
    }
    QElapsedTimer slice;
    slice.start();
    QStringList fields;
    for (int n = 0; n < m_chunkSize && slice.elapsed() < SliceMs; ++n) {
        if (!m_reader->readRow(&fields)) {
            if (m_reader->hasError()) {
                m_report.fileError = m_reader->errorString();
                m_report.fileErrorLine = m_reader->errorLine();
                finishAnalysis(Outcome::Failed);
            } else {
                finishAnalysis(Outcome::Finished);
            }
            return;
        }
        if (isBlank(fields))
            continue;
        ++m_report.totalRows;
        const int row = m_reader->recordNumber();
        const int line = m_reader->recordLine();
        QList<ImportProblem> problems;
        ContactImportRow accepted;
        accepted.params = m_checker->check(fields, &problems);
        if (!problems.isEmpty()) {
            for (ImportProblem &p : problems) {
                p.row = row;
                p.line = line;
            }
            m_report.problems.append(problems);
            m_report.rejectedFields.append(fields);
            ++m_report.rejectedRows;
            continue;
        }
        accepted.row = row;
        accepted.line = line;
        if (m_mode == Mode::Create) {
            accepted.duplicate = m_duplicates.find(accepted.params);
            m_duplicates.addImported(accepted.params, row);
        }
        m_report.accepted.append(std::move(accepted));
    }
    Q_EMIT progress(m_report.totalRows, 0);
}

void ContactImport::finishAnalysis(Outcome outcome)
{
    m_timer->stop();
    m_phase = Phase::Idle;
    m_reader.reset();
    m_checker.reset();
    m_file.reset();
    m_device = nullptr;
    m_analysed = outcome == Outcome::Finished;
    Q_EMIT analysisFinished(outcome);
}

bool ContactImport::queue(ct::store::Outbox *outbox, DuplicatePolicy policy)
{
    if (isRunning() || !m_analysed || !outbox)
        return false;
    m_outbox = outbox;
    m_policy = policy;
    m_next = 0;
    m_skipped = 0;
    m_queuedKeys.clear();
    m_heldByExternalId.clear();
    if (m_mode == Mode::UpdateByExternalId) {
        for (const QJsonObject &contact : std::as_const(m_existing)) {
            const QString externalId = contact.value("external_id"_L1).toString();
            if (!externalId.isEmpty())
                m_heldByExternalId.insert(externalId, contact);
        }
    }
    m_phase = Phase::Queueing;
    Q_EMIT progress(0, int(m_report.accepted.size()));
    m_timer->start();
    return true;
}

ct::api::ApiParams ContactImport::baseValuesOf(const ct::api::ApiParams &params) const
{
    // An update of a contact held here carries what the user saw of each field it changes, so
    // the replay finds a change someone else made since (a conflict) instead of overwriting it.
    // A contact not held has nothing the user saw: it is updated as the file says.
    ct::api::ApiParams base;
    const auto held = m_heldByExternalId.constFind(params.value(u"external_id"_s));
    if (held == m_heldByExternalId.cend())
        return base;
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        if (it.key() == u"external_id")
            continue;
        const QJsonValue seen = held->value(it.key());
        base.insert(it.key(), seen.isDouble() ? QString::number(seen.toInteger()) : seen.toString());
    }
    return base;
}

void ContactImport::queueChunk()
{
    if (!m_outbox) {
        finishQueue(Outcome::Failed, tr("The outbox was closed during the import."));
        return;
    }
    const int total = int(m_report.accepted.size());
    QElapsedTimer slice;
    slice.start();
    // Each entry is its own committed transaction (the outbox's promise), so the slice is
    // bounded by time: a slow disk makes the import slower, not the window.
    for (int n = 0; n < m_chunkSize && m_next < total && slice.elapsed() < SliceMs; ++n, ++m_next) {
        const ContactImportRow &row = m_report.accepted.at(m_next);
        if (row.duplicate.isDuplicate() && m_policy == DuplicatePolicy::Skip) {
            ++m_skipped;
            continue;
        }
        // An update is ordered with the other work on the same external id (forCall's key).
        const QString key = m_mode == Mode::Create ? ct::store::RecordKey::newLocal(u"client"_s)
                                                   : ct::store::RecordKey::forCall(callName(), row.params);
        const auto result = m_outbox->enqueue(callName(), row.params, key, baseValuesOf(row.params));
        if (!result.accepted()) {
            finishQueue(Outcome::Failed, tr("Row %1 could not be queued: %2").arg(row.row).arg(result.errorString));
            return;
        }
        m_queuedKeys.append(key);
    }
    Q_EMIT progress(m_next, total);
    if (m_next >= total)
        finishQueue(Outcome::Finished, {});
}

void ContactImport::finishQueue(Outcome outcome, const QString &error)
{
    m_timer->stop();
    m_phase = Phase::Idle;
    m_outbox = nullptr;
    Q_EMIT queueFinished(outcome, int(m_queuedKeys.size()), error);
}

void ContactImport::cancel()
{
    if (m_phase == Phase::Analysing)
        finishAnalysis(Outcome::Cancelled);
    else if (m_phase == Phase::Queueing)
        finishQueue(Outcome::Cancelled, {});
}

} // namespace ct::models
