#!/bin/sh
# Rebuild batch fiftyseventh (422-428) and check it
cd "$(dirname "$0")" && for f in d42*.py; do /work/main/.venv/bin/python "$f" || exit 1; done && /work/main/.venv/bin/python ../check.py | tail -1
