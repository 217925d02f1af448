#!/usr/bin/env python3
"""Validates a hipbalance output folder against the JSON Schemas in Schemas/.

Usage: python3 Scripts/validate-reports.py OUT_DIR

Checks OUT_DIR/team.json against Schemas/team.schema.json and every OUT_DIR/*/report.json
against Schemas/report.schema.json (JSON Schema draft 2020-12, Python package `jsonschema`).
Exit status: 0 all valid, 1 some document invalid, 2 usage error, nothing to check or
jsonschema missing.
"""
import json
import pathlib
import sys

try:
    import jsonschema
except ImportError:
    print("validate-reports.py: the Python package jsonschema is missing (pip install jsonschema)", file=sys.stderr)
    sys.exit(2)

SCHEMAS = pathlib.Path(__file__).resolve().parent.parent / "Schemas"


def validator(name):
    schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def main(arguments):
    if len(arguments) != 1:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    out = pathlib.Path(arguments[0])
    checks = [(path, "report") for path in sorted(out.glob("*/report.json"))]
    if (out / "team.json").is_file():
        checks.append((out / "team.json", "team"))
    if not checks:
        print(f"validate-reports.py: no report.json or team.json under {out}", file=sys.stderr)
        return 2
    validators = {name: validator(name) for name in ("report", "team")}
    failures = 0
    for path, name in checks:
        document = json.loads(path.read_text(encoding="utf-8"))
        errors = sorted(validators[name].iter_errors(document), key=lambda error: list(error.absolute_path))
        for error in errors:
            where = "/".join(str(part) for part in error.absolute_path) or "(root)"
            print(f"{path}: {where}: {error.message}")
        failures += bool(errors)
    print(f"{len(checks) - failures} of {len(checks)} documents valid")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
