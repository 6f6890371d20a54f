#!/usr/bin/env bash
# Runs every test of the solution, the way CI does:
#   - starts MariaDB and Redis on loopback (installing them with apt-get when missing);
#   - checks the deployment files (docker-compose.yml, Dockerfiles) parse;
#   - builds and runs all test projects.
# Extra arguments go to `dotnet test` (e.g. --filter).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Leave services running that were running before; stop the ones this run started.
if ! scripts/services.sh status >/dev/null 2>&1; then
    trap 'scripts/services.sh stop >/dev/null 2>&1 || true' EXIT
fi
scripts/services.sh start

scripts/check-deployment.sh

dotnet test SanguoOrleans.sln --configuration Release "$@"
