// SPDX-License-Identifier: MIT
#pragma once

#include <QFileDialog>

class QCheckBox;

// The save dialog of every CSV export: a file dialog with one choice added, "Keep formulas",
// off by default, so that cells starting with =, +, -, @ are neutralised unless the user asks
// for the raw values. Qt's own dialog (not the platform's), which is the one that can hold
// the extra check box.
class CsvSaveDialog : public QFileDialog
{
    Q_OBJECT

public:
    CsvSaveDialog(QWidget *parent, const QString &caption, const QString &suggestedPath);

    bool keepFormulas() const;
    QCheckBox *keepFormulasBox() const { return m_keepFormulas; }

private:
    QCheckBox *m_keepFormulas;
};
