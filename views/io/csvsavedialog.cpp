// SPDX-License-Identifier: MIT
#include "csvsavedialog.h"

#include <QCheckBox>
#include <QGridLayout>

CsvSaveDialog::CsvSaveDialog(QWidget *parent, const QString &caption, const QString &suggestedPath)
    : QFileDialog(parent, caption, suggestedPath, tr("CSV files (*.csv)"))
    , m_keepFormulas(new QCheckBox(tr("&Keep formulas (values starting with =, +, - or @ are written as they are)"), this))
{
    setOption(QFileDialog::DontUseNativeDialog);
    setAcceptMode(QFileDialog::AcceptSave);
    setDefaultSuffix(QStringLiteral("csv"));
    m_keepFormulas->setObjectName(QStringLiteral("keepFormulas"));
    m_keepFormulas->setToolTip(tr("Off, such values get a leading ' so that a spreadsheet shows them as text "
                                  "instead of running them: data from web forms can hold a harmful formula."));
    // Qt's file dialog lays itself out in a grid; the choice goes below it, across.
    if (auto *grid = qobject_cast<QGridLayout *>(layout()))
        grid->addWidget(m_keepFormulas, grid->rowCount(), 0, 1, grid->columnCount());
}

bool CsvSaveDialog::keepFormulas() const
{
    return m_keepFormulas->isChecked();
}
