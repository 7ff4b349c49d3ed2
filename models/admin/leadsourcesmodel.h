// SPDX-License-Identifier: MIT
#pragma once

#include "adminlistmodel.h"

// The account's lead sources (name and the web key the server generates for each) and the
// administrator's edits of them: create, rename, delete (refused with CT512 while contacts use it).
namespace ct::models {

class LeadSourcesModel : public AdminListModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, WebKeyColumn, StatusColumn };

    explicit LeadSourcesModel(QObject *parent = nullptr);

    // The reason a name cannot be used, for showing at the field; empty when it can.
    QString problemWithName(const QString &name) const;
    // Queues create_lead_source; the new row's local key, empty when refused (errorString()).
    QString create(const QString &name);
    // Queues update_lead_source_by_id with the new name.
    bool rename(const QString &recordKey, const QString &name);
    // Queues delete_lead_source_by_id.
    bool remove(const QString &recordKey);
    // The generated web key, empty until the server answered the create.
    QString webKeyAt(int row) const;

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Editing the name in place renames.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

protected:
    QString displayText(const QJsonObject &record, const QString &key) const override;
};

} // namespace ct::models
