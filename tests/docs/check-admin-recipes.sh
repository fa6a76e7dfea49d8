#!/usr/bin/env bash
# Runs the administration recipes of docs/registry.md and docs/admin.md as they are printed.
#
# Each tested block in the docs is a fenced code block right after a marker line
#   <!-- tested-by: tests/docs/check-admin-recipes.sh NAME -->
# This script extracts the block by NAME from the .md file (so the docs and the test cannot
# drift apart), replaces only the example paths (/srv/…, the PostgreSQL URL) by temporary ones,
# and runs it. A marker without a block, or a block whose example paths are gone, fails.
#
# Usage: tests/docs/check-admin-recipes.sh [KI_LOTSE_CLI] [PART…]
#   KI_LOTSE_CLI  path of ki-lotse-cli (default: build/bin/ki-lotse-cli of this tree)
#   PART          backup, backup-cron, readonly-copy, reviews, pack-update, pg (default: all
#                 but pg; pg needs a PostgreSQL server: run it inside pg_virtualenv, see below)
#
# pg: run as `pg_virtualenv -v 15 tests/docs/check-admin-recipes.sh build/bin/ki-lotse-cli pg`
# (uses PGHOST/PGPORT/PGUSER/PGPASSWORD of the throw-away server; the roles and the database of
# the docs are created there).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
cli=$repo/build/bin/ki-lotse-cli
if [ $# -gt 0 ] && [ "${1#*/}" != "$1" ]; then
  cli=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
  shift
fi
parts=("$@")
[ ${#parts[@]} -gt 0 ] || parts=(backup backup-cron readonly-copy reviews pack-update)
registry_md=$repo/docs/registry.md
admin_md=$repo/docs/admin.md

for tool in sqlite3 jq awk; do
  command -v "$tool" >/dev/null || { echo "check-admin-recipes: $tool is not installed" >&2; exit 1; }
done
[ -x "$cli" ] || { echo "check-admin-recipes: $cli is not executable (build ki-lotse-cli first)" >&2; exit 1; }

work=$(mktemp -d /tmp/ki-lotse-docs.XXXXXX)
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT
# Nothing of the real user: settings, data, log and cache in the temporary folder.
mkdir -p "$work/xdg/etc" "$work/xdg/config" "$work/xdg/data" "$work/xdg/state" "$work/xdg/cache"
export XDG_CONFIG_DIRS=$work/xdg/etc XDG_CONFIG_HOME=$work/xdg/config XDG_DATA_HOME=$work/xdg/data
export XDG_STATE_HOME=$work/xdg/state XDG_CACHE_HOME=$work/xdg/cache
unset KI_LOTSE_REGISTRY KI_LOTSE_POLICY_DIR PGSERVICE || true
export LC_ALL=C.UTF-8

failures=0
fail() {
  echo "FAIL [$part]: $*" >&2
  failures=$((failures + 1))
}
ok() { echo "ok   [$part]: $*"; }

# The fenced block after the marker NAME in FILE; fails when there is none.
extract() {
  local file=$1 name=$2 out
  out=$(awk -v marker="<!-- tested-by: tests/docs/check-admin-recipes.sh $name -->" '
    $0 == marker { state = 1; next }
    state == 1 && /^```/ { state = 2; next }
    state == 1 { print "marker not followed by a code block" > "/dev/stderr"; exit 3 }
    state == 2 && /^```/ { state = 3; exit }
    state == 2 { print }
    END { if (state != 3) exit 3 }
  ' "$file") || { echo "check-admin-recipes: no block \"$name\" in $file" >&2; return 1; }
  printf '%s\n' "$out"
}

# Replaces FROM by TO in the text on stdin; fails when FROM does not occur (the docs changed).
substitute() {
  local from=$1 to=$2 text
  text=$(cat)
  if [[ $text != *"$from"* ]]; then
    echo "check-admin-recipes: \"$from\" is no longer in the block" >&2
    return 1
  fi
  printf '%s\n' "${text//"$from"/"$to"}"
}

# A small registry of two services written by KI-Lotse itself (import into a new SQLite file).
make_registry() {
  local file=$1 next_review=${2:-2099-12-31}
  cat >"$work/services.json" <<JSON
{
  "format": "ki-lotse-registry",
  "version": 1,
  "services": [
    {"name": "Sitzungsdienst-Assistent", "vendor": "Ratsinfo GmbH (fiktiv)", "product": "Ratsinfo KI",
     "deployment": "saas", "location": "DE", "max_level": 1, "status": "pilot", "use_cases": ["minutes"],
     "next_review": "2099-06-30"},
    {"name": "Statistik-Assistent Zahlenwerk", "vendor": "Zahlenwerk AG (fiktiv)", "product": "Zahlenwerk",
     "deployment": "saas", "location": "EU", "max_level": 1, "status": "approved",
     "use_cases": ["data_analysis"], "next_review": "$next_review",
     "owner": {"department": "Statistikstelle", "contact": "statistik@musterstadt.example"}}
  ]
}
JSON
  "$cli" registry import "$work/services.json" --registry "$file" >/dev/null
}

run_backup() {
  local script=$work/backup/ki-lotse-sicherung src=$work/backup/srv/ki-lotse/registry.sqlite
  local target=$work/backup/srv/sicherung/ki-lotse
  mkdir -p "$work/backup"
  extract "$registry_md" backup | substitute /srv/ki-lotse/registry.sqlite "$src" |
    substitute /srv/sicherung/ki-lotse "$target" >"$script"
  chmod 755 "$script"
  make_registry "$src"
  # A change after the registry was opened: the WAL holds committed data the copy must contain.
  [ -d "$target" ] && fail "the target folder exists before the first run"
  if "$script" 2>"$work/backup/err1"; then ok "first run without the target folder"; else
    fail "first run failed: $(cat "$work/backup/err1")"
  fi
  sleep 1.1 # a second later: the name has seconds, so a run in the same minute is a new file
  if "$script" 2>"$work/backup/err2"; then ok "second run the same day"; else
    fail "second run failed: $(cat "$work/backup/err2")"
  fi
  mapfile -t copies < <(find "$target" -name 'registry-*.sqlite' | sort)
  [ ${#copies[@]} -eq 2 ] && ok "two backups" || fail "expected 2 backups, found ${#copies[@]}: ${copies[*]}"
  for copy in "${copies[@]}"; do
    [ "$(sqlite3 "$copy" 'PRAGMA integrity_check')" = ok ] || fail "$copy: integrity_check is not ok"
    [ "$(sqlite3 "$copy" 'SELECT count(*) FROM services')" = 2 ] || fail "$copy: not both services"
    [ ! -e "$copy-wal" ] || fail "$copy has a -wal file"
    [ "$(stat -c %a "$copy")" = 600 ] || fail "$copy: mode $(stat -c %a "$copy"), expected 600"
  done
  # KI-Lotse opens a backup as a registry (a copy of it: opening may switch it to WAL).
  cp "${copies[0]}" "$work/backup/restored.sqlite"
  if "$cli" registry export --registry "$work/backup/restored.sqlite" | jq -e '.services | length == 2' >/dev/null; then
    ok "a backup opens in KI-Lotse with both services"
  else
    fail "a backup does not open in KI-Lotse"
  fi
  [ -z "$(find "$target" -name '*.tmp')" ] || fail "a temporary file was left behind"
  # Retention: older than 30 days goes, 10 days stays.
  touch -d '40 days ago' "$target/registry-2000-01-01_000000.sqlite"
  touch -d '10 days ago' "$target/registry-2000-02-01_000000.sqlite"
  "$script"
  [ ! -e "$target/registry-2000-01-01_000000.sqlite" ] && ok "a backup older than 30 days was deleted" ||
    fail "a backup older than 30 days is still there"
  [ -e "$target/registry-2000-02-01_000000.sqlite" ] && ok "a backup of 10 days was kept" ||
    fail "a backup of 10 days was deleted"
  # A source that is not there: exit code not 0, nothing left behind.
  sed "s|^QUELLE=.*|QUELLE=$work/backup/missing/registry.sqlite|" "$script" >"$work/backup/broken"
  chmod 755 "$work/backup/broken"
  if "$work/backup/broken" 2>/dev/null; then fail "a missing source reported success"; else
    ok "a missing source fails"
  fi
  [ -z "$(find "$target" -name '*.tmp')" ] || fail "a failed run left a temporary file"
  # A source path with a typo in an existing folder: sqlite3 would back up a new, empty database.
  local before
  before=$(find "$target" -name 'registry-*.sqlite' | wc -l)
  sed "s|^QUELLE=.*|QUELLE=$work/backup/srv/ki-lotse/registy.sqlite|" "$script" >"$work/backup/typo"
  chmod 755 "$work/backup/typo"
  if "$work/backup/typo" 2>/dev/null; then fail "a misspelt source reported success"; else
    ok "a misspelt source fails"
  fi
  [ "$(find "$target" -name 'registry-*.sqlite' | wc -l)" = "$before" ] || fail "a misspelt source made a backup"
  [ ! -e "$work/backup/srv/ki-lotse/registy.sqlite" ] || fail "a misspelt source was created"
}

run_backup_cron() {
  local block line fields
  block=$(extract "$registry_md" backup-cron)
  line=$(grep -v '^MAILTO=' <<<"$block" | grep -v '^$')
  read -r -a fields <<<"$line"
  [ ${#fields[@]} -eq 7 ] || fail "the cron line has ${#fields[@]} fields, expected 7: $line"
  [ "${fields[5]}" = root ] || fail "the cron line runs as ${fields[5]}"
  # The command is the script the docs print under that name.
  grep -qxF "\`${fields[6]}\`:" "$registry_md" && ok "the cron line runs the documented script ${fields[6]}" ||
    fail "the cron line runs ${fields[6]}, which the docs do not print"
  [[ $line != *%* ]] || fail "a % in a cron line needs a backslash"
}

run_readonly_copy() {
  local script=$work/copy/erneuern.sh base=$work/copy/srv/ki-lotse
  mkdir -p "$base/verteilung"
  extract "$registry_md" readonly-copy | substitute /srv/ki-lotse "$base" >"$script"
  make_registry "$base/registry.sqlite"
  bash -euo pipefail "$script" && bash -euo pipefail "$script" || fail "the copy could not be renewed twice"
  local copy=$base/verteilung/registry.sqlite
  [ "$(stat -c %a "$copy")" = 644 ] || fail "the copy has mode $(stat -c %a "$copy")"
  [ "$(sqlite3 "$copy" 'PRAGMA journal_mode')" = delete ] || fail "the copy is in WAL mode"
  [ "$(sqlite3 "$copy" 'PRAGMA integrity_check')" = ok ] && ok "the read-only copy is renewed twice" ||
    fail "the copy is damaged"
}

run_reviews() {
  local script=$work/reviews/ki-lotse-pruefungen.sh bin=$work/reviews/bin
  mkdir -p "$bin"
  ln -s "$cli" "$bin/ki-lotse-cli"
  # mail(1) that records what it was given.
  cat >"$bin/mail" <<MAIL
#!/bin/bash
printf '%s\n' "\$@" >"$work/reviews/mail-args"
cat >"$work/reviews/mail-body"
MAIL
  chmod 755 "$bin/mail"
  extract "$registry_md" reviews-script |
    substitute "postgresql://ki_lotse_clerk@db.musterstadt.example:5432/ki_lotse?sslmode=require" \
      "$work/reviews/registry.sqlite" >"$script"
  chmod 755 "$script"
  make_registry "$work/reviews/registry.sqlite" 2099-12-31
  PATH=$bin:$PATH "$script" || fail "no overdue review: exit code $?"
  [ ! -e "$work/reviews/mail-args" ] && ok "no overdue review, no mail" || fail "a mail without an overdue review"
  rm -f "$work/reviews/registry.sqlite"*
  make_registry "$work/reviews/registry.sqlite" 2025-06-30
  PATH=$bin:$PATH "$script" || fail "overdue review: exit code $?"
  if grep -qx 'KI-Lotse: 1 Prüfung(en) überfällig' "$work/reviews/mail-args" 2>/dev/null &&
    grep -qx 'ki-team@musterstadt.example' "$work/reviews/mail-args" &&
    grep -qxF -- '- Statistik-Assistent Zahlenwerk: nächste Prüfung 2025-06-30, zuständig Statistikstelle <statistik@musterstadt.example>' \
      "$work/reviews/mail-body"; then
    ok "an overdue review is mailed as the docs show"
  else
    fail "mail for an overdue review: $(cat "$work/reviews/mail-args" "$work/reviews/mail-body" 2>/dev/null)"
  fi
  # The registry cannot be opened (a folder): exit code 1, a message on stderr for cron's MAILTO.
  sed "s|^export KI_LOTSE_REGISTRY=.*|export KI_LOTSE_REGISTRY=$work/reviews|" "$script" >"$work/reviews/broken.sh"
  local rc=0
  PATH=$bin:$PATH bash "$work/reviews/broken.sh" 2>"$work/reviews/err" || rc=$?
  [ $rc -eq 1 ] && grep -q 'nicht erreichbar (Exit-Code 1)' "$work/reviews/err" && ok "an unreachable registry exits 1 with a message" ||
    fail "unreachable registry: exit code $rc, stderr: $(cat "$work/reviews/err")"
  # The failed open is in the log (docs: every failed registry open is logged with its reason).
  grep -q "registry: cannot open $work/reviews" "$XDG_STATE_HOME/ki-lotse/ki-lotse.log" &&
    ok "the failed open is in the log" || fail "the failed open is not in $XDG_STATE_HOME/ki-lotse/ki-lotse.log"
  # The cron line of the docs runs this script as the service account.
  local cron
  cron=$(extract "$registry_md" reviews-cron | grep -v '^MAILTO=')
  [[ $cron == *" ki-lotse  /usr/local/bin/ki-lotse-pruefungen.sh" ]] && ok "the cron line runs the script" ||
    fail "the cron line is: $cron"
  grep -qxF '`/usr/local/bin/ki-lotse-pruefungen.sh`:' "$registry_md" || fail "the script's name is not printed above it"
}

run_pack_update() {
  # The versioned folder and the symbolic link of docs/admin.md, with /etc/ki-lotse in a temporary folder.
  local root=$work/packs block
  mkdir -p "$root"
  block=$(extract "$admin_md" pack-update | substitute /etc/ki-lotse "$root/etc/ki-lotse")
  :
  block=${block//sudo /}
  # The previous version and its link, as the first installation made them, and the new version
  # (regelwerk-musterstadt in the current folder, as the docs have it): copies of the default pack.
  mkdir -p "$root/etc/ki-lotse/packs"
  cp -r "$repo/policies" "$root/etc/ki-lotse/packs/stadt-2026-06"
  cp -r "$repo/policies" "$root/regelwerk-musterstadt"
  ln -s stadt-2026-06 "$root/etc/ki-lotse/packs/current"
  (cd "$root" && PATH=$(dirname "$cli"):$PATH bash -euo pipefail -c "$block") >"$root/out" 2>&1 ||
    fail "the pack update failed: $(cat "$root/out")"
  [ "$(readlink "$root/etc/ki-lotse/packs/current")" = stadt-2026-12 ] && ok "current points at the new folder" ||
    fail "current points at $(readlink "$root/etc/ki-lotse/packs/current")"
  [ -d "$root/etc/ki-lotse/packs/stadt-2026-06" ] && ok "the previous folder is kept" || fail "the previous folder is gone"
  [ ! -e "$root/etc/ki-lotse/packs/current.new" ] || fail "current.new is left behind"
  # The settings of the docs point at the link; config check accepts them.
  printf '[General]\nlocked=policy/dir\n\n[policy]\ndir=%s\n' "$root/etc/ki-lotse/packs/current" >"$root/ki-lotse.conf"
  "$cli" config check --system-file "$root/ki-lotse.conf" --user-file /nonexistent >/dev/null &&
    ok "policy/dir may point at the link" || fail "config check refuses policy/dir at the link"
  block=$(extract "$admin_md" pack-rollback | substitute /etc/ki-lotse "$root/etc/ki-lotse")
  (cd "$root" && bash -euo pipefail -c "${block//sudo /}") || fail "the rollback failed"
  [ "$(readlink "$root/etc/ki-lotse/packs/current")" = stadt-2026-06 ] && ok "rollback points current back" ||
    fail "after the rollback current points at $(readlink "$root/etc/ki-lotse/packs/current")"
  "$cli" policy validate "$root/etc/ki-lotse/packs/current" >/dev/null && ok "the pack behind current is valid" ||
    fail "the pack behind current is not valid"
}

# psql as the superuser of pg_virtualenv, stopping at the first error.
sql_super() { psql -X -v ON_ERROR_STOP=1 -q "$@" >/dev/null; }

run_pg() {
  : "${PGHOST:?pg: run inside pg_virtualenv}"
  command -v psql >/dev/null || { fail "psql is not installed"; return; }
  local host=$PGHOST port=${PGPORT:-5432}
  [[ $host != /* ]] || { fail "pg: PGHOST must be a TCP host"; return; }
  local base="@$host:$port/ki_lotse"
  local url_owner="postgresql://ki_lotse_owner:owner-pw$base" url_admin="postgresql://ki_lotse_admin:admin-pw$base"
  local url_clerk="postgresql://ki_lotse_clerk:clerk-pw$base" url_super="postgresql://$PGUSER:$PGPASSWORD$base"
  sql_super -d postgres -c 'DROP DATABASE IF EXISTS ki_lotse'
  for role in k_schmidt ki_lotse_admin ki_lotse_clerk ki_lotse_owner; do
    psql -X -q -d postgres -c "DROP ROLE IF EXISTS $role" >/dev/null 2>&1 || true
  done
  # Step 1 of the docs, \password replaced by passwords (psql cannot ask in a script).
  local roles
  roles=$(extract "$registry_md" pg-roles | sed -e "s/^\\\\password ki_lotse_admin$/ALTER ROLE ki_lotse_admin PASSWORD 'admin-pw';/" \
    -e "s/^\\\\password ki_lotse_clerk$/ALTER ROLE ki_lotse_clerk PASSWORD 'clerk-pw';/")
  [[ $roles != *'\password'* ]] || { fail "an unexpected \\password line"; return; }
  sql_super -d postgres <<<"$roles" && ok "step 1: roles and database" || { fail "step 1 failed"; return; }
  extract "$registry_md" pg-privileges | sql_super -d postgres && ok "step 2: schema privileges" ||
    { fail "step 2 failed"; return; }
  # Before step 3 the clerk cannot create the tables, and nothing is changed.
  local out rc=0
  out=$("$cli" registry reviews --registry "$url_clerk" 2>&1) || rc=$?
  [ $rc -eq 1 ] && [[ $out == *"permission denied for schema public"* ]] && ok "the clerk first: refused, as the docs show" ||
    fail "the clerk first: exit $rc: $out"
  echo "     $out"
  # Step 3: the owner may log in once, creates the tables, then may not log in again.
  extract "$registry_md" pg-owner-login | sed "s/'DasEinmalPasswort'/'owner-pw'/" | sql_super -d postgres ||
    { fail "the owner login block failed"; return; }
  "$cli" registry reviews --registry "$url_owner" >/dev/null && ok "step 3: first start as the owner" ||
    { fail "first start as the owner failed"; return; }
  extract "$registry_md" pg-grants | sql_super -d postgres && ok "step 3: grants" || { fail "the grants block failed"; return; }
  [ "$(psql -X -Atq -d ki_lotse -c "SELECT string_agg(DISTINCT tableowner, ',') FROM pg_tables WHERE schemaname = 'public'")" = ki_lotse_owner ] &&
    ok "ki_lotse_owner owns the tables" || fail "the tables are not owned by ki_lotse_owner"
  [ "$(psql -X -Atq -d ki_lotse -c "SELECT value FROM registry_meta WHERE key = 'schema_version'")" = 3 ] &&
    ok "schema 3 after the first start" || fail "the schema is not 3"
  psql -X -q "postgresql://ki_lotse_owner:owner-pw$base" -c 'SELECT 1' >/dev/null 2>&1 &&
    fail "the owner can still log in" || ok "the owner cannot log in after step 3"
  make_registry "$work/pg-source.sqlite"
  "$cli" registry export --registry "$work/pg-source.sqlite" >"$work/pg-services.json"
  "$cli" registry import "$work/pg-services.json" --registry "$url_admin" >/dev/null && ok "the admin role imports" ||
    fail "the admin role cannot import"
  [ "$("$cli" tools --level 1 --format json --registry "$url_clerk" | jq -r '.registry.read_only')" = true ] &&
    ok "the clerk role is read-only" || fail "the clerk role is not read-only"
  [ "$("$cli" tools --level 1 --format json --registry "$url_admin" | jq -r '.registry.read_only')" = false ] &&
    ok "the admin role may write" || fail "the admin role is read-only"
  check_audit_protected "$url_admin" "step 3"
  [ "$(psql -X -Atq -d ki_lotse -c "SELECT string_agg(DISTINCT actor, ',') FROM audit_log WHERE action = 'import'")" = ki_lotse_admin ] &&
    ok "the audit's actor is the database role" || fail "the audit's actor is not ki_lotse_admin"
  psql -X "$url_clerk" -c '\dp' | sed 's/^/     /'
  # One role per administrator, member of ki_lotse_admin (docs, "Wer"): the audit names it.
  sql_super -d postgres -c "CREATE ROLE k_schmidt LOGIN IN ROLE ki_lotse_admin" -c "ALTER ROLE k_schmidt PASSWORD 'ks-pw'"
  sed 's/"Sitzungsdienst-Assistent"/"Sitzungsdienst-Assistent K"/' "$work/pg-services.json" >"$work/pg-k.json"
  "$cli" registry import "$work/pg-k.json" --registry "postgresql://k_schmidt:ks-pw$base" >/dev/null &&
    [ "$("$cli" registry audit --actor k_schmidt --format json --registry "$url_clerk" | jq -r '.audit | length > 0')" = true ] &&
    ok "a personal admin role is the audit's actor" || fail "a personal admin role cannot write or is not the actor"
  # The snapshot of the docs: in the cache, folder 700, file 600.
  local snap
  snap=$(find "$XDG_CACHE_HOME/ki-lotse" -name 'registry-*.sqlite' | head -1)
  [ -n "$snap" ] && [ "$(stat -c %a "$XDG_CACHE_HOME/ki-lotse")" = 700 ] && [ "$(stat -c %a "$snap")" = 600 ] &&
    [[ $(basename "$snap") =~ ^registry-[0-9a-f]{16}\.sqlite$ ]] && ok "the snapshot: $(basename "$snap"), 700/600" ||
    fail "the snapshot is not as documented: $snap"
  # Connection limit and CONNECT.
  extract "$registry_md" pg-connect | sql_super -d postgres && ok "the CONNECT block runs" || fail "the CONNECT block failed"
  [ "$(psql -X -Atq -d postgres -c "SELECT rolconnlimit FROM pg_roles WHERE rolname = 'ki_lotse_clerk'")" = 94 ] ||
    fail "the clerk's connection limit is not set"
  run_pgbouncer "$host" "$port"
  # The backup script of the docs (as the superuser of pg_virtualenv), twice, the folder missing
  # first; then the restore block into a new database.
  local pgb=$work/pg-backup/ki-lotse-pg-sicherung target=$work/pg-backup/srv/sicherung/ki-lotse-pg
  mkdir -p "$work/pg-backup"
  extract "$registry_md" pg-backup | substitute /srv/sicherung/ki-lotse-pg "$target" >"$pgb"
  chmod 755 "$pgb"
  "$pgb" && sleep 1.1 && "$pgb" && ok "the PostgreSQL backup runs twice, the folder missing first" ||
    fail "the PostgreSQL backup script failed"
  mapfile -t dumps < <(find "$target" -name 'ki_lotse-*.dump' | sort)
  [ ${#dumps[@]} -eq 2 ] && [ -z "$(find "$target" -name '*.tmp')" ] && ok "two dumps" ||
    fail "expected 2 dumps: ${dumps[*]}"
  # The docs say ki_lotse_admin cannot make the dump (no SELECT on the sequences).
  pg_dump -Fc -f "$work/pg-backup/admin.dump" "postgresql://ki_lotse_admin:admin-pw$base" >/dev/null 2>&1 &&
    fail "pg_dump works as ki_lotse_admin (the docs say it does not)" || ok "pg_dump as ki_lotse_admin fails, as documented"
  local count_before
  count_before=$(psql -X -Atq -d ki_lotse -c 'SELECT count(*) FROM audit_log')
  sql_super -d postgres -c 'ALTER DATABASE ki_lotse RENAME TO ki_lotse_alt'
  local restore
  restore=$(extract "$registry_md" pg-restore | substitute /srv/sicherung/ki-lotse-pg/ki_lotse-2026-12-07_023000.dump "${dumps[1]}")
  restore=${restore//sudo -u postgres /}
  bash -euo pipefail -c "$restore" && ok "the restore block runs" || fail "the restore block failed"
  extract "$registry_md" pg-roles | grep -e '^REVOKE' -e '^GRANT' | sql_super -d postgres
  [ "$(psql -X -Atq -d ki_lotse -c 'SELECT count(*) FROM audit_log')" = "$count_before" ] &&
    [ "$(psql -X -Atq -d ki_lotse -c "SELECT tableowner FROM pg_tables WHERE tablename = 'services'")" = ki_lotse_owner ] &&
    ok "restored with owner and audit" || fail "the restored database differs"
  "$cli" registry reviews --registry "$url_clerk" >/dev/null && ok "the clerk reads the restored registry" ||
    fail "the clerk cannot read the restored registry"
  check_audit_protected "$url_admin" "restored"
  sql_super -d postgres -c 'DROP DATABASE ki_lotse_alt'

  # "Tables of another role": the superuser made the first start.
  sql_super -d postgres -c 'DROP DATABASE ki_lotse'
  extract "$registry_md" pg-roles | grep -e '^CREATE DATABASE' -e '^REVOKE' -e '^GRANT' | sql_super -d postgres
  extract "$registry_md" pg-privileges | sql_super -d postgres
  "$cli" registry reviews --registry "$url_super" >/dev/null || { fail "first start as the superuser failed"; return; }
  out=$("$cli" registry reviews --registry "$url_clerk" 2>&1) && fail "the clerk reads the superuser's tables" ||
    ok "tables of another role: the clerk cannot read them"
  echo "     $out"
  extract "$registry_md" pg-repair | sed "s/falsche_rolle/$PGUSER/" | sql_super -d postgres && ok "the repair block runs" ||
    { fail "the repair block failed"; return; }
  "$cli" registry reviews --registry "$url_clerk" >/dev/null && ok "after the repair the clerk reads" ||
    fail "after the repair the clerk cannot read"
  "$cli" registry import "$work/pg-services.json" --registry "$url_admin" >/dev/null && ok "after the repair the admin imports" ||
    fail "after the repair the admin cannot import"
  check_audit_protected "$url_admin" "after the repair"

  # An installation after the former docs: ki_lotse_admin owns database and tables.
  sql_super -d postgres -c 'DROP DATABASE ki_lotse'
  sql_super -d postgres -c 'DROP ROLE ki_lotse_owner'
  sql_super -d postgres -c 'CREATE DATABASE ki_lotse OWNER ki_lotse_admin'
  sql_super -d ki_lotse -c 'REVOKE ALL ON SCHEMA public FROM PUBLIC' -c 'GRANT USAGE, CREATE ON SCHEMA public TO ki_lotse_admin' \
    -c 'GRANT USAGE ON SCHEMA public TO ki_lotse_clerk' \
    -c 'ALTER DEFAULT PRIVILEGES FOR ROLE ki_lotse_admin IN SCHEMA public GRANT SELECT ON TABLES TO ki_lotse_clerk'
  "$cli" registry import "$work/pg-services.json" --registry "$url_admin" >/dev/null || { fail "the former set-up failed"; return; }
  psql -X -q "postgresql://ki_lotse_admin:admin-pw$base" -c 'ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change' \
    -c 'ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change' >/dev/null 2>&1 &&
    ok "former set-up: the admin owns the tables and could switch the trigger off" ||
    fail "former set-up: the admin cannot alter its own table"
  extract "$registry_md" pg-roles | head -1 | sql_super -d postgres
  extract "$registry_md" pg-move-owner | sql_super -d postgres && ok "the move-owner block runs" ||
    { fail "the move-owner block failed"; return; }
  "$cli" registry reviews --registry "$url_clerk" >/dev/null && ok "after moving the owner the clerk reads" ||
    fail "after moving the owner the clerk cannot read"
  "$cli" registry import "$work/pg-services.json" --registry "$url_admin" >/dev/null &&
    ok "after moving the owner the admin imports" || fail "after moving the owner the admin cannot import"
  check_audit_protected "$url_admin" "after moving the owner"
}

# The admin role can neither change the audit log nor switch its protection off.
check_audit_protected() {
  local url=$1 when=$2 statement
  for statement in "DELETE FROM audit_log" "UPDATE audit_log SET actor = 'x'" "TRUNCATE audit_log" \
    "DROP TRIGGER audit_log_no_change ON audit_log" "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change"; do
    if psql -X -q "$url" -c "$statement" >/dev/null 2>&1; then fail "$when: the admin role may: $statement"; else
      ok "$when: the admin role may not: $statement"
    fi
  done
}

# PgBouncer with the docs' pgbouncer.ini and userlist (only the server address, port and file
# paths replaced; a self-signed certificate for client TLS).
run_pgbouncer() {
  local host=$1 port=$2 dir=$work/pgbouncer bouncer listen ini
  bouncer=$(command -v pgbouncer || echo /usr/sbin/pgbouncer)
  [ -x "$bouncer" ] || { fail "pgbouncer is not installed"; return; }
  mkdir -p "$dir"
  listen=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  ini=$(extract "$registry_md" pgbouncer-ini | substitute "host=db.musterstadt.example port=5432" "host=$host port=$port" |
    substitute "listen_port = 6432" "listen_port = $listen" | substitute "/etc/pgbouncer/" "$dir/")
  printf '%s\nunix_socket_dir =\npidfile = %s\nlogfile = %s\n' "$ini" "$dir/pgbouncer.pid" "$dir/pgbouncer.log" >"$dir/pgbouncer.ini"
  openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost -keyout "$dir/pgbouncer.key" \
    -out "$dir/pgbouncer.crt" >/dev/null 2>&1
  local userlist
  userlist=$(extract "$registry_md" pgbouncer-userlist | substitute "/etc/pgbouncer/" "$dir/")
  userlist=${userlist//sudo -u postgres /}
  if [ "$(id -u)" = 0 ]; then
    # The superuser of pg_virtualenv is reached over TCP; chown to postgres as the docs say.
    bash -euo pipefail -c "$userlist" || { fail "the userlist block failed"; return; }
    chmod 755 "$dir"
    chmod 600 "$dir/pgbouncer.key"
    chown -R postgres "$dir"
    runuser -u postgres -- "$bouncer" -d "$dir/pgbouncer.ini"
  else
    bash -euo pipefail -c "${userlist//chown postgres:postgres*$'\n'/}" || { fail "the userlist block failed"; return; }
    "$bouncer" -d "$dir/pgbouncer.ini"
  fi
  grep -q '^"ki_lotse_clerk" "SCRAM-SHA-256\$' "$dir/userlist.txt" && ok "the userlist holds SCRAM secrets" ||
    fail "the userlist is not as expected"
  for _ in $(seq 50); do
    python3 -c "import socket,sys; s=socket.socket(); sys.exit(s.connect_ex(('127.0.0.1', $listen)))" && break
    sleep 0.1
  done
  local via="@127.0.0.1:$listen/ki_lotse?sslmode=require"
  local json
  if json=$("$cli" tools --level 1 --format json --registry "postgresql://ki_lotse_clerk:clerk-pw$via" 2>"$dir/err"); then
    [ "$(jq -r '.registry.read_only' <<<"$json")" = true ] && ok "a clerk reads through PgBouncer (TLS, SCRAM)" ||
      fail "through PgBouncer: $json"
  else
    fail "a clerk cannot read through PgBouncer: $(cat "$dir/err")"
  fi
  # verify-full with the root certificate named in the URL: libpq gets sslrootcert from the address
  # (the self-signed certificate is its own root); without it, verify-full refuses.
  local tls="postgresql://ki_lotse_clerk:clerk-pw@localhost:$listen/ki_lotse?sslmode=verify-full"
  if HOME=$dir PGSSLROOTCERT= "$cli" tools --level 1 --format json --registry "$tls&sslrootcert=$dir/pgbouncer.crt" \
    >/dev/null 2>"$dir/err"; then
    ok "verify-full with sslrootcert in the registry URL"
  else
    fail "verify-full with sslrootcert in the URL: $(cat "$dir/err")"
  fi
  if HOME=$dir PGSSLROOTCERT= "$cli" tools --level 1 --format json --registry "$tls" >/dev/null 2>"$dir/err"; then
    fail "verify-full without a root certificate connected"
  else
    grep -q "root certificate" "$dir/err" && ok "verify-full without sslrootcert is refused by libpq" ||
      fail "verify-full without sslrootcert: unexpected error: $(cat "$dir/err")"
  fi
  # Several changes in a row through the pool: prepared statements of one transaction do not meet the next.
  local i
  for i in 1 2 3; do
    sed "s/\"Sitzungsdienst-Assistent\"/\"Sitzungsdienst-Assistent $i\"/" "$work/pg-services.json" >"$dir/import-$i.json"
    "$cli" registry import "$dir/import-$i.json" --registry "postgresql://ki_lotse_admin:admin-pw$via" >/dev/null 2>"$dir/err" ||
      { fail "import $i through PgBouncer: $(cat "$dir/err")"; break; }
  done
  [ "$i" = 3 ] && ok "three imports by the admin through PgBouncer"
  kill "$(cat "$dir/pgbouncer.pid")" 2>/dev/null || true
}

for part in "${parts[@]}"; do
  case $part in
  backup) run_backup ;;
  backup-cron) run_backup_cron ;;
  readonly-copy) run_readonly_copy ;;
  reviews) run_reviews ;;
  pack-update) run_pack_update ;;
  pg) run_pg ;;
  *) echo "check-admin-recipes: unknown part \"$part\"" >&2; exit 2 ;;
  esac
done

if [ $failures -gt 0 ]; then
  echo "check-admin-recipes: $failures failure(s)" >&2
  exit 1
fi
echo "check-admin-recipes: all recipes work as documented"
