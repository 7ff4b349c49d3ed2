// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

// The console's top-level window: navigation between the work areas and the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};
