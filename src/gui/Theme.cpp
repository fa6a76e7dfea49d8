#include "Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTextDocument>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace kilotse::gui {

namespace {
ThemeKind g_theme = ThemeKind::Light;

void setAll(QPalette& p, QPalette::ColorRole role, const QColor& active, const QColor& disabled)
{
    p.setColor(QPalette::Active, role, active);
    p.setColor(QPalette::Inactive, role, active);
    p.setColor(QPalette::Disabled, role, disabled);
}
} // namespace

std::optional<ThemeKind> themeKindFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"light")
        return ThemeKind::Light;
    if (n == u"dark")
        return ThemeKind::Dark;
    if (n == u"high-contrast" || n == u"highcontrast")
        return ThemeKind::HighContrast;
    return std::nullopt;
}

QString themeKindName(ThemeKind kind)
{
    switch (kind) {
    case ThemeKind::Light:
        return QStringLiteral("light");
    case ThemeKind::Dark:
        return QStringLiteral("dark");
    case ThemeKind::HighContrast:
        return QStringLiteral("high-contrast");
    }
    return {};
}

QPalette themePalette(ThemeKind kind)
{
    QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette p = fusion->standardPalette();
    delete fusion;
    switch (kind) {
    case ThemeKind::Light:
        // #1c4f9c on white: 8.0:1; white on #1c4f9c: 8.0:1.
        p.setColor(QPalette::Highlight, QColor(0x1c, 0x4f, 0x9c));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Link, QColor(0x1c, 0x4f, 0x9c));
        p.setColor(QPalette::PlaceholderText, QColor(0x5f, 0x63, 0x68));
        break;
    case ThemeKind::Dark: {
        const QColor window(0x20, 0x22, 0x25), base(0x17, 0x18, 0x1a), text(0xec, 0xec, 0xec), muted(0x8c, 0x90, 0x96);
        setAll(p, QPalette::Window, window, window);
        setAll(p, QPalette::WindowText, text, muted);
        setAll(p, QPalette::Base, base, window);
        setAll(p, QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c), QColor(0x26, 0x28, 0x2c));
        setAll(p, QPalette::Text, text, muted);
        setAll(p, QPalette::Button, QColor(0x30, 0x33, 0x38), QColor(0x2a, 0x2c, 0x30));
        setAll(p, QPalette::ButtonText, text, muted);
        setAll(p, QPalette::ToolTipBase, QColor(0x30, 0x33, 0x38), QColor(0x30, 0x33, 0x38));
        setAll(p, QPalette::ToolTipText, text, text);
        setAll(p, QPalette::BrightText, Qt::white, Qt::white);
        setAll(p, QPalette::Highlight, QColor(0x8a, 0xb4, 0xf8), QColor(0x44, 0x48, 0x50));
        setAll(p, QPalette::HighlightedText, QColor(0x0b, 0x1b, 0x33), muted);
        setAll(p, QPalette::Link, QColor(0x8a, 0xb4, 0xf8), muted);
        setAll(p, QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9), muted);
        setAll(p, QPalette::PlaceholderText, QColor(0xa8, 0xab, 0xb0), muted);
        setAll(p, QPalette::Light, QColor(0x4a, 0x4d, 0x52), QColor(0x4a, 0x4d, 0x52));
        setAll(p, QPalette::Midlight, QColor(0x3a, 0x3d, 0x42), QColor(0x3a, 0x3d, 0x42));
        setAll(p, QPalette::Mid, QColor(0x2a, 0x2c, 0x30), QColor(0x2a, 0x2c, 0x30));
        setAll(p, QPalette::Dark, QColor(0x10, 0x11, 0x13), QColor(0x10, 0x11, 0x13));
        setAll(p, QPalette::Shadow, Qt::black, Qt::black);
        break;
    }
    case ThemeKind::HighContrast: {
        const QColor black(Qt::black), white(Qt::white), grey(0xb0, 0xb0, 0xb0), yellow(0xff, 0xff, 0x00);
        for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
                                         QPalette::ToolTipBase, QPalette::Mid, QPalette::Dark, QPalette::Shadow})
            setAll(p, role, black, black);
        for (QPalette::ColorRole role :
             {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText, QPalette::BrightText,
              QPalette::Light, QPalette::Midlight})
            setAll(p, role, white, grey);
        setAll(p, QPalette::Highlight, yellow, grey);
        setAll(p, QPalette::HighlightedText, black, black);
        setAll(p, QPalette::Link, QColor(0x00, 0xff, 0xff), grey);
        setAll(p, QPalette::LinkVisited, QColor(0xff, 0x99, 0xff), grey);
        setAll(p, QPalette::PlaceholderText, QColor(0xd0, 0xd0, 0xd0), grey);
        break;
    }
    }
    return p;
}

void applyTheme(QApplication& app, ThemeKind kind)
{
    g_theme = kind;
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setPalette(themePalette(kind));
    // Fusion derives frame lines from the window colour, which on black is black: in high contrast
    // every input field gets a white frame and a thick yellow one when it has the focus.
    app.setStyleSheet(
        kind == ThemeKind::HighContrast
            ? QStringLiteral("QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QListView, "
                             "QTreeView, QTableView { border: 1px solid #ffffff; }"
                             "QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus, QPlainTextEdit:focus, "
                             "QTextEdit:focus, QListView:focus, QTreeView:focus, QTableView:focus, "
                             "QPushButton:focus, QCheckBox:focus, QRadioButton:focus { border: 2px solid #ffff00; }"
                             "QComboBox { padding: 2px 24px 2px 4px; }"
                             "QPushButton { border: 1px solid #ffffff; padding: 4px 10px; }")
            : QString());
}

ThemeKind currentTheme()
{
    return g_theme;
}

QColor problemTextColor()
{
    switch (g_theme) {
    case ThemeKind::Light:
        return QColor(0x8a, 0x1c, 0x1c); // 8.9:1 on #efefef
    case ThemeKind::Dark:
        return QColor(0xff, 0x9e, 0x96); // 8.2:1 on #202225
    case ThemeKind::HighContrast:
        return QColor(0xff, 0xff, 0x00); // 19.6:1 on black
    }
    return Qt::red;
}

double contrastRatio(const QColor& a, const QColor& b)
{
    auto luminance = [](const QColor& c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void styleVerdictFrame(QWidget* frame, VerdictTone tone)
{
    // Background, border; text stays near-black (#1a1a1a), ≥ 12:1 on every background here.
    // Stricter verdicts look stricter: Rücksprache (stop until cleared) sits between level 2 (amber)
    // and not permitted (red), with a heavier dashed border so it is not read as "level 2, go ahead".
    const char* background = "#e6f4ea";
    const char* border = "#1e7b34";
    const char* borderStyle = "3px solid";
    switch (tone) {
    case VerdictTone::Level1:
        break;
    case VerdictTone::Level2:
        background = "#fff1db";
        border = "#a35200";
        break;
    case VerdictTone::Escalate:
        background = "#fde3cf";
        border = "#8a2c0d";
        borderStyle = "5px dashed";
        break;
    case VerdictTone::Blocked:
        background = "#fde8e7";
        border = "#b3261e";
        borderStyle = "5px solid";
        break;
    }
    frame->setStyleSheet(
        QStringLiteral("QFrame#%1 { background: %2; border: %4 %3; border-radius: 8px; }"
                       "QFrame#%1 QLabel { color: #1a1a1a; background: transparent; }")
            .arg(frame->objectName(), QLatin1String(background), QLatin1String(border), QLatin1String(borderStyle)));
}

void scaleFont(QWidget* widget, double factor, bool bold)
{
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    widget->setFont(font);
}

void setPlainToolTip(QWidget* widget, const QString& text)
{
    widget->setToolTip(text.isEmpty() ? QString() : Qt::convertFromPlainText(text));
    if (widget->accessibleDescription().isEmpty() || widget->property("kilotse_tooltip_description").toBool()) {
        widget->setAccessibleDescription(text);
        widget->setProperty("kilotse_tooltip_description", true);
    }
}

} // namespace kilotse::gui
