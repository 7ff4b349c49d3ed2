// SPDX-License-Identifier: MIT
// Build tool: renders the application icon's SVG to the PNG sizes desktop shells look for in the
// hicolor theme (menus and panels at 16-48 px, docks and software centres at 64-256 px), so the
// SVG stays the only source of the icon.
//   rendericon ICON.svg SIZE OUTPUT.png
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    // Rendering needs no screen: the build machine may have none.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    bool sizeOk = false;
    const int size = args.value(2).toInt(&sizeOk);
    if (args.size() != 4 || !sizeOk || size <= 0) {
        QTextStream(stderr) << "usage: rendericon ICON.svg SIZE OUTPUT.png\n";
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        QTextStream(stderr) << "rendericon: cannot read " << args.at(1) << '\n';
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    if (!image.save(args.at(3), "PNG")) {
        QTextStream(stderr) << "rendericon: cannot write " << args.at(3) << '\n';
        return 1;
    }
    return 0;
}
