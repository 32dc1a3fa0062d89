"""Executes a notebook top to bottom with nbclient (exit 1 when a cell fails). The executed
copy goes to a temporary file: outputs are never written back into the repository."""
import sys
import tempfile
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

path = Path(sys.argv[1])
nb = nbformat.read(path, as_version=4)
try:
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(Path.cwd())}}).execute()
except CellExecutionError as e:
    print(f"{path}: a cell failed\n{e}", file=sys.stderr)
    sys.exit(1)
executed = Path(tempfile.gettempdir()) / f"executed-{path.name}"
nbformat.write(nb, executed)
cells = [c for c in nb.cells if c.cell_type == "code"]
print(f"{path}: {len(cells)} code cells ran without error (executed copy: {executed})")
