#!/bin/sh
# Fails if any generated source or recorded test table is out of date.
# Run before committing changes to Python.asdl or to the generator scripts.
set -e
cd "$(dirname "$0")/.."
python3 Scripts/generate_ast.py --check
python3 Scripts/generate_printable_table.py --check
python3 Scripts/record_ast_tests.py --check
python3 Scripts/record_repr_tests.py --check
echo "generated files are up to date"
