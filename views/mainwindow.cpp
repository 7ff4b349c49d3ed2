// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("ClientTether Console"));
    setObjectName(QStringLiteral("mainWindow"));

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    auto *state = new QLabel(tr("Signed out"), this);
    state->setAccessibleName(tr("Connection state"));
    statusBar()->addPermanentWidget(state);
    resize(1100, 720);
}
