"""Rebuild documents 478-484 and their labels: /work/main/.venv/bin/python src/build_all.py"""
import runpy
from pathlib import Path
for n in range(478, 485):
    runpy.run_path(str(Path(__file__).parent / f"b{n}.py"))
