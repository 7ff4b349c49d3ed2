// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

class QIODevice;

// Writes RFC 4180 records to a device as they come (UTF-8, CRLF, quoting only where needed),
// so an export never holds the whole file in memory.
namespace ct::models {

class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device);

    // A UTF-8 byte order mark before the first record. On by default: Excel on Windows and
    // macOS reads a CSV file without one in the legacy ANSI code page and garbles accents;
    // LibreOffice, Numbers, Python and our own reader accept it either way.
    void setWriteBom(bool on) { m_writeBom = on; }
    bool writeBom() const { return m_writeBom; }
    // A comma by default (RFC 4180); ";" for spreadsheets of decimal-comma locales.
    void setDelimiter(QChar delimiter) { m_delimiter = delimiter; }
    QChar delimiter() const { return m_delimiter; }

    // Off by default: a value that a spreadsheet would run as a formula (=, +, -, @, tab, CR
    // first) is written with a leading apostrophe (CsvFormulaGuard), since exported data comes
    // from web forms and other people. On: every value exactly as it is.
    void setKeepFormulas(bool on) { m_keepFormulas = on; }
    bool keepFormulas() const { return m_keepFormulas; }

    // One record, ended with CRLF. False (and errorString()) when the device refused bytes.
    bool writeRow(const QStringList &fields);
    QString errorString() const { return m_error; }

    // The field as it appears in the file: quoted (quotes doubled) when it holds the
    // delimiter, a quote, CR or LF, or starts or ends with white space (which some readers trim).
    static QString encodeField(const QString &field, QChar delimiter = u',');

private:
    QIODevice *m_device;
    bool m_writeBom = true;
    bool m_keepFormulas = false;
    QChar m_delimiter = u',';
    bool m_started = false;
    QString m_error;
};

} // namespace ct::models
