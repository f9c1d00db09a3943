import sys
sys.path.insert(0, "/tmp/b66/pylib")
from reportlab.pdfgen import canvas


def numbered_canvas(draw):
    """Canvas class that knows the page count; draw(c, page, total) paints the furniture."""
    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k); self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__)); self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st); draw(self, self._pageNumber, n); super().showPage()
            super().save()
    return NumberedCanvas
