#!/usr/bin/env bash
# Checks that docker-compose.yml and the Dockerfiles parse. No Docker engine is needed:
# docker-compose validates the file against the Compose schema, dockerfilelint parses the Dockerfiles.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! command -v docker-compose >/dev/null 2>&1; then
    echo "[deploy] installing docker-compose" >&2
    sudo_if_needed() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends docker-compose >/dev/null \
        || { sudo_if_needed apt-get update >/dev/null && sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends docker-compose >/dev/null; }
fi

docker-compose --file docker-compose.yml config --quiet
echo "[deploy] docker-compose.yml: valid" >&2

npx --yes dockerfilelint@1.8.0 src/Silo/Dockerfile src/GatewayHost/Dockerfile >&2
