#!/bin/sh
# Installs the comparison contestants (PostGraphile 4, autocannon) into bench/tools/node_modules,
# apart from the product's node_modules, when they are missing.
set -eu
here=$(dirname "$0")
if [ ! -d "$here/node_modules/postgraphile" ] || [ ! -d "$here/node_modules/autocannon" ]; then
  if [ -f "$here/package-lock.json" ]; then
    npm ci --prefix "$here" --no-audit --no-fund --ignore-scripts
  else
    npm install --prefix "$here" --no-audit --no-fund --ignore-scripts
  fi
fi
