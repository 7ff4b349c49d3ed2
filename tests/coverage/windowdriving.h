// SPDX-License-Identifier: MIT
// Working the console's window as a user does, for a suite that proves behaviour through the real
// widgets: an area opened from the navigation list, a tab clicked, a tool-bar action clicked
// (through the bar's extension menu when the bar is too narrow to show it), a row of an item view
// found by its text and clicked, a field typed over, and the modal dialog on top. Each returns
// whether it could do what it says, so the caller's QVERIFY fails at the caller's line.
#pragma once

#include "mainwindow.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

#include <memory>

namespace ct::testsupport {

// How long a control may take to become usable or a dialog to appear.
constexpr int WindowWaitMs = 15000;

// The area opened from the window's navigation list.
inline bool openArea(MainWindow &window, const QString &id)
{
    auto *list = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    for (int row = 0; list && row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        if (item->data(Qt::UserRole).toString() != id)
            continue;
        list->scrollToItem(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
        return window.currentArea() == id;
    }
    return false;
}

inline bool clickTab(QTabWidget *tabs, int index)
{
    if (!tabs || index < 0)
        return false;
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(index).center());
    return tabs->currentIndex() == index;
}

// The tab of `tabs` whose page holds `widget`, clicked.
inline bool clickTabHolding(QTabWidget *tabs, QWidget *widget)
{
    for (QWidget *w = widget; tabs && w; w = w->parentWidget()) {
        if (tabs->indexOf(w) >= 0)
            return clickTab(tabs, tabs->indexOf(w));
    }
    return false;
}

// The action's tool-bar button clicked once the action is enabled; when the bar is too narrow for
// it, the bar's extension button (») and then the action in the menu that opens.
inline bool clickAction(QAction *action)
{
    if (!action || !QTest::qWaitFor([action] { return action->isEnabled(); }, WindowWaitMs))
        return false;
    for (QObject *object : action->associatedObjects()) {
        auto *bar = qobject_cast<QToolBar *>(object);
        QWidget *button = bar ? bar->widgetForAction(action) : nullptr;
        if (!button)
            continue;
        if (button->isVisible()) {
            QTest::mouseClick(button, Qt::LeftButton);
            return true;
        }
        auto *extension = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
        if (!extension || !extension->isVisible())
            return false;
        // The extension's menu runs its own event loop until an item is chosen: the choice is
        // made from inside it.
        const auto chosen = std::make_shared<bool>(false);
        QTimer::singleShot(0, bar, [action, chosen] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            if (menu->actions().contains(action)) {
                QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
                *chosen = true;
            }
            if (menu->isVisible())
                menu->close();
        });
        QTest::mouseClick(extension, Qt::LeftButton);
        return *chosen;
    }
    return false;
}

// The index showing exactly `text` in any column (the rows under a tree's rows included);
// invalid when none does.
inline QModelIndex indexShowing(const QAbstractItemView *view, const QString &text)
{
    const QAbstractItemModel *model = view->model();
    for (int column = 0; column < model->columnCount(); ++column) {
        const QModelIndexList found = model->match(model->index(0, column), Qt::DisplayRole, text, 1,
                                                   Qt::MatchFixedString | Qt::MatchCaseSensitive | Qt::MatchRecursive);
        if (!found.isEmpty())
            return found.first();
    }
    return {};
}

// The index clicked where the view draws it; true when its row became the current one.
inline bool clickIndex(QAbstractItemView *view, const QModelIndex &index)
{
    if (!index.isValid())
        return false;
    view->scrollTo(index);
    const QRect rect = view->visualRect(index);
    if (!rect.isValid())
        return false;
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    return view->currentIndex().row() == index.row() && view->currentIndex().parent() == index.parent();
}

// Typed over what the field holds, as select-all then typing does (empty: the field cleared).
inline bool retype(QLineEdit *edit, const QString &text)
{
    if (!edit)
        return false;
    edit->setFocus();
    QTest::keySequence(edit, QKeySequence::SelectAll);
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
    return edit->text() == text;
}

// The modal dialog on top (of that objectName, when given) once it shows; null when none came.
template<class T = QDialog>
T *modalDialog(const QString &objectName = {})
{
    const auto current = [&objectName]() -> T * {
        auto *widget = qobject_cast<T *>(QApplication::activeModalWidget());
        const bool wanted = widget && widget->isVisible() && (objectName.isEmpty() || widget->objectName() == objectName);
        return wanted ? widget : nullptr;
    };
    return QTest::qWaitFor([&current] { return current() != nullptr; }, WindowWaitMs) ? current() : nullptr;
}

} // namespace ct::testsupport
