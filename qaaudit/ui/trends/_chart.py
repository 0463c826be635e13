"""The trend charts on screen: a QWidget that draws a chart figure with QPainter (no
QtCharts, which is deprecated), and the same painting into an image."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from qaaudit.domain.spc import COMMON, CONCERN, IMPROVEMENT, TOO_FEW
from qaaudit.exports.trends.chart_figure import Box, Dot, Figure, Line, Text
from qaaudit.exports.trends.process_figure import icon_figure
from qaaudit.ui.common import theme

FigureMaker = Callable[[float, float], Figure]


def paint_figure(painter: QPainter, figure: Figure, font_family: str | None = None) -> None:
    """Draw every shape of a figure; the painter's coordinates are the figure's."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    for shape in figure.shapes:
        if isinstance(shape, Box):
            painter.setPen(
                QPen(QColor(shape.stroke), shape.width) if shape.stroke else Qt.PenStyle.NoPen
            )
            painter.setBrush(QColor(shape.fill) if shape.fill else Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(shape.x, shape.y, shape.w, shape.h))
        elif isinstance(shape, Line):
            pen = QPen(QColor(shape.colour), shape.width)
            if shape.dash:
                pen.setDashPattern([d / max(shape.width, 0.1) for d in shape.dash])
            painter.setPen(pen)
            painter.drawLine(QPointF(shape.x1, shape.y1), QPointF(shape.x2, shape.y2))
        elif isinstance(shape, Text):
            _draw_text(painter, shape, font_family)
        elif isinstance(shape, Dot):
            painter.setPen(
                QPen(QColor(shape.stroke), shape.width) if shape.stroke else Qt.PenStyle.NoPen
            )
            painter.setBrush(QColor(shape.fill))
            painter.drawEllipse(QPointF(shape.x, shape.y), shape.r, shape.r)
    painter.restore()


def _draw_text(painter: QPainter, shape: Text, family: str | None) -> None:
    font = QFont(family) if family else QFont(painter.font())
    # Figures are laid out in points; the painter's scale makes them screen size.
    font.setPixelSize(max(1, round(shape.size)))
    font.setBold(shape.bold)
    painter.setFont(font)
    painter.setPen(QColor(shape.colour))
    width = painter.fontMetrics().horizontalAdvance(shape.text)
    x = shape.x
    if shape.anchor == "middle":
        x -= width / 2
    elif shape.anchor == "end":
        x -= width
    painter.drawText(QPointF(x, shape.y), shape.text)


def render_image(figure: Figure, scale: float = 2.0) -> QImage:
    """The figure painted into an image (white background), e.g. for a document."""
    image = QImage(
        round(figure.width * scale), round(figure.height * scale), QImage.Format.Format_ARGB32
    )
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    paint_figure(painter, figure)
    painter.end()
    return image


def png_bytes(figure: Figure) -> bytes:
    """The figure as a PNG picture (for the Word document); safe off the window's thread."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    render_image(figure, 3.0).save(buffer, "PNG")
    return bytes(buffer.data().data())


class ChartView(QWidget):
    """Draws whatever figure its maker returns for the widget's current size. Screen
    reader users get the same numbers from the table beside it; this widget's accessible
    description says so."""

    def __init__(self, parent: QWidget | None = None, name: str = "Chart") -> None:
        super().__init__(parent)
        self._maker: FigureMaker | None = None
        self._figure: Figure | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 190)
        self.setAccessibleName(name)
        self.setAccessibleDescription("A chart. The same numbers are in the table beside it.")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("white"))
        self.setPalette(palette)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(640, 340)

    def set_figure_maker(self, maker: FigureMaker | None, summary: str = "") -> None:
        self._maker = maker
        self._figure = None
        if summary:
            self.setAccessibleDescription(summary + " The same numbers are in the table beside it.")
        self.update()

    def scale(self) -> float:
        """Points to pixels: figures are laid out in points, as on paper."""
        return max(1.0, self.logicalDpiY() / 72.0)

    def figure(self) -> Figure | None:
        """The figure as last drawn (or as it would be drawn now)."""
        if self._maker is None:
            return None
        size = (self.width() / self.scale(), self.height() / self.scale())
        if self._figure is None or (self._figure.width, self._figure.height) != size:
            self._figure = self._maker(*size)
        return self._figure

    def paintEvent(self, _event: object) -> None:  # noqa: N802 (Qt's name)
        figure = self.figure()
        if figure is None:
            return
        painter = QPainter(self)
        painter.scale(self.scale(), self.scale())
        paint_figure(painter, figure)
        painter.end()


class VariationIcon(QWidget):
    """The variation icon beside the headline, in the theme's colours (light or dark)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.variation = TOO_FEW
        self.setMinimumSize(40, 40)
        self.setAccessibleName("Variation")

    def set_variation(self, variation: str) -> None:
        self.variation = variation
        self.setAccessibleDescription(variation.capitalize())
        self.setToolTip(variation.capitalize())
        self.update()

    def paintEvent(self, _event: object) -> None:  # noqa: N802 (Qt's name)
        side = min(self.width(), self.height())
        colours = {
            IMPROVEMENT: theme.colour("good_ink"),
            CONCERN: theme.colour("not_yet_good_ink"),
            COMMON: theme.colour("muted"),
            TOO_FEW: theme.colour("muted"),
            "surface": theme.colour("surface"),
        }
        painter = QPainter(self)
        paint_figure(painter, icon_figure(self.variation, side, colours))
        painter.end()
