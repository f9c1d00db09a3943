"""Writes the corpus's PDFs from their HTML in src/ with WeasyPrint (run once; the .pdf files are
committed beside it).

    .venv/bin/python tests/importer/corpus/make_pdf.py
"""
from pathlib import Path

from weasyprint import HTML

HERE = Path(__file__).parent
PDFS = ["112_twelfth_margin_minutes"]  # minutes with the actions in a right-hand margin column

if __name__ == "__main__":
    for name in PDFS:
        HTML(filename=str(HERE / "src" / f"{name}.html")).write_pdf(HERE / f"{name}.pdf")
