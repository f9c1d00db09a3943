#!/bin/sh
# Builds batch sixtyfourth (documents 471-477) into /tmp/b64 and runs the label checker.
set -e
PY=/work/main/.venv/bin/python
cd /tmp/b64/src
for f in build_47*.py; do $PY "$f"; done
cp /work/main/tests/importer/next_batch/check.py /tmp/b64/check.py
PYTHONPATH=/tmp/b64/pylib $PY /tmp/b64/check.py
