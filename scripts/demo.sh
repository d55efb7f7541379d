#!/usr/bin/env bash
# Set up, read the bundled sample reports into the embedded store (SQLite), and serve the dashboard.
# Usage: scripts/demo.sh [--port 8000] [--db PATH]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
DB=${EVENTWATCH_DB:-.eventwatch/demo.sqlite}
mkdir -p "$(dirname "$DB")"
.venv/bin/eventwatch ingest --samples --db "$DB"
.venv/bin/eventwatch export --format acled-csv --db "$DB" | head -5
exec .venv/bin/eventwatch serve --db "$DB" "$@"
