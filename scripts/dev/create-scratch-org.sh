#!/usr/bin/env bash
# Creates a ready-to-use scratch org for developing Mutual Action Plans: compiles the TypeScript
# LWCs, creates the org, deploys the package source, assigns the permission sets (the integration set
# included: this user runs the roll-up), loads a sample account with a plan, seeds the plan templates,
# rolls plan health up and opens the org.
# Needs a Dev Hub the sf CLI is logged in to (sf org login web --set-default-dev-hub).
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: scripts/dev/create-scratch-org.sh [options]

Creates a scratch org from config/project-scratch-def.json and sets it up for development.

Options:
  -a, --alias <alias>       Alias for the new scratch org (default: map-dev)
  -v, --dev-hub <alias>     Dev Hub username or alias (default: the CLI's default Dev Hub)
  -d, --duration-days <n>   Days before the scratch org expires, 1-30 (default: 7)
      --no-sample-data      Skip loading data/sample-data-plan.json
      --no-open             Do not open the org in a browser at the end
  -h, --help                Show this help

Example:
  npm run scratch-org -- --alias map-dev --dev-hub my-hub
USAGE
}

alias_name="map-dev"
dev_hub=""
duration_days="7"
load_sample_data="true"
open_org="true"

while [[ $# -gt 0 ]]; do
  case "$1" in
    -a | --alias)
      alias_name="${2:?--alias needs a value}"
      shift 2
      ;;
    -v | --dev-hub)
      dev_hub="${2:?--dev-hub needs a value}"
      shift 2
      ;;
    -d | --duration-days)
      duration_days="${2:?--duration-days needs a value}"
      shift 2
      ;;
    --no-sample-data)
      load_sample_data="false"
      shift
      ;;
    --no-open)
      open_org="false"
      shift
      ;;
    -h | --help)
      usage
      exit 0
      ;;
    *)
      echo "Unknown option: $1" >&2
      usage >&2
      exit 2
      ;;
  esac
done

if ! [[ "$duration_days" =~ ^[0-9]+$ ]] || ((duration_days < 1 || duration_days > 30)); then
  echo "--duration-days must be a whole number from 1 to 30, got: $duration_days" >&2
  exit 2
fi

# Run from the project root, with the project's own Node 22 and sf CLI first on PATH.
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export PATH="$PWD/node_modules/.bin:$PATH"

if ! command -v sf >/dev/null 2>&1; then
  echo "The sf CLI was not found. Run 'npm ci' first (it installs @salesforce/cli into node_modules)." >&2
  exit 1
fi

step() {
  printf '\n==> %s\n' "$*"
}

step "Compiling the TypeScript LWCs (npm run build)"
npm run build

step "Creating scratch org '$alias_name' (${duration_days} days)"
# An empty array expands to nothing, also under set -u on bash 3.2 (macOS).
dev_hub_flag=()
if [[ -n "$dev_hub" ]]; then
  dev_hub_flag=(--target-dev-hub "$dev_hub")
fi
sf org create scratch \
  --definition-file config/project-scratch-def.json \
  --alias "$alias_name" \
  --duration-days "$duration_days" \
  --set-default \
  --wait 20 \
  ${dev_hub_flag[@]+"${dev_hub_flag[@]}"}

step "Deploying force-app"
sf project deploy start --source-dir force-app --target-org "$alias_name" --wait 30

# dev-app holds unpackaged, dev-only metadata; deploy it only when it holds something.
if [[ -n "$(find dev-app -type f -name '*-meta.xml' -print -quit 2>/dev/null)" ]]; then
  step "Deploying dev-app"
  sf project deploy start --source-dir dev-app --target-org "$alias_name" --wait 30
fi

step "Assigning permission sets"
# The scratch org's one user builds plans (User), manages templates (Admin) and runs seed-templates
# and the roll-up below (Integration: the only set that edits the roll-up's Opportunity fields). In
# production the Integration set goes to a dedicated integration user instead (docs/admin-guide.md).
sf org assign permset \
  --name Mutual_Action_Plans_Admin \
  --name Mutual_Action_Plans_User \
  --name Mutual_Action_Plans_Integration \
  --target-org "$alias_name"

if [[ "$load_sample_data" == "true" ]]; then
  step "Loading sample data (data/sample-data-plan.json)"
  sf data import tree --plan data/sample-data-plan.json --target-org "$alias_name"
fi

step "Seeding plan templates"
npm run seed-templates -- --target-org "$alias_name"

step "Rolling plan health up to the opportunities"
npm run rollup -- --target-org "$alias_name"

if [[ "$open_org" == "true" ]]; then
  step "Opening the org"
  sf org open --target-org "$alias_name" --path lightning/o/Opportunity/list
else
  sf org open --target-org "$alias_name" --url-only
fi

printf '\nScratch org %s is ready. Delete it with: sf org delete scratch --target-org %s --no-prompt\n' \
  "$alias_name" "$alias_name"
