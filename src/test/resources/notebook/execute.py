"""Executes a notebook headless with nbclient; exit 1 with the failing cell's error.

usage: execute.py NOTEBOOK OUTPUT   (the service URL comes from PEACETALKS_SPARQL)
"""
import sys

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

source, target = sys.argv[1], sys.argv[2]
nb = nbformat.read(source, as_version=4)
client = NotebookClient(nb, kernel_name="python3", timeout=180,
                        resources={"metadata": {"path": str(__import__("pathlib").Path(source).parent)}})
try:
    client.execute()
except CellExecutionError as e:
    nbformat.write(nb, target)
    print(str(e), file=sys.stderr)
    sys.exit(1)
nbformat.write(nb, target)
print("executed", len([c for c in nb.cells if c.cell_type == "code"]), "code cells")
