// SPDX-License-Identifier: MIT
#include "conflictdialog.h"

#include "calllabels.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ConflictDialog::ConflictDialog(const ct::api::ApiParams &mine, const ct::api::ApiParams &base,
                               const ct::api::ApiParams &theirs, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Resolve conflict"));
    setObjectName(u"conflictDialog"_s);
    auto *intro = new QLabel(tr("Someone changed these fields on the server after you edited them. "
                                "Choose, for each field, which value to keep."), this);
    intro->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Field</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>When you edited</b>"), this), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Keep mine</b>"), this), 0, 2);
    grid->addWidget(new QLabel(tr("<b>Take the server's</b>"), this), 0, 3);
    int row = 1;
    for (auto it = theirs.constBegin(); it != theirs.constEnd(); ++it, ++row) {
        const QString &key = it.key();
        grid->addWidget(new QLabel(ct::models::CallLabels::fieldLabel(key), this), row, 0);
        grid->addWidget(new QLabel(base.value(key), this), row, 1);
        auto *keepMine = new QRadioButton(mine.value(key), this);
        keepMine->setObjectName(key + u"Mine"_s);
        auto *takeTheirs = new QRadioButton(it.value(), this);
        takeTheirs->setObjectName(key + u"Theirs"_s);
        auto *group = new QButtonGroup(this);
        group->addButton(keepMine);
        group->addButton(takeTheirs);
        keepMine->setChecked(true);
        grid->addWidget(keepMine, row, 2);
        grid->addWidget(takeTheirs, row, 3);
        m_keepMine.insert(key, keepMine);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(buttons);
}

QMap<QString, bool> ConflictDialog::choices() const
{
    QMap<QString, bool> out;
    for (auto it = m_keepMine.constBegin(); it != m_keepMine.constEnd(); ++it)
        out.insert(it.key(), it.value()->isChecked());
    return out;
}
