#!/usr/bin/env bash
# `npm test`: everything, in the order a failure is cheapest to find.
# Installs what is missing, then typecheck, production build (Chrome and
# Firefox), unit tests, end-to-end tests in Chromium and Firefox, web-ext lint.
set -euo pipefail
cd "$(dirname "$0")/.."

bash test/install.sh chromium firefox-esr

export PASSERELLE_OUT="${PASSERELLE_OUT:-.output}"
mkdir -p test-artifacts
started=$SECONDS
step() { echo; echo "== $* ($((SECONDS - started)) s)"; }

step typecheck
npx tsc --noEmit

step build
npx wxt build
npx wxt build -b firefox
# One build serves the manifest test and every e2e file.
export PASSERELLE_SKIP_BUILD=1

step unit tests
npx vitest run --reporter=default --reporter=json --outputFile.json=test-artifacts/unit.json

step "e2e tests (Chromium, Firefox)"
npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=test-artifacts/e2e.json

step web-ext lint
npm run --silent lint:firefox

step done
node test/summary.mjs
