#!/bin/sh
# Rebuild batch sixtieth (443-449) into /tmp/b60; needs python-docx, openpyxl (venv) and reportlab in /tmp/b60/pylib.
cd "$(dirname "$0")" && for f in b44*.py; do /work/main/.venv/bin/python "$f"; done
