// SPDX-License-Identifier: MIT
#include "csvwriter.h"
#include "csvformulaguard.h"

#include <QCoreApplication>
#include <QIODevice>

using namespace Qt::Literals::StringLiterals;

namespace ct::models {

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{
}

QString CsvWriter::encodeField(const QString &field, QChar delimiter)
{
    bool quote = false;
    for (QChar c : field) {
        if (c == delimiter || c == u'"' || c == u'\r' || c == u'\n') {
            quote = true;
            break;
        }
    }
    if (!quote && !field.isEmpty() && (field.front().isSpace() || field.back().isSpace()))
        quote = true;
    if (!quote)
        return field;
    QString out;
    out.reserve(field.size() + 2);
    out.append(u'"');
    for (QChar c : field) {
        if (c == u'"')
            out.append(u'"');
        out.append(c);
    }
    out.append(u'"');
    return out;
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    QByteArray bytes;
    if (!m_started) {
        m_started = true;
        if (m_writeBom)
            bytes.append("\xEF\xBB\xBF");
    }
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line.append(m_delimiter);
        line.append(encodeField(m_keepFormulas ? fields.at(i) : CsvFormulaGuard::guarded(fields.at(i)), m_delimiter));
    }
    line.append(u"\r\n"_s);
    bytes.append(line.toUtf8());
    if (m_device->write(bytes) != bytes.size()) {
        m_error = m_device->errorString();
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("ct::models::CsvWriter", "Could not write to the file.");
        return false;
    }
    return true;
}

} // namespace ct::models
