"""Builds 112_twelfth_margin_minutes.pdf from src/112_twelfth_margin_minutes.html with WeasyPrint.

    /work/main/.venv/bin/python /tmp/corpus12/make_pdf.py
"""
from pathlib import Path

from weasyprint import HTML

HERE = Path(__file__).parent
HTML(filename=str(HERE / "src" / "112_twelfth_margin_minutes.html")).write_pdf(HERE / "112_twelfth_margin_minutes.pdf")
print("written")
