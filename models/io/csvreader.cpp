// SPDX-License-Identifier: MIT
#include "csvreader.h"
#include "csvformulaguard.h"

#include <QCoreApplication>
#include <QIODevice>

namespace ct::models {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ct::models::CsvReader", text);
}

} // namespace

CsvReader::CsvReader(QIODevice *device)
    : m_device(device)
    // The BOM is kept as U+FEFF so the reader can tell whether there was one.
    , m_decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom)
{
}

QChar CsvReader::detectDelimiter(QIODevice *device)
{
    const QByteArray head = device->peek(ChunkBytes);
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const char c : head) {
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == '\n' || c == '\r')
            break;
        else if (c == ',')
            ++comma;
        else if (c == ';')
            ++semicolon;
        else if (c == '\t')
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return u';';
    if (tab > comma && tab > semicolon)
        return u'\t';
    return u',';
}

bool CsvReader::fill()
{
    m_buffer.clear();
    m_pos = 0;
    m_badTextAt = -1;
    if (m_eof)
        return false;
    const QByteArray bytes = m_device->read(ChunkBytes);
    if (bytes.isEmpty()) {
        m_eof = true;
        // A multi-byte sequence cut off by the end of the file.
        const QString rest = m_decoder.decode(QByteArray());
        if (m_decoder.hasError())
            fail(m_line, tr("The file is not UTF-8 text (it ends in the middle of a character)."));
        return false;
    }
    m_buffer = m_decoder.decode(bytes);
    if (m_decoder.hasError()) {
        // Decoding goes on with U+FFFD; the reader stops when it reaches the first of them.
        m_badTextAt = m_buffer.indexOf(QChar(QChar::ReplacementCharacter));
        if (m_badTextAt < 0)
            m_badTextAt = 0;
    }
    if (m_firstChunk) {
        m_firstChunk = false;
        if (m_buffer.startsWith(QChar(0xFEFF))) {
            m_hadBom = true;
            m_pos = 1;
            if (m_badTextAt == 0)
                m_badTextAt = m_buffer.indexOf(QChar(QChar::ReplacementCharacter));
        }
    }
    return m_pos < m_buffer.size() || fill();
}

void CsvReader::consumed(QChar c)
{
    if (c == u'\n') {
        if (!m_prevCR)
            ++m_line;
    } else if (c == u'\r') {
        ++m_line;
    }
    m_prevCR = c == u'\r';
}

bool CsvReader::fail(int line, const QString &message)
{
    if (m_error.isEmpty()) {
        m_error = message;
        m_errorLine = line;
    }
    return false;
}

bool CsvReader::readRow(QStringList *fields)
{
    fields->clear();
    if (hasError())
        return false;
    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
    State state = State::FieldStart;
    QString field;
    bool any = false;
    int quoteLine = 0;
    m_recordLine = m_line;

    const auto endRecord = [&] {
        fields->append(field);
        ++m_records;
        if (m_stripFormulaGuards) {
            for (QString &value : *fields)
                value = CsvFormulaGuard::unguarded(value);
        }
        return true;
    };

    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (hasError())
                return false;
            if (state == State::Quoted)
                return fail(quoteLine, tr("A quoted value that starts on line %1 is never closed "
                                          "(a \" is missing).").arg(quoteLine));
            if (!any)
                return false;
            return endRecord();
        }
        if (m_pos == m_badTextAt)
            return fail(m_line, tr("Line %1 is not UTF-8 text. Save the file as \"CSV UTF-8\" and "
                                   "try again.").arg(m_line));
        const QChar c = m_buffer.at(m_pos++);
        consumed(c);
        if (m_skipLF) {
            m_skipLF = false;
            if (c == u'\n') {
                m_recordLine = m_line;
                continue;
            }
        }
        any = true;
        switch (state) {
        case State::FieldStart:
            if (c == u'"') {
                state = State::Quoted;
                quoteLine = m_line;
                break;
            }
            state = State::Unquoted;
            Q_FALLTHROUGH();
        case State::Unquoted:
            if (c == m_delimiter) {
                fields->append(field);
                field.clear();
                state = State::FieldStart;
            } else if (c == u'\r' || c == u'\n') {
                m_skipLF = c == u'\r';
                return endRecord();
            } else {
                // A stray quote inside an unquoted value is kept as text, as spreadsheets do.
                field.append(c);
            }
            break;
        case State::Quoted:
            if (c == u'"')
                state = State::AfterQuote;
            else
                field.append(c);
            break;
        case State::AfterQuote:
            if (c == u'"') {
                field.append(c);
                state = State::Quoted;
            } else if (c == m_delimiter) {
                fields->append(field);
                field.clear();
                state = State::FieldStart;
            } else if (c == u'\r' || c == u'\n') {
                m_skipLF = c == u'\r';
                return endRecord();
            } else {
                return fail(m_line, tr("Line %1: text follows a closing quote; a quote inside a "
                                       "quoted value must be doubled (\"\").").arg(m_line));
            }
            break;
        }
    }
}

} // namespace ct::models
