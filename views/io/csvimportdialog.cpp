// SPDX-License-Identifier: MIT
#include "csvimportdialog.h"

#include "calllabels.h"
#include "contactimport.h"
#include "contactimportmapping.h"

#include "api/parameterschema.h"
#include "store/outbox.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QCheckBox>
#include <QSaveFile>
#include <QSet>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using ct::models::ContactImport;
namespace Mapping = ct::models::ContactImportMapping;

namespace {

QTableWidget *makeTable(QWidget *parent, const QString &objectName, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

QTableWidgetItem *item(const QString &text)
{
    // One line per cell: a value with line breaks shows them as spaces.
    QString shown = text;
    shown.replace(u"\r\n"_s, u" "_s).replace(u'\n', u' ').replace(u'\r', u' ');
    auto *i = new QTableWidgetItem(shown);
    if (shown != text)
        i->setToolTip(text);
    return i;
}

} // namespace

CsvImportDialog::CsvImportDialog(ct::store::Outbox *outbox, const QList<QJsonObject> &existingContacts,
                                 QWidget *parent)
    : QDialog(parent)
    , m_outbox(outbox)
    , m_import(new ContactImport(this))
{
    setObjectName(u"csvImportDialog"_s);
    setWindowTitle(tr("Import Contacts from CSV"));
    m_import->setExistingContacts(existingContacts);
    QSet<QString> custom;
    for (const QJsonObject &contact : existingContacts) {
        for (auto it = contact.begin(); it != contact.end(); ++it) {
            if (ct::api::ParameterSchema::isValidExpansionKey(it.key()))
                custom.insert(it.key());
        }
    }
    m_knownCustomKeys = QStringList(custom.cbegin(), custom.cend());
    m_knownCustomKeys.sort();

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"importPages"_s);
    m_pages->addWidget(buildFilePage());
    m_pages->addWidget(buildMappingPage());
    m_pages->addWidget(buildReportPage());
    m_pages->addWidget(buildImportPage());
    m_pages->addWidget(buildSummaryPage());

    m_back = new QPushButton(tr("< &Back"), this);
    m_back->setObjectName(u"backButton"_s);
    m_next = new QPushButton(tr("&Next >"), this);
    m_next->setObjectName(u"nextButton"_s);
    m_next->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"cancelButton"_s);
    connect(m_back, &QPushButton::clicked, this, &CsvImportDialog::back);
    connect(m_next, &QPushButton::clicked, this, &CsvImportDialog::next);
    connect(m_cancel, &QPushButton::clicked, this, &CsvImportDialog::cancelOrClose);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    connect(m_import, &ContactImport::progress, this, [this](int done, int total) {
        QProgressBar *bar = m_analysing ? m_analysisProgress : m_importProgress;
        bar->setMaximum(total);
        bar->setValue(done);
        if (m_analysing)
            m_reportSummary->setText(tr("Checking rows… %1 read").arg(done));
        else
            m_importStatus->setText(tr("Queued %1 of %2 rows").arg(done).arg(total));
    });
    connect(m_import, &ContactImport::analysisFinished, this,
            [this](ContactImport::Outcome outcome) { onAnalysed(int(outcome)); });
    connect(m_import, &ContactImport::queueFinished, this,
            [this](ContactImport::Outcome outcome, int queued, const QString &error) {
                onQueued(int(outcome), queued, error);
            });
    resize(820, 560);
    updateButtons();
}

CsvImportDialog::~CsvImportDialog() = default;

QWidget *CsvImportDialog::buildFilePage()
{
    auto *page = new QWidget(this);
    auto *intro = new QLabel(tr("Choose a CSV file with one contact per row. The first row must "
                                "name the columns. Save it from your spreadsheet as \"CSV UTF-8\"."), page);
    intro->setWordWrap(true);
    m_path = new QLineEdit(page);
    m_path->setObjectName(u"filePath"_s);
    m_path->setPlaceholderText(tr("File to import"));
    m_path->setAccessibleName(tr("File to import"));
    connect(m_path, &QLineEdit::textChanged, this, &CsvImportDialog::updateButtons);
    auto *browse = new QPushButton(tr("&Browse…"), page);
    browse->setObjectName(u"browseButton"_s);
    connect(browse, &QPushButton::clicked, this, &CsvImportDialog::browse);
    m_fileError = new QLabel(page);
    m_fileError->setObjectName(u"fileError"_s);
    m_fileError->setWordWrap(true);
    m_fileError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(m_fileError);
    layout->addStretch(1);
    return page;
}

QWidget *CsvImportDialog::buildMappingPage()
{
    auto *page = new QWidget(this);
    auto *intro = new QLabel(tr("Choose the contact field each column fills, or skip the column. "
                                "Columns no field matches become custom fields."), page);
    intro->setWordWrap(true);
    m_mappingTable = makeTable(page, u"mappingTable"_s,
                               {tr("Column in the file"), tr("Import as"), tr("First values")});
    m_mappingTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_mappingTable->setAccessibleName(tr("Column mapping"));
    m_mappingHint = new QLabel(page);
    m_mappingHint->setObjectName(u"mappingHint"_s);
    m_mappingHint->setWordWrap(true);
    // Files from another system (the source of the contacts' external ids) often carry changes
    // to contacts already here: those rows update the contact with their external id.
    m_updateByExternalId = new QCheckBox(tr("&Update existing contacts: each row changes the contact "
                                            "with its external id (filled cells only)"), page);
    m_updateByExternalId->setObjectName(u"updateByExternalId"_s);
    connect(m_updateByExternalId, &QCheckBox::toggled, this, &CsvImportDialog::updateMappingHint);
    auto *previewLabel = new QLabel(tr("The first rows of the file:"), page);
    m_previewTable = makeTable(page, u"previewTable"_s, {});
    m_previewTable->setAccessibleName(tr("Preview of the file"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(m_mappingTable, 2);
    layout->addWidget(m_updateByExternalId);
    layout->addWidget(m_mappingHint);
    layout->addWidget(previewLabel);
    layout->addWidget(m_previewTable, 1);
    return page;
}

QWidget *CsvImportDialog::buildReportPage()
{
    auto *page = new QWidget(this);
    m_reportSummary = new QLabel(page);
    m_reportSummary->setObjectName(u"reportSummary"_s);
    m_reportSummary->setWordWrap(true);
    m_analysisProgress = new QProgressBar(page);
    m_analysisProgress->setObjectName(u"analysisProgress"_s);
    m_rejectedTable = makeTable(page, u"rejectedTable"_s,
                                {tr("Row"), tr("Column"), tr("Field"), tr("Value"), tr("Problem")});
    m_rejectedTable->setAccessibleName(tr("Rows that will not be imported"));
    m_saveRejected = new QPushButton(tr("Save &refused rows…"), page);
    m_saveRejected->setObjectName(u"saveRejectedButton"_s);
    m_saveRejected->setToolTip(tr("Save the refused rows with their problems to correct them in a "
                                  "spreadsheet and import them again"));
    connect(m_saveRejected, &QPushButton::clicked, this, &CsvImportDialog::saveRejectedRows);
    m_duplicatesTable = makeTable(page, u"duplicatesTable"_s, {tr("Row"), tr("Name"), tr("Looks like")});
    m_duplicatesTable->setAccessibleName(tr("Rows that look like contacts already there"));
    m_skipDuplicates = new QRadioButton(tr("&Skip rows that look like duplicates"), page);
    m_skipDuplicates->setObjectName(u"skipDuplicates"_s);
    m_skipDuplicates->setChecked(true);
    m_importDuplicates = new QRadioButton(tr("Import them &anyway"), page);
    m_importDuplicates->setObjectName(u"importDuplicates"_s);
    connect(m_skipDuplicates, &QRadioButton::toggled, this, &CsvImportDialog::updateButtons);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_reportSummary);
    layout->addWidget(m_analysisProgress);
    auto *rejectedTitle = new QHBoxLayout;
    rejectedTitle->addWidget(new QLabel(tr("Rows that will not be imported:"), page), 1);
    rejectedTitle->addWidget(m_saveRejected);
    layout->addLayout(rejectedTitle);
    layout->addWidget(m_rejectedTable, 2);
    layout->addWidget(new QLabel(tr("Rows that look like contacts already there or earlier in the file:"), page));
    layout->addWidget(m_duplicatesTable, 1);
    layout->addWidget(m_skipDuplicates);
    layout->addWidget(m_importDuplicates);
    return page;
}

QWidget *CsvImportDialog::buildImportPage()
{
    auto *page = new QWidget(this);
    m_importStatus = new QLabel(page);
    m_importStatus->setObjectName(u"importStatus"_s);
    m_importProgress = new QProgressBar(page);
    m_importProgress->setObjectName(u"importProgress"_s);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Adding the contacts to the outbox. They are sent to "
                                    "ClientTether from there, also after a restart."), page));
    layout->addWidget(m_importProgress);
    layout->addWidget(m_importStatus);
    layout->addStretch(1);
    return page;
}

QWidget *CsvImportDialog::buildSummaryPage()
{
    auto *page = new QWidget(this);
    m_summary = new QLabel(page);
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    return page;
}

CsvImportDialog::Page CsvImportDialog::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void CsvImportDialog::setFilePath(const QString &path)
{
    m_path->setText(path);
}

QComboBox *CsvImportDialog::mappingCombo(int column) const
{
    return qobject_cast<QComboBox *>(m_mappingTable->cellWidget(column, 1));
}

QStringList CsvImportDialog::mapping() const
{
    QStringList targets;
    for (int column = 0; column < m_mappingTable->rowCount(); ++column) {
        const QComboBox *combo = mappingCombo(column);
        targets.append(combo ? combo->currentData().toString() : QString());
    }
    return targets;
}

void CsvImportDialog::saveRejectedRows()
{
    QString suggested = m_loadedPath;
    if (suggested.endsWith(u".csv"_s, Qt::CaseInsensitive))
        suggested.chop(4);
    suggested += tr("-refused") + u".csv"_s;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Refused Rows"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveRejectedRowsTo(path, &error))
        m_reportSummary->setText(tr("Could not save %1: %2").arg(path, error));
}

bool CsvImportDialog::saveRejectedRowsTo(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    if (!m_import->writeRejectedRows(&file, error))
        return false;
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void CsvImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Contacts"), m_path->text(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

bool CsvImportDialog::loadFile()
{
    QString error;
    if (!ContactImport::readPreview(m_path->text().trimmed(), PreviewRows, &m_headers, &m_preview, &error)) {
        m_fileError->setText(error);
        return false;
    }
    m_fileError->clear();
    // The same file again keeps the user's choices.
    if (m_loadedPath != m_path->text().trimmed() || m_mappingTable->rowCount() != m_headers.size())
        fillMapping();
    m_loadedPath = m_path->text().trimmed();
    return true;
}

void CsvImportDialog::fillMapping()
{
    const QStringList suggested = ContactImport::suggestMapping(m_headers, m_knownCustomKeys);
    const QList<Mapping::TargetField> fields = Mapping::targetFields();
    m_mappingTable->setRowCount(int(m_headers.size()));
    for (int column = 0; column < m_headers.size(); ++column) {
        const QString header = m_headers.at(column);
        m_mappingTable->setItem(column, 0, item(header.isEmpty() ? tr("(column %1)").arg(column + 1) : header));
        auto *combo = new QComboBox(m_mappingTable);
        combo->setObjectName(u"mappingCombo%1"_s.arg(column));
        combo->setAccessibleName(tr("Import column %1 as").arg(header));
        combo->addItem(tr("Skip this column"), QString());
        combo->insertSeparator(combo->count());
        for (const Mapping::TargetField &field : fields)
            combo->addItem(field.label, field.key);
        QStringList customKeys = m_knownCustomKeys;
        const QString own = Mapping::customKeyFor(header);
        if (!own.isEmpty() && !customKeys.contains(own))
            customKeys.append(own);
        if (!customKeys.isEmpty())
            combo->insertSeparator(combo->count());
        for (const QString &key : std::as_const(customKeys))
            combo->addItem(tr("Custom field: %1").arg(key), key);
        const int index = combo->findData(suggested.value(column));
        combo->setCurrentIndex(qMax(0, index));
        connect(combo, &QComboBox::currentIndexChanged, this, &CsvImportDialog::updateMappingHint);
        m_mappingTable->setCellWidget(column, 1, combo);
        QStringList examples;
        for (const QStringList &row : std::as_const(m_preview)) {
            if (!row.value(column).trimmed().isEmpty() && examples.size() < 3)
                examples.append(row.value(column).trimmed());
        }
        m_mappingTable->setItem(column, 2, item(examples.join(u" · "_s)));
    }
    m_mappingTable->resizeColumnsToContents();

    m_previewTable->clear();
    m_previewTable->setColumnCount(int(m_headers.size()));
    m_previewTable->setHorizontalHeaderLabels(m_headers);
    m_previewTable->setRowCount(int(m_preview.size()));
    for (int row = 0; row < m_preview.size(); ++row) {
        for (int column = 0; column < m_headers.size(); ++column)
            m_previewTable->setItem(row, column, item(m_preview.at(row).value(column)));
    }
    updateMappingHint();
}

void CsvImportDialog::updateMappingHint()
{
    const QStringList targets = mapping();
    QStringList problems;
    if (m_updateByExternalId->isChecked()) {
        if (!targets.contains(u"external_id"_s))
            problems.append(tr("Choose the column that holds the %1: it finds the contact each row updates.")
                                .arg(ct::models::CallLabels::fieldLabel(u"external_id"_s).toLower()));
    } else {
        for (const QString &required : {u"firstName"_s, u"lastName"_s}) {
            if (!targets.contains(required))
                problems.append(tr("Choose the column that holds the %1: every new contact needs one.")
                                    .arg(ct::models::CallLabels::fieldLabel(required).toLower()));
        }
    }
    QSet<QString> seen;
    for (const QString &target : targets) {
        if (target.isEmpty())
            continue;
        if (seen.contains(target))
            problems.append(tr("Two columns fill %1; skip one of them.")
                                .arg(ct::models::CallLabels::fieldLabel(target)));
        seen.insert(target);
    }
    problems.removeDuplicates();
    m_mappingHint->setText(problems.join(u'\n'));
    updateButtons();
}

void CsvImportDialog::next()
{
    switch (currentPage()) {
    case FilePage:
        if (loadFile())
            m_pages->setCurrentIndex(MappingPage);
        break;
    case MappingPage:
        startAnalysis();
        break;
    case ReportPage:
        startImport();
        break;
    case ImportPage:
        break;
    case SummaryPage:
        accept();
        return;
    }
    updateButtons();
}

void CsvImportDialog::back()
{
    if (m_analysing)
        m_import->cancel();
    if (currentPage() == MappingPage || currentPage() == ReportPage)
        m_pages->setCurrentIndex(m_pages->currentIndex() - 1);
    updateButtons();
}

void CsvImportDialog::cancelOrClose()
{
    if (currentPage() == SummaryPage && !m_queueing)
        accept();
    else
        reject();
}

void CsvImportDialog::reject()
{
    // Work in progress stops first; queued contacts stay queued (the summary says how many).
    if (m_queueing || m_analysing) {
        m_import->cancel();
        return;
    }
    QDialog::reject();
}

void CsvImportDialog::startAnalysis()
{
    m_rejectedTable->setRowCount(0);
    m_duplicatesTable->setRowCount(0);
    m_saveRejected->setEnabled(false);
    m_import->setQueuedContacts(m_outbox);   // as the outbox is now, not when the dialog opened
    m_import->setMode(m_updateByExternalId->isChecked() ? ContactImport::Mode::UpdateByExternalId
                                                        : ContactImport::Mode::Create);
    m_reportSummary->setText(tr("Checking rows…"));
    m_analysisProgress->setRange(0, 0);
    m_analysisProgress->show();
    m_pages->setCurrentIndex(ReportPage);
    m_analysing = m_import->analyse(m_loadedPath, mapping());
    if (!m_analysing) {
        m_analysisProgress->hide();
        m_reportSummary->setText(tr("Could not open %1 again.").arg(m_loadedPath));
    }
    updateButtons();
}

void CsvImportDialog::onAnalysed(int outcome)
{
    m_analysing = false;
    m_analysisProgress->hide();
    if (ContactImport::Outcome(outcome) == ContactImport::Outcome::Cancelled) {
        m_reportSummary->setText(tr("The check was stopped."));
        updateButtons();
        return;
    }
    const ct::models::ContactImportReport &report = m_import->report();
    if (!report.fileError.isEmpty()) {
        m_reportSummary->setText(tr("The file cannot be imported: %1").arg(report.fileError));
        m_saveRejected->setEnabled(false);
        updateButtons();
        return;
    }
    const int duplicates = report.duplicateCount();
    // One sentence with plain numbers: a translator can order them as the language needs.
    QString text = tr("Rows read: %1. Can be imported: %2. Refused: %3.")
                       .arg(report.totalRows).arg(report.accepted.size()).arg(report.rejectedRows);
    if (duplicates > 0)
        text += u' ' + tr("Look like contacts already there: %1.").arg(duplicates);
    m_reportSummary->setText(text);

    const int listed = int(qMin<qsizetype>(report.problems.size(), MaxListedProblems));
    m_rejectedTable->setRowCount(listed);
    for (int i = 0; i < listed; ++i) {
        const ct::models::ImportProblem &p = report.problems.at(i);
        m_rejectedTable->setItem(i, 0, item(QString::number(p.row)));
        m_rejectedTable->setItem(i, 1, item(report.headers.value(p.column)));
        m_rejectedTable->setItem(i, 2, item(p.field.isEmpty() ? QString() : ct::models::CallLabels::fieldLabel(p.field)));
        m_rejectedTable->setItem(i, 3, item(p.value));
        m_rejectedTable->setItem(i, 4, item(p.reason));
    }
    if (report.problems.size() > listed)
        m_reportSummary->setText(text + u' ' + tr("The first %1 problems are listed.").arg(listed));
    m_rejectedTable->resizeColumnsToContents();
    m_saveRejected->setEnabled(report.rejectedRows > 0);

    int row = 0;
    m_duplicatesTable->setRowCount(duplicates);
    for (const ct::models::ContactImportRow &accepted : report.accepted) {
        if (!accepted.duplicate.isDuplicate())
            continue;
        const auto &d = accepted.duplicate;
        const QString name = accepted.params.value(u"firstName"_s) + u' ' + accepted.params.value(u"lastName"_s);
        const QString field = ct::models::CallLabels::fieldLabel(d.field).toLower();
        QString match;
        if (!d.queuedKey.isEmpty())
            match = tr("A new contact waiting in the outbox (same %1: %2)").arg(field, d.value);
        else if (d.clientId.isEmpty())
            match = tr("Row %1 (same %2: %3)").arg(d.row).arg(field, d.value);
        else
            match = tr("Contact %1 (same %2: %3)").arg(d.clientId, field, d.value);
        m_duplicatesTable->setItem(row, 0, item(QString::number(accepted.row)));
        m_duplicatesTable->setItem(row, 1, item(name));
        m_duplicatesTable->setItem(row, 2, item(match));
        ++row;
    }
    m_duplicatesTable->resizeColumnsToContents();
    m_skipDuplicates->setEnabled(duplicates > 0);
    m_importDuplicates->setEnabled(duplicates > 0);
    updateButtons();
}

int CsvImportDialog::importCount() const
{
    return m_import->report().importCount(m_importDuplicates->isChecked());
}

void CsvImportDialog::startImport()
{
    const auto policy = m_importDuplicates->isChecked() ? ContactImport::DuplicatePolicy::ImportAnyway
                                                        : ContactImport::DuplicatePolicy::Skip;
    m_importProgress->setRange(0, int(m_import->report().accepted.size()));
    m_importProgress->setValue(0);
    m_importStatus->clear();
    m_pages->setCurrentIndex(ImportPage);
    m_queueing = m_import->queue(m_outbox, policy);
    if (!m_queueing)
        onQueued(int(ContactImport::Outcome::Failed), 0, tr("The outbox is not available."));
    updateButtons();
}

void CsvImportDialog::onQueued(int outcome, int queued, const QString &error)
{
    m_queueing = false;
    const auto &report = m_import->report();
    QStringList lines;
    switch (ContactImport::Outcome(outcome)) {
    case ContactImport::Outcome::Finished:
        lines.append(m_import->mode() == ContactImport::Mode::Create
                         ? tr("%n contact(s) added to the outbox; they are sent to ClientTether from there.",
                              nullptr, queued)
                         : tr("%n update(s) by external id added to the outbox; they are sent to "
                              "ClientTether from there.", nullptr, queued));
        break;
    case ContactImport::Outcome::Cancelled:
        lines.append(tr("Import stopped. %n contact(s) were already added to the outbox and stay "
                        "there; discard them from the Outbox if you do not want them.", nullptr, queued));
        break;
    case ContactImport::Outcome::Failed:
        lines.append(tr("Import failed: %1").arg(error));
        lines.append(tr("%n contact(s) were added to the outbox before that.", nullptr, queued));
        break;
    }
    if (m_import->skippedDuplicates() > 0)
        lines.append(tr("%n duplicate(s) skipped.", nullptr, m_import->skippedDuplicates()));
    if (report.rejectedRows > 0)
        lines.append(tr("%n row(s) refused.", nullptr, report.rejectedRows));
    m_summary->setText(lines.join(u'\n'));
    m_pages->setCurrentIndex(SummaryPage);
    updateButtons();
    if (queued > 0)
        Q_EMIT contactsQueued(m_import->queuedKeys());
}

void CsvImportDialog::updateButtons()
{
    const Page page = currentPage();
    const bool busy = m_analysing || m_queueing;
    m_back->setEnabled(!m_queueing && (page == MappingPage || page == ReportPage));
    m_back->setVisible(page != ImportPage && page != SummaryPage);
    m_cancel->setText(busy ? tr("&Stop") : tr("Cancel"));
    m_cancel->setVisible(page != SummaryPage);
    switch (page) {
    case FilePage:
        m_next->setText(tr("&Next >"));
        m_next->setEnabled(!m_path->text().trimmed().isEmpty());
        break;
    case MappingPage:
        m_next->setText(tr("&Check rows >"));
        m_next->setEnabled(m_mappingHint->text().isEmpty());
        break;
    case ReportPage: {
        const int count = m_analysing ? 0 : importCount();
        m_next->setText(tr("&Import %n contact(s)", nullptr, count));
        m_next->setEnabled(!m_analysing && m_import->report().fileError.isEmpty() && count > 0 && m_outbox);
        break;
    }
    case ImportPage:
        m_next->setText(tr("&Import"));
        m_next->setEnabled(false);
        break;
    case SummaryPage:
        m_next->setText(tr("&Close"));
        m_next->setEnabled(true);
        break;
    }
}
