#!/usr/bin/env bash
# Runs every test on a fresh machine: dependencies, Chromium, the Go address oracle, typecheck,
# lint, format, build, unit and component tests (vitest), end-to-end tests (Playwright), then one
# summary line.
set -uo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund || exit 1
bash scripts/ensure-chromium.sh || exit 1
# Go and k8s.io/utils/net for src/domain/net/oracle.test.ts (the address oracle, docs/fidelity.md).
bash scripts/ensure-go-oracle.sh >/dev/null || exit 1
rm -rf reports && mkdir -p reports
rc=0
npm run typecheck || rc=1
npm run lint || rc=1
npm run format:check || rc=1
npm run build || exit 1
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json || rc=1
PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright.json npx playwright test --reporter=list,json || rc=1
node scripts/summary.mjs || rc=1
exit $rc
