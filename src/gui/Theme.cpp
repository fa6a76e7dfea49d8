#include "Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace kilotse::gui {

void applyTheme(QApplication& app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = app.style()->standardPalette();
    // #1c4f9c on white: 8.0:1; white on #1c4f9c: 8.0:1.
    palette.setColor(QPalette::Highlight, QColor(0x1c, 0x4f, 0x9c));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x1c, 0x4f, 0x9c));
    palette.setColor(QPalette::PlaceholderText, QColor(0x5f, 0x63, 0x68));
    app.setPalette(palette);
}

void styleVerdictFrame(QWidget* frame, VerdictTone tone)
{
    // Background, border; text stays near-black (#1a1a1a), ≥ 12:1 on every background here.
    const char* background = "#e6f4ea";
    const char* border = "#1e7b34";
    switch (tone) {
    case VerdictTone::Level1: break;
    case VerdictTone::Level2: background = "#fff1db"; border = "#a35200"; break;
    case VerdictTone::Escalate: background = "#e8f0fe"; border = "#1c4f9c"; break;
    case VerdictTone::Blocked: background = "#fde8e7"; border = "#b3261e"; break;
    }
    frame->setStyleSheet(QStringLiteral("QFrame#%1 { background: %2; border: 3px solid %3; border-radius: 8px; }"
                                        "QFrame#%1 QLabel { color: #1a1a1a; background: transparent; }")
                             .arg(frame->objectName(), QLatin1String(background), QLatin1String(border)));
}

void scaleFont(QWidget* widget, double factor, bool bold)
{
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    widget->setFont(font);
}

} // namespace kilotse::gui
