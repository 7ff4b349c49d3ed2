// SPDX-License-Identifier: MIT
#include "timegridview.h"

#include "appointmentsmodel.h"
#include "modelroles.h"

#include <QApplication>
#include <QLocale>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using ct::models::AppointmentsModel;
using ct::models::CalendarEvent;
using ct::models::SyncState;

// The scrolling part: 24 hours of grid with the events on it.
class TimeGridCanvas : public QWidget
{
public:
    explicit TimeGridCanvas(TimeGridView *view) : QWidget(nullptr), m_view(view)
    {
        setMouseTracking(false);
        setAttribute(Qt::WA_OpaquePaintEvent);
        setFocusPolicy(Qt::StrongFocus);
    }
    QSize sizeHint() const override { return {600, 24 * m_view->hourHeight()}; }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QPainter p(this);
        m_view->paintCanvas(p, event->rect());
    }
    void resizeEvent(QResizeEvent *) override { m_view->invalidate(); }
    void mousePressEvent(QMouseEvent *e) override
    {
        if (e->button() == Qt::LeftButton)
            m_view->pressAt(e->position().toPoint());
    }
    void mouseMoveEvent(QMouseEvent *e) override { m_view->moveTo(e->position().toPoint()); }
    void keyPressEvent(QKeyEvent *e) override
    {
        if (!m_view->keyPressed(e->key()))
            QWidget::keyPressEvent(e);
    }
    void mouseReleaseEvent(QMouseEvent *e) override
    {
        if (e->button() == Qt::LeftButton)
            m_view->releaseAt(e->position().toPoint());
    }

private:
    TimeGridView *m_view;
};

// The day names above the grid (and the users' names when they have a column each).
class TimeGridHeader : public QWidget
{
public:
    explicit TimeGridHeader(TimeGridView *view) : QWidget(nullptr), m_view(view) {}
    QSize sizeHint() const override { return {600, m_view->isSideBySide() ? 58 : 40}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        m_view->paintHeader(p, width());
    }

private:
    TimeGridView *m_view;
};

TimeGridView::TimeGridView(QWidget *parent)
    : QWidget(parent), m_scroll(new QScrollArea(this)), m_canvas(new TimeGridCanvas(this)),
      m_header(new TimeGridHeader(this))
{
    m_canvas->setObjectName(u"timeGridCanvas"_s);
    m_canvas->setMinimumHeight(24 * hourHeight());
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);   // header and grid stay aligned
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_header->setObjectName(u"timeGridHeader"_s);
    m_header->setFixedHeight(40);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_scroll, 1);
    setAccessibleName(tr("Calendar time grid"));
    m_canvas->setAccessibleName(tr("Time slots and events: click an empty slot or press Enter to schedule, arrow keys move between slots, drag an event to move it"));

    // The "now" line moves on its own.
    auto *tick = new QTimer(this);
    connect(tick, &QTimer::timeout, m_canvas, qOverload<>(&QWidget::update));
    tick->start(60 * 1000);
}

QWidget *TimeGridView::canvas() const
{
    return m_canvas;
}

void TimeGridView::setModel(AppointmentsModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &TimeGridView::invalidate);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, &TimeGridView::invalidate);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &TimeGridView::invalidate);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &TimeGridView::invalidate);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TimeGridView::invalidate);
    }
    invalidate();
}

void TimeGridView::setRange(QDate firstDay, int dayCount)
{
    m_first = firstDay;
    m_days = qBound(1, dayCount, 14);
    m_selectedSlot = {};
    invalidate();
}

void TimeGridView::setSideBySide(bool sideBySide)
{
    m_sideBySide = sideBySide;
    m_header->setFixedHeight(m_header->sizeHint().height());
    invalidate();
}

void TimeGridView::setUserNames(const QHash<QString, QString> &names)
{
    m_userNames = names;
    m_header->update();
}

void TimeGridView::invalidate()
{
    m_layoutDirty = true;
    m_canvas->update();
    m_header->update();
}

void TimeGridView::scrollToTime(QTime time)
{
    // Laid out first, so the range is known even before the window is shown.
    m_scroll->widget()->resize(m_scroll->viewport()->width(), 24 * hourHeight());
    m_scroll->verticalScrollBar()->setRange(0, qMax(0, 24 * hourHeight() - m_scroll->viewport()->height()));
    m_scroll->verticalScrollBar()->setValue(int(yOf(time)));
}

void TimeGridView::scrollToNow()
{
    const QDate today = QDate::currentDate();
    const bool todayShown = today >= m_first && today < m_first.addDays(m_days);
    const QTime now = QTime::currentTime();
    if (todayShown && now.hour() >= WorkStartHour)
        scrollToTime(now.addSecs(-3600));
    else
        scrollToTime(QTime(WorkStartHour, 0));
}

QStringList TimeGridView::columnUsers() const
{
    if (m_sideBySide && m_model && !m_model->users().isEmpty())
        return m_model->users();
    return {QString()};
}

QRectF TimeGridView::dayRect(int dayIndex) const
{
    const qreal width = qMax(1, m_canvas->width() - gutterWidth()) / qreal(m_days);
    return {gutterWidth() + dayIndex * width, 0, width, qreal(24 * hourHeight())};
}

QRectF TimeGridView::columnRect(int dayIndex, int userIndex) const
{
    const QRectF day = dayRect(dayIndex);
    const int users = int(columnUsers().size());
    const qreal width = day.width() / users;
    return {day.left() + userIndex * width, day.top(), width, day.height()};
}

qreal TimeGridView::yOf(QTime time) const
{
    return time.msecsSinceStartOfDay() / 3600000.0 * hourHeight();
}

QTime TimeGridView::timeAt(qreal y, int snapMinutes) const
{
    int minutes = int(y / hourHeight() * 60);
    minutes = qBound(0, minutes - minutes % snapMinutes, 24 * 60 - snapMinutes);
    return QTime(0, 0).addSecs(minutes * 60);
}

int TimeGridView::dayIndexAt(qreal x) const
{
    if (x < gutterWidth())
        return -1;
    const int i = int((x - gutterWidth()) / dayRect(0).width());
    return i >= 0 && i < m_days ? i : -1;
}

QString TimeGridView::userAt(const QPointF &pos) const
{
    const int day = dayIndexAt(pos.x());
    const QStringList users = columnUsers();
    if (day >= 0 && users.size() > 1) {
        const QRectF d = dayRect(day);
        const int i = qBound(0, int((pos.x() - d.left()) / (d.width() / users.size())), int(users.size()) - 1);
        return users.at(i);
    }
    if (!m_defaultUser.isEmpty())
        return m_defaultUser;
    return m_model ? m_model->users().value(0) : QString();
}

QRect TimeGridView::slotRect(QDate day, QTime time, const QString &userId) const
{
    const int dayIndex = int(m_first.daysTo(day));
    if (dayIndex < 0 || dayIndex >= m_days)
        return {};
    const int userIndex = qMax(0, int(columnUsers().indexOf(userId)));
    const QRectF column = columnRect(dayIndex, userIndex);
    const QTime start = timeAt(yOf(time), SlotMinutes);
    const qreal top = yOf(start);
    return QRectF(column.left(), top, column.width(), hourHeight() * SlotMinutes / 60.0).toRect();
}

void TimeGridView::ensureLayout() const
{
    if (!m_layoutDirty)
        return;
    m_layoutDirty = false;
    m_placed.clear();
    if (!m_model)
        return;
    const QStringList users = columnUsers();
    for (int day = 0; day < m_days; ++day) {
        const QDate date = m_first.addDays(day);
        for (int u = 0; u < users.size(); ++u) {
            // The column's events by start, then packed into lanes per cluster of overlaps.
            QList<int> rows;
            for (int r = 0; r < m_model->rowCount(); ++r) {
                const CalendarEvent &e = m_model->eventAt(r);
                if (e.start.date() == date && (users.size() == 1 || e.userId == users.at(u)))
                    rows.append(r);
            }
            QList<QDateTime> laneEnds;
            QList<std::pair<int, int>> cluster;   // (row, lane)
            QDateTime clusterEnd;
            const auto flush = [&]() {
                const QRectF column = columnRect(day, u);
                const int lanes = int(laneEnds.size());
                for (const auto &[row, lane] : std::as_const(cluster)) {
                    const CalendarEvent &e = m_model->eventAt(row);
                    const qreal top = yOf(e.start.time());
                    const qreal bottom = e.end.date() > date ? 24.0 * hourHeight() : yOf(e.end.time());
                    const qreal width = (column.width() - 4) / lanes;
                    m_placed.append({e.key, row, QRectF(column.left() + 1 + lane * width, top,
                                                        width - 1, qMax<qreal>(bottom - top, hourHeight() / 3.0))});
                }
                cluster.clear();
                laneEnds.clear();
            };
            for (int row : std::as_const(rows)) {
                const CalendarEvent &e = m_model->eventAt(row);
                if (!cluster.isEmpty() && e.start >= clusterEnd)
                    flush();
                int lane = 0;
                while (lane < laneEnds.size() && laneEnds.at(lane) > e.start)
                    ++lane;
                if (lane == laneEnds.size())
                    laneEnds.append(e.end);
                else
                    laneEnds[lane] = e.end;
                cluster.append({row, lane});
                clusterEnd = cluster.size() == 1 ? e.end : std::max(clusterEnd, e.end);
            }
            flush();
        }
    }
}

QRect TimeGridView::eventRect(const QString &key) const
{
    ensureLayout();
    for (const Placed &p : std::as_const(m_placed)) {
        if (p.key == key)
            return p.rect.toRect();
    }
    return {};
}

QString TimeGridView::eventAt(const QPoint &canvasPos) const
{
    ensureLayout();
    // The last drawn is on top.
    for (auto it = m_placed.crbegin(); it != m_placed.crend(); ++it) {
        if (it->rect.contains(canvasPos))
            return it->key;
    }
    return {};
}

void TimeGridView::paintHeader(QPainter &p, int width)
{
    const QPalette pal = palette();
    p.fillRect(0, 0, width, m_header->height(), pal.color(QPalette::Window));
    const QLocale locale;
    const QDate today = QDate::currentDate();
    const QStringList users = columnUsers();
    QFont normal = font();
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    for (int day = 0; day < m_days; ++day) {
        const QDate date = m_first.addDays(day);
        const QRectF r = dayRect(day);
        const QRectF cell(r.left(), 0, r.width(), m_header->height());
        QFont f = normal;
        f.setBold(date == today);
        p.setFont(f);
        p.setPen(date == today ? QColor(0x1a, 0x5f, 0xb4) : pal.color(QPalette::WindowText));
        p.drawText(cell.adjusted(2, 2, -2, 0), Qt::AlignHCenter | Qt::AlignTop,
                   locale.toString(date, u"ddd d MMM"_s));
        p.setFont(small);
        if (!AppointmentsModel::isServerCovered(date)) {
            p.setPen(QColor(0x80, 0x60, 0x00));
            p.drawText(cell.adjusted(2, 20, -2, 0), Qt::AlignHCenter | Qt::AlignTop, tr("not on server: known only"));
        }
        if (users.size() > 1) {
            for (int u = 0; u < users.size(); ++u) {
                const QRectF c = columnRect(day, u);
                const QRectF label(c.left(), 38, c.width(), 18);
                p.fillRect(label.adjusted(1, 1, -1, -1), m_model->colorForUser(users.at(u)).lighter(170));
                p.setPen(pal.color(QPalette::WindowText));
                p.drawText(label, Qt::AlignCenter,
                           p.fontMetrics().elidedText(m_userNames.value(users.at(u), users.at(u)), Qt::ElideRight,
                                                      int(label.width()) - 2));
            }
        }
        p.setPen(pal.color(QPalette::Mid));
        p.drawLine(QPointF(r.left(), 0), QPointF(r.left(), m_header->height()));
    }
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(0, m_header->height() - 1, width, m_header->height() - 1);
}

void TimeGridView::paintCanvas(QPainter &p, const QRect &exposed)
{
    ensureLayout();
    const QPalette pal = palette();
    const QLocale locale;
    p.fillRect(exposed, QColor(0xf3, 0xf3, 0xf3));
    // Working hours first: white; the rest of the day shaded.
    for (int day = 0; day < m_days; ++day) {
        const QRectF r = dayRect(day);
        p.fillRect(QRectF(r.left(), yOf(QTime(WorkStartHour, 0)), r.width(),
                          (WorkEndHour - WorkStartHour) * hourHeight()),
                   Qt::white);
        if (!AppointmentsModel::isServerCovered(m_first.addDays(day)))
            p.fillRect(r, QBrush(QColor(0xb8, 0x98, 0x40, 120), Qt::BDiagPattern));
    }
    // Hour and half-hour lines, hour labels in the gutter.
    p.fillRect(QRect(0, exposed.top(), gutterWidth(), exposed.height()), pal.color(QPalette::Window));
    for (int hour = 0; hour < 24; ++hour) {
        const qreal y = hour * hourHeight();
        p.setPen(QColor(0xd8, 0xd8, 0xd8));
        p.drawLine(QPointF(gutterWidth(), y), QPointF(m_canvas->width(), y));
        p.setPen(QPen(QColor(0xea, 0xea, 0xea), 1, Qt::DotLine));
        p.drawLine(QPointF(gutterWidth(), y + hourHeight() / 2.0), QPointF(m_canvas->width(), y + hourHeight() / 2.0));
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRectF(0, y + 1, gutterWidth() - 6, 16), Qt::AlignRight | Qt::AlignTop,
                   AppointmentsModel::timeText(QTime(hour, 0)));
    }
    const QStringList users = columnUsers();
    for (int day = 0; day < m_days; ++day) {
        const QRectF r = dayRect(day);
        for (int u = 1; u < users.size(); ++u) {
            p.setPen(QPen(QColor(0xe0, 0xe0, 0xe0), 1, Qt::DashLine));
            const qreal x = columnRect(day, u).left();
            p.drawLine(QPointF(x, 0), QPointF(x, r.height()));
        }
        p.setPen(QColor(0xb8, 0xb8, 0xb8));
        p.drawLine(QPointF(r.left(), 0), QPointF(r.left(), r.height()));
    }
    // The slot last clicked.
    if (m_selectedSlot.isValid()) {
        const QRect slot = slotRect(m_selectedSlot.date(), m_selectedSlot.time(), m_selectedUser);
        p.fillRect(slot.adjusted(1, 1, -1, -1), QColor(0x1a, 0x5f, 0xb4, 40));
    }
    for (const Placed &placed : std::as_const(m_placed)) {
        if (m_dragging && placed.key == m_pressKey) {
            p.setOpacity(0.35);   // where it comes from
            drawEvent(p, placed.rect, placed.row, false);
            p.setOpacity(1.0);
            continue;
        }
        drawEvent(p, placed.rect, placed.row, false);
    }
    if (m_dragging && m_dragStart.isValid() && m_model) {
        const int row = m_model->rowOfKey(m_pressKey);
        const int dayIndex = int(m_first.daysTo(m_dragStart.date()));
        if (row >= 0 && dayIndex >= 0 && dayIndex < m_days) {
            const CalendarEvent &e = m_model->eventAt(row);
            const qint64 length = e.start.secsTo(e.end);
            const int userIndex = qMax(0, int(users.indexOf(e.userId)));
            const QRectF column = users.size() > 1 ? columnRect(dayIndex, userIndex) : dayRect(dayIndex);
            const qreal top = yOf(m_dragStart.time());
            drawEvent(p, QRectF(column.left() + 1, top, column.width() - 3, qMax<qreal>(length / 3600.0 * hourHeight(), hourHeight() / 3.0)),
                       row, true);
        }
    }
    // Now.
    const QDate today = QDate::currentDate();
    const int todayIndex = int(m_first.daysTo(today));
    if (todayIndex >= 0 && todayIndex < m_days) {
        const QRectF r = dayRect(todayIndex);
        const qreal y = yOf(QTime::currentTime());
        p.setPen(QPen(QColor(0xd0, 0x10, 0x10), 2));
        p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
        p.setBrush(QColor(0xd0, 0x10, 0x10));
        p.drawEllipse(QPointF(r.left(), y), 4, 4);
        p.setBrush(Qt::NoBrush);
    }
}

void TimeGridView::drawEvent(QPainter &p, const QRectF &rect, int row, bool ghost) const
{
    const CalendarEvent &e = m_model->eventAt(row);
    const QColor color = m_model->colorForUser(e.userId);
    const QLocale locale;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QColor fill = color.lighter(175);
    fill.setAlpha(ghost ? 150 : 235);
    QPen border(color.darker(120), 1);
    if (e.sync == SyncState::Pending || ghost)
        border.setStyle(Qt::DashLine);
    if (e.sync == SyncState::Failed)
        border = QPen(QColor(0xb0, 0x00, 0x20), 2);
    p.setPen(border);
    p.setBrush(fill);
    p.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    p.fillRect(QRectF(rect.left() + 1, rect.top() + 1, 3, rect.height() - 2), color);
    p.setClipRect(rect.adjusted(5, 1, -2, -1));
    const QRectF textRect = rect.adjusted(7, 2, -3, -2);
    QFont bold = p.font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    QDateTime start = e.start;
    if (ghost && m_dragStart.isValid())
        start = m_dragStart;
    QString heading = AppointmentsModel::timeText(start.time()) + u' ' + AppointmentsModel::typeLabel(e.type);
    p.setPen(QColor(0x20, 0x20, 0x20));
    p.setFont(bold);
    p.drawText(textRect, Qt::AlignLeft | Qt::AlignTop, fm.elidedText(heading, Qt::ElideRight, int(textRect.width())));
    QFont normal = bold;
    normal.setBold(false);
    normal.setItalic(e.sync != SyncState::Confirmed);
    p.setFont(normal);
    QStringList lines{e.contactName.isEmpty() ? e.clientId : e.contactName, e.note};
    if (e.sync == SyncState::Pending)
        lines.prepend(e.movedFromId.isEmpty() ? tr("waiting to be sent") : tr("moving: waiting to be sent"));
    else if (e.sync == SyncState::Failed)
        lines.prepend(e.error.isEmpty() ? tr("failed") : e.error);
    const QFontMetrics nfm(normal);
    qreal y = textRect.top() + fm.height();
    for (const QString &line : std::as_const(lines)) {
        if (y + nfm.height() > textRect.bottom() + 2)
            break;
        p.drawText(QRectF(textRect.left(), y, textRect.width(), nfm.height()), Qt::AlignLeft | Qt::AlignTop,
                   nfm.elidedText(line, Qt::ElideRight, int(textRect.width())));
        y += nfm.height();
    }
    p.restore();
}

void TimeGridView::pressAt(const QPoint &pos)
{
    m_pressed = true;
    m_dragging = false;
    m_pressPos = pos;
    m_pressKey = eventAt(pos);
    m_dragStart = {};
    if (!m_pressKey.isEmpty() && m_model) {
        const CalendarEvent e = m_model->eventByKey(m_pressKey);
        const QTime at = timeAt(pos.y(), 1);
        m_grabOffsetMinutes = int(e.start.time().secsTo(at) / 60);
    }
}

void TimeGridView::moveTo(const QPoint &pos)
{
    if (!m_pressed || m_pressKey.isEmpty() || !m_model)
        return;
    if (!m_dragging && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragging = true;
    const int day = dayIndexAt(pos.x());
    if (day < 0)
        return;
    const int minutes = int(pos.y() / qreal(hourHeight()) * 60) - m_grabOffsetMinutes;
    const int snapped = qBound(0, (minutes + SnapMinutes / 2) / SnapMinutes * SnapMinutes, 24 * 60 - SnapMinutes);
    m_dragStart = QDateTime(m_first.addDays(day), QTime(0, 0).addSecs(snapped * 60));
    m_canvas->update();
}

void TimeGridView::releaseAt(const QPoint &pos)
{
    if (!m_pressed)
        return;
    m_pressed = false;
    const QString key = m_pressKey;
    m_pressKey.clear();
    if (m_dragging) {
        m_dragging = false;
        const QDateTime target = m_dragStart;
        m_dragStart = {};
        m_canvas->update();
        const CalendarEvent e = m_model ? m_model->eventByKey(key) : CalendarEvent();
        if (target.isValid() && e.isValid() && target != e.start)
            Q_EMIT eventMoveRequested(key, target);
        return;
    }
    if (!key.isEmpty()) {
        Q_EMIT eventActivated(key);
        return;
    }
    const int day = dayIndexAt(pos.x());
    if (day < 0)
        return;
    m_selectedSlot = QDateTime(m_first.addDays(day), timeAt(pos.y(), SlotMinutes));
    m_selectedUser = userAt(pos);
    m_canvas->update();
    Q_EMIT slotActivated(m_selectedSlot, m_selectedUser);
}

bool TimeGridView::keyPressed(int key)
{
    // The keyboard walks the slots: arrows by half an hour or a day, Enter opens what is there.
    if (!m_selectedSlot.isValid()) {
        const QDate today = QDate::currentDate();
        const QDate day = today >= m_first && today < m_first.addDays(m_days) ? today : m_first;
        m_selectedSlot = QDateTime(day, QTime(WorkStartHour, 0));
        m_selectedUser = m_defaultUser.isEmpty() && m_model ? m_model->users().value(0) : m_defaultUser;
        if (key != Qt::Key_Return && key != Qt::Key_Enter) {
            m_canvas->update();
            return true;
        }
    }
    QDateTime slot = m_selectedSlot;
    switch (key) {
    case Qt::Key_Up: slot = slot.addSecs(-SlotMinutes * 60); break;
    case Qt::Key_Down: slot = slot.addSecs(SlotMinutes * 60); break;
    case Qt::Key_Left: slot = slot.addDays(-1); break;
    case Qt::Key_Right: slot = slot.addDays(1); break;
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        const QRect r = slotRect(slot.date(), slot.time(), m_selectedUser);
        const QString eventKey = r.isValid() ? eventAt(r.center()) : QString();
        if (!eventKey.isEmpty())
            Q_EMIT eventActivated(eventKey);
        else
            Q_EMIT slotActivated(slot, m_selectedUser);
        return true;
    }
    default:
        return false;
    }
    // Stay within the days shown and within the day.
    const bool leftTheDay = (key == Qt::Key_Up || key == Qt::Key_Down) && slot.date() != m_selectedSlot.date();
    if (leftTheDay || slot.date() < m_first || slot.date() >= m_first.addDays(m_days))
        return true;
    m_selectedSlot = slot;
    const QRect r = slotRect(slot.date(), slot.time(), m_selectedUser);
    m_scroll->ensureVisible(r.center().x(), r.center().y(), 0, hourHeight());
    m_canvas->update();
    return true;
}
