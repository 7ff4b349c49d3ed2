// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringConverter>
#include <QStringList>

class QIODevice;

// Reads RFC 4180 records from a device a chunk at a time: quoted fields with embedded line
// breaks and doubled quotes, CRLF, LF or CR line ends, an optional UTF-8 byte order mark; stops
// at malformed input and says on which line.
namespace ct::models {

class CsvReader
{
public:
    explicit CsvReader(QIODevice *device);

    // The separator between values: a comma by RFC 4180; spreadsheets in locales that write
    // decimal commas (German, French, ...) save ";" instead.
    void setDelimiter(QChar delimiter) { m_delimiter = delimiter; }
    QChar delimiter() const { return m_delimiter; }
    // The separator of the first line of the device's unread data (peeked, nothing consumed):
    // whichever of comma, semicolon and tab appears most outside quotes; a comma when none does.
    static QChar detectDelimiter(QIODevice *device);

    // On by default: the apostrophe the console's writer puts before a value that would start
    // a formula (CsvFormulaGuard) is taken off again, so an export imports unchanged.
    void setStripFormulaGuards(bool on) { m_stripFormulaGuards = on; }
    bool stripFormulaGuards() const { return m_stripFormulaGuards; }

    // The next record; false at the end of the input or on an error (see hasError()).
    // A blank line is a record with one empty field, as RFC 4180 has it.
    bool readRow(QStringList *fields);

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    int errorLine() const { return m_errorLine; }   // 1-based line of the file

    int recordLine() const { return m_recordLine; }     // line where the last record started
    int recordNumber() const { return m_records; }      // records returned so far (1 = first)
    bool hadBom() const { return m_hadBom; }

    static constexpr qint64 ChunkBytes = 64 * 1024;

private:
    bool fill();
    void consumed(QChar c);     // keeps the line count (CRLF is one line end)
    bool fail(int line, const QString &message);

    QIODevice *m_device;
    QChar m_delimiter = u',';
    bool m_stripFormulaGuards = true;
    QStringDecoder m_decoder;
    QString m_buffer;           // decoded text of the current chunk only
    qsizetype m_pos = 0;
    qsizetype m_badTextAt = -1; // in m_buffer: first character that was not UTF-8
    bool m_firstChunk = true;
    bool m_hadBom = false;
    bool m_prevCR = false;
    bool m_skipLF = false;      // the last record ended with CR; a following LF belongs to it
    bool m_eof = false;
    int m_line = 1;
    int m_recordLine = 0;
    int m_records = 0;
    QString m_error;
    int m_errorLine = 0;
};

} // namespace ct::models
