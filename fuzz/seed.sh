#!/usr/bin/env bash
# Seeds fuzz/corpus/<target>/ from the test fixtures and ../shared/corpus. The first byte of a
# reader's input chooses the file kind the target writes (see each target).
set -euo pipefail
cd "$(dirname "$0")"
root=..
shared="${SHARED:-../../shared/corpus}"
mkdir -p corpus/expr_parse corpus/submission_read corpus/xlsform_load corpus/escape
n=0
seed() { # target, kind byte, file
  n=$((n + 1)); { printf "\\x$(printf %02x "$2")"; cat "$3"; } > "corpus/$1/seed-$n"
}
while IFS= read -r -d '' f; do
  case "$f" in
    *.xlsx) seed submission_read 0 "$f" ;; *.csv) seed submission_read 1 "$f" ;; *.json) seed submission_read 2 "$f" ;;
  esac
done < <(find "$root/tests/fixtures" "$root/inputs/submissions" -path '*submissions*' -type f -size -200k -print0)
# Replies as .xls and .ods (kinds 3 and 4): calamine's own workbooks, which exercise those readers.
while IFS= read -r -d '' f; do
  case "$f" in
    *.xls) seed submission_read 3 "$f" ;; *.ods) seed submission_read 4 "$f" ;;
  esac
done < <(find "$root/tests/fixtures/corpus/workbooks" "$root/tests/fixtures/fuzz" -type f -size -200k -print0)
while IFS= read -r -d '' f; do
  case "$f" in
    *.xlsx) seed xlsform_load 0 "$f" ;; *.xls) seed xlsform_load 1 "$f" ;; *.csv) seed xlsform_load 2 "$f" ;; *.md) seed xlsform_load 3 "$f" ;;
  esac
done < <(find "$root/tests/fixtures/forms" "$root/tests/fixtures/corpus/xlsform" "$root/inputs/questionnaires" -type f -size -200k -print0 2>/dev/null; [ -d "$shared" ] && find "$shared" -type f -size -200k \( -name '*.xls' -o -name '*.xlsx' \) -print0)
# Expressions: the relevant and constraint columns of the sample forms, one per file.
grep -rhoE '\$\{[a-z_0-9]+\}[^|]*' "$root/tests/fixtures/report/questionnaires" | head -200 | while IFS= read -r line; do
  n=$((n + 1)); printf '%s' "$line" > "corpus/expr_parse/seed-$n"
done
for s in ". >= 0" "\${impl} = 'no' or \${impl} = 'partly'" "count-selected(\${ta_kind}) > 1 and selected(\${ta_kind}, 'training')" \
         "if(\${x} > 5, concat('a', \${y}), -2.5 div 3)" "regex(., '^[0-9]{4}\$')" "string-length(.) < 200" "today() - date('2026-01-01') mod 7"; do
  n=$((n + 1)); printf '%s' "$s" > "corpus/expr_parse/seed-$n"
done
for s in '#set page(width: 1cm)' 'a\nb' $'\u202Eabc' 'مرحبا [x] *y*' '{{ x }}'; do
  n=$((n + 1)); printf '%s' "$s" > "corpus/escape/seed-$n"
done
echo "seeded: $(ls corpus/submission_read | wc -l) replies, $(ls corpus/xlsform_load | wc -l) forms, $(ls corpus/expr_parse | wc -l) expressions"
