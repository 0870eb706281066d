#!/usr/bin/env bash
# The checks of the published site that need more than cargo: builds the sample conference,
# validates every page of out/site/ with html-validate and the open dataset with frictionless,
# then opens the session page, a report, a profile and a compilation in headless Chromium and
# checks each with axe-core (WCAG 2.1 A and AA) and for its direction (a screenshot of each is
# left beside it). Installs what it needs when missing: Debian's chromium, frictionless from
# PyPI, the npm packages pinned in package-lock.json. html-validate runs its recommended rules
# but long-title: a report's page title is its symbol and full title, as long as the UN gives
# it. Run by .ci/run after `cargo test`; by hand:
#   bash tests/browser/run.sh
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v chromium >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi
npm ci --no-audit --no-fund --silent
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/var/tmp/palermo-target}"
out="${PALERMO_SITE_OUT:-/var/tmp/palermo-site-check}"
cargo run -q --manifest-path ../../Cargo.toml -- build --inputs ../../inputs --out "$out" -q 2>/dev/null || test $? -eq 1
npx html-validate --config .htmlvalidate.json "$out"/site/*.html
echo "html-validate: $(ls "$out"/site/*.html | wc -l) pages valid"
# The open dataset as the Frictionless tool reads it (from PyPI, installed when missing).
if ! command -v frictionless >/dev/null 2>&1; then
  pip install --quiet frictionless 2>/dev/null || pip install --quiet --break-system-packages frictionless
fi
frictionless validate "$out/site/data/replies/datapackage.json" >/dev/null && echo "frictionless: $out/site/data/replies/datapackage.json valid"
node check.mjs "$out"/site/index.{en,ar,zh}.html "$out"/site/CTOC-COP-2026-4.{en,ar,zh}.html "$out"/site/profile-{ALB.en,EGY.ar,CHN.zh}.html "$out"/site/CTOC-COP-2026-CRP-2.en.html
