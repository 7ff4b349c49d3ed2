// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QRectF>
#include <QWidget>

class QScrollArea;

namespace ct::models { class AppointmentsModel; }

// The day and week views: days side by side as a time grid (working hours white, the rest
// shaded, a red line at the current time), the appointments model's events drawn in their
// users' colours, overlaid or in one column per user. Clicking an empty slot asks for a new
// event there; clicking an event opens it; dragging it asks to move it; the arrow keys walk the
// slots and Enter opens the one selected. Dates the server does not answer for are hatched and
// say so.
class TimeGridView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SlotMinutes = 30;     // what a click on empty space selects
    static constexpr int SnapMinutes = 15;     // where a dragged event lands
    static constexpr int WorkStartHour = 8;
    static constexpr int WorkEndHour = 18;

    explicit TimeGridView(QWidget *parent = nullptr);

    void setModel(ct::models::AppointmentsModel *model);
    void setRange(QDate firstDay, int dayCount);
    QDate firstDay() const { return m_first; }
    int dayCount() const { return m_days; }
    // One column per shown user within each day instead of all users overlaid.
    void setSideBySide(bool sideBySide);
    bool isSideBySide() const { return m_sideBySide; }
    // The user a click in an overlaid column schedules for.
    void setDefaultUser(const QString &userId) { m_defaultUser = userId; }
    // Names for the users' column headings (id -> name).
    void setUserNames(const QHash<QString, QString> &names);

    // Now when today is shown, the start of working hours otherwise.
    void scrollToNow();
    void scrollToTime(QTime time);

    // Hit-testing in canvas() coordinates (tests click and drag there).
    QWidget *canvas() const;
    QRect slotRect(QDate day, QTime time, const QString &userId = {}) const;
    QRect eventRect(const QString &key) const;
    QString eventAt(const QPoint &canvasPos) const;

Q_SIGNALS:
    void slotActivated(const QDateTime &start, const QString &userId);
    void eventActivated(const QString &key);
    void eventMoveRequested(const QString &key, const QDateTime &newStart);

private:
    friend class TimeGridCanvas;
    friend class TimeGridHeader;

    struct Placed
    {
        QString key;
        int row = 0;
        QRectF rect;
    };

    // Geometry of the canvas.
    int hourHeight() const { return 48; }
    int gutterWidth() const { return 56; }
    QStringList columnUsers() const;        // per day: the users of its sub-columns
    QRectF dayRect(int dayIndex) const;
    QRectF columnRect(int dayIndex, int userIndex) const;
    qreal yOf(QTime time) const;
    QTime timeAt(qreal y, int snapMinutes) const;
    int dayIndexAt(qreal x) const;
    QString userAt(const QPointF &pos) const;
    void ensureLayout() const;
    void invalidate();

    // The canvas delegates here.
    void paintCanvas(QPainter &p, const QRect &exposed);
    void paintHeader(QPainter &p, int width);
    void pressAt(const QPoint &pos);
    void moveTo(const QPoint &pos);
    void releaseAt(const QPoint &pos);
    bool keyPressed(int key);
    void drawEvent(QPainter &p, const QRectF &rect, int row, bool ghost) const;

    QPointer<ct::models::AppointmentsModel> m_model;
    QScrollArea *m_scroll;
    QWidget *m_canvas;
    QWidget *m_header;
    QDate m_first = QDate::currentDate();
    int m_days = 7;
    bool m_sideBySide = false;
    QString m_defaultUser;
    mutable QList<Placed> m_placed;
    mutable bool m_layoutDirty = true;

    // A press in progress: on an event (maybe becoming a drag) or on empty space.
    QString m_pressKey;
    QPoint m_pressPos;
    int m_grabOffsetMinutes = 0;
    bool m_pressed = false;
    bool m_dragging = false;
    QDateTime m_dragStart;      // where the dragged event would land
    QDateTime m_selectedSlot;   // the empty slot last clicked
    QString m_selectedUser;
    QHash<QString, QString> m_userNames;
};
