#!/usr/bin/env bash
# Leaflet side by side with Hugo and headless Chromium, on corpora made from content/.
# Usage: tests/Benchmarks/run.sh            (from anywhere; RUNS=5 FULL_RUNS=3 BENCH_DIR=/tmp/leaflet-bench)
# Installs what it needs (hugo, chromium, GNU time) with apt-get where missing, builds the tools in
# Release, and prints a Markdown table of medians: wall time, CPU time (user+sys), peak RSS.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${BENCH_DIR:-/tmp/leaflet-bench}
RUNS=${RUNS:-5}
FULL_RUNS=${FULL_RUNS:-3}
SIZES=${SIZES:-"250 1000 2000 4000"}   # pages: leaflets x languages
FULL_SIZES=${FULL_SIZES:-"250 1000 2000"}
cd "$ROOT"

missing=()
command -v hugo >/dev/null || missing+=(hugo)
command -v chromium >/dev/null || missing+=(chromium)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]}" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

echo "building the tools (Release)" >&2
for project in tools/Generator tests/Corpus tests/Benchmarks/HugoSite; do
  dotnet build -c Release "$project" -nologo -v q >/dev/null
done
# Two builds of the same program: the apphost `dotnet build -c Release` makes (JIT), and a ReadyToRun
# publish of it under the same bin/Release folder (precompiled, as one would ship it).
RID=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
dotnet publish tools/Generator -c Release -r "$RID" --self-contained false -p:PublishReadyToRun=true -nologo -v q >/dev/null
JIT=$ROOT/tools/Generator/bin/Release/net10.0/leaflet
LEAFLET=$ROOT/tools/Generator/bin/Release/net10.0/$RID/publish/leaflet
CORPUS=$ROOT/tests/Corpus/bin/Release/net10.0/corpus
HUGO_SITE=$ROOT/tests/Benchmarks/HugoSite/bin/Release/net10.0/hugo-site
mkdir -p "$WORK"
RESULTS=$WORK/results.md
: > "$RESULTS"
languages=$(find content -mindepth 2 -maxdepth 2 -name _language.yaml | wc -l)

say() { echo "$*" | tee -a "$RESULTS"; }
load() { say "load average: $(cut -d' ' -f1-3 /proc/loadavg)"; }

# One timed run: appends "wall cpu rss_mb" to the file $1.
timed() {
  local into=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/time.txt" "$@" >"$WORK/last.log" 2>&1 || { cat "$WORK/last.log" >&2; return 1; }
  awk '{ printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024 }' "$WORK/time.txt" >> "$into"
}
# Median of column $2 of file $1.
median() { cut -d' ' -f"$2" "$1" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
row() { # label, file
  say "| $1 | $(median "$2" 1) s | $(median "$2" 2) s | $(median "$2" 3) MB |"
}

say "# Leaflet benchmarks, $(date -u +%Y-%m-%d)"
say ""
say "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(. /etc/os-release; echo "$PRETTY_NAME")."
say "Versions: .NET SDK $(dotnet --version), $(hugo version | cut -d' ' -f1-2), $(chromium --version 2>/dev/null | head -1)."
say "Leaflet (R2R): ${LEAFLET#$ROOT/}, ReadyToRun publish; Leaflet (JIT): ${JIT#$ROOT/}, dotnet build. Both with the runtime settings of tools/Generator/Generator.csproj."
say "$RUNS runs each ($FULL_RUNS for full builds), alternating, each over the output of the previous run; medians."
load

for pages in $SIZES; do
  leaflets=$((pages / languages))
  [ -d "$WORK/content-$pages" ] || "$CORPUS" --leaflets "$leaflets" --out "$WORK/content-$pages" >/dev/null
  [ -d "$WORK/hugo-$pages" ] || "$HUGO_SITE" --content "$WORK/content-$pages" --out "$WORK/hugo-$pages" >/dev/null
done

say ""
say "## 1. HTML with link check (Leaflet --no-pdf) vs Hugo"
say ""
say "| pages | Leaflet (R2R) wall | Leaflet (JIT) wall | Hugo wall | R2R/Hugo wall | Leaflet (R2R) CPU | Leaflet (JIT) CPU | Hugo CPU | R2R/Hugo CPU | Leaflet (R2R) RSS | Hugo RSS |"
say "|---|---|---|---|---|---|---|---|---|---|---|"
for pages in $SIZES; do
  l=$WORK/leaflet-html-$pages.txt; j=$WORK/jit-html-$pages.txt; h=$WORK/hugo-$pages.txt; : > "$l"; : > "$j"; : > "$h"
  # One untimed run each: every timed run then rebuilds over an existing output, with the files cached.
  "$LEAFLET" build --content "$WORK/content-$pages" --output "$WORK/out-html-$pages" --no-pdf >/dev/null
  "$JIT" build --content "$WORK/content-$pages" --output "$WORK/out-jit-$pages" --no-pdf >/dev/null
  hugo --quiet -s "$WORK/hugo-$pages" -d "$WORK/hugo-public-$pages"
  for _ in $(seq "$RUNS"); do
    timed "$l" "$LEAFLET" build --content "$WORK/content-$pages" --output "$WORK/out-html-$pages" --no-pdf
    timed "$h" hugo --quiet -s "$WORK/hugo-$pages" -d "$WORK/hugo-public-$pages"
    timed "$j" "$JIT" build --content "$WORK/content-$pages" --output "$WORK/out-jit-$pages" --no-pdf
  done
  say "| $pages | $(median "$l" 1) s | $(median "$j" 1) s | $(median "$h" 1) s | $(ratio "$(median "$l" 1)" "$(median "$h" 1)") | $(median "$l" 2) s | $(median "$j" 2) s | $(median "$h" 2) s | $(ratio "$(median "$l" 2)" "$(median "$h" 2)") | $(median "$l" 3) MB | $(median "$h" 3) MB |"
done
load

say ""
say "## 1b. The same into an empty folder (a first build: output/ and .output.previous, or public/, deleted before each run, untimed)"
say ""
say "| pages | Leaflet (R2R) wall | Hugo wall | R2R/Hugo wall | Leaflet (R2R) CPU | Hugo CPU | R2R/Hugo CPU |"
say "|---|---|---|---|---|---|---|"
for pages in ${COLD_SIZES:-2000}; do
  l=$WORK/leaflet-cold-$pages.txt; h=$WORK/hugo-cold-$pages.txt; : > "$l"; : > "$h"
  for _ in $(seq "$RUNS"); do
    rm -rf "$WORK/out-cold-$pages" "$WORK/.out-cold-$pages.previous"
    timed "$l" "$LEAFLET" build --content "$WORK/content-$pages" --output "$WORK/out-cold-$pages" --no-pdf
    rm -rf "$WORK/hugo-cold-public-$pages"
    timed "$h" hugo --quiet -s "$WORK/hugo-$pages" -d "$WORK/hugo-cold-public-$pages"
  done
  say "| $pages | $(median "$l" 1) s | $(median "$h" 1) s | $(ratio "$(median "$l" 1)" "$(median "$h" 1)") | $(median "$l" 2) s | $(median "$h" 2) s | $(ratio "$(median "$l" 2)" "$(median "$h" 2)") |"
done
load

say "## 2. Leaflet full build: HTML, link check, standard and large-print PDFs"
say ""
say "| pages | PDFs | R2R wall | R2R CPU | R2R peak RSS | JIT wall | JIT CPU | JIT peak RSS |"
say "|---|---|---|---|---|---|---|---|"
for pages in $FULL_SIZES; do
  f=$WORK/leaflet-full-$pages.txt; g=$WORK/jit-full-$pages.txt; : > "$f"; : > "$g"
  for _ in $(seq "$FULL_RUNS"); do
    timed "$f" "$LEAFLET" build --content "$WORK/content-$pages" --output "$WORK/out-full-$pages"
    timed "$g" "$JIT" build --content "$WORK/content-$pages" --output "$WORK/out-full-jit-$pages"
  done
  say "| $pages | $((pages * 2)) | $(median "$f" 1) s | $(median "$f" 2) s | $(median "$f" 3) MB | $(median "$g" 1) s | $(median "$g" 2) s | $(median "$g" 3) MB |"
done
load

say ""
say "## 2b. The full build into an empty folder (R2R; output/ and .output.previous deleted before each run, untimed)"
say ""
say "| pages | PDFs | wall | CPU | peak RSS |"
say "|---|---|---|---|---|"
for pages in ${FULL_COLD_SIZES:-2000}; do
  f=$WORK/leaflet-full-cold-$pages.txt; : > "$f"
  for _ in $(seq "$FULL_RUNS"); do
    rm -rf "$WORK/out-full-cold-$pages" "$WORK/.out-full-cold-$pages.previous"
    timed "$f" "$LEAFLET" build --content "$WORK/content-$pages" --output "$WORK/out-full-cold-$pages"
  done
  say "| $pages | $((pages * 2)) | $(median "$f" 1) s | $(median "$f" 2) s | $(median "$f" 3) MB |"
done
load

say ""
say "## 2c. The full build with the bilingual PDFs of content/_site.yaml's pairs (corpus --bilingual; over the previous output)"
say ""
say "| pages | PDFs (of which bilingual) | R2R wall | R2R CPU | R2R peak RSS | JIT wall | JIT CPU | JIT peak RSS |"
say "|---|---|---|---|---|---|---|---|"
for pages in ${BILINGUAL_SIZES:-2000}; do
  [ -d "$WORK/content-$pages-bilingual" ] || "$CORPUS" --leaflets $((pages / languages)) --out "$WORK/content-$pages-bilingual" --bilingual >/dev/null
  f=$WORK/leaflet-bilingual-$pages.txt; g=$WORK/jit-bilingual-$pages.txt; : > "$f"; : > "$g"
  for _ in $(seq "$FULL_RUNS"); do
    timed "$f" "$LEAFLET" build --content "$WORK/content-$pages-bilingual" --output "$WORK/out-bilingual-$pages"
    timed "$g" "$JIT" build --content "$WORK/content-$pages-bilingual" --output "$WORK/out-bilingual-jit-$pages"
  done
  all=$(find "$WORK/out-bilingual-$pages" -name '*.pdf' | wc -l)
  # The corpus's slugs are leaflet-NNNNN: a bilingual PDF is leaflet-NNNNN-first-second.pdf.
  two=$(find "$WORK/out-bilingual-$pages" -name 'leaflet-*-*-*.pdf' ! -name '*-large-print.pdf' | wc -l)
  say "| $pages | $all ($two) | $(median "$f" 1) s | $(median "$f" 2) s | $(median "$f" 3) MB | $(median "$g" 1) s | $(median "$g" 2) s | $(median "$g" 3) MB |"
done
load

say "## 3. One leaflet's PDF: Leaflet vs headless Chromium printing the same page"
say ""
one=$WORK/one-leaflet
rm -rf "$one" && mkdir -p "$one/content"
default=$(awk '/^default_language:/ { print $2 }' content/_site.yaml)
cp content/_site.yaml "$one/content/" && cp -r "content/$default" "$one/content/"
slug=$(basename "$(find "$one/content/$default" -name '*.md' | sort | head -1)" .md)
"$LEAFLET" build --content "$one/content" --output "$one/output" >/dev/null
page=$one/output/$default/$slug/index.html
pdf=$one/output/$default/$slug/$slug-$default.pdf
l=$WORK/one-leaflet.txt; c=$WORK/one-chromium.txt; : > "$l"; : > "$c"
for i in $(seq "$RUNS"); do
  timed "$l" "$LEAFLET" build --content "$one/content" --output "$one/output"
  profile=$(mktemp -d)
  timed "$c" chromium --headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run --disable-sync \
    --disable-component-update --user-data-dir="$profile" --print-to-pdf="$one/chromium.pdf" "file://$page"
  rm -rf "$profile"
done
say "| | wall | CPU | peak RSS | standard PDF size |"
say "|---|---|---|---|---|"
say "| Leaflet (R2R): build of one leaflet in one language (page, 2 PDFs, link check) | $(median "$l" 1) s | $(median "$l" 2) s | $(median "$l" 3) MB | $(stat -c %s "$pdf") bytes |"
say "| Chromium --print-to-pdf of that page | $(median "$c" 1) s | $(median "$c" 2) s | $(median "$c" 3) MB | $(stat -c %s "$one/chromium.pdf") bytes |"
load

say ""
say "## 4. leaflet check alone on the 2,000-page output"
say ""
k=$WORK/check.txt; : > "$k"
if [ ! -d "$WORK/out-html-2000" ]; then
  [ -d "$WORK/content-2000" ] || "$CORPUS" --leaflets $((2000 / languages)) --out "$WORK/content-2000" >/dev/null
  "$LEAFLET" build --content "$WORK/content-2000" --output "$WORK/out-html-2000" --no-pdf >/dev/null
fi
for _ in $(seq "$RUNS"); do timed "$k" "$LEAFLET" check "$WORK/out-html-2000"; done
say "| | wall | CPU | peak RSS |"
say "|---|---|---|---|"
row "leaflet check (R2R), 2,004 pages" "$k"
load

say ""
say "## 5. The same through dotnet run (MSBuild's up-to-date check and start-up included)"
say ""
d=$WORK/dotnet-run-release.txt; r=$WORK/dotnet-run-readme.txt; g=$WORK/dotnet-run-debug.txt; : > "$d"; : > "$r"; : > "$g"
# Untimed first: each configuration's build, and the output folders.
dotnet run -c Release --project tools/Generator -- build --content "$WORK/content-2000" --output "$WORK/out-html-2000" --no-pdf >/dev/null
dotnet run --project tools/Generator -- build --output "$WORK/out-debug" >/dev/null
for _ in $(seq 3); do
  timed "$d" dotnet run -c Release --project tools/Generator -- build --content "$WORK/content-2000" --output "$WORK/out-html-2000" --no-pdf
  timed "$r" dotnet run -c Release --project tools/Generator -- build --output "$WORK/out-readme"
  timed "$g" dotnet run --project tools/Generator -- build --output "$WORK/out-debug"
done
say "| | wall | CPU | peak RSS |"
say "|---|---|---|---|"
row "dotnet run -c Release ... build --no-pdf, 2,000 pages" "$d"
row "the README's command, dotnet run -c Release ... build, on content/ (with PDFs)" "$r"
row "the same in Debug (dotnet run without -c), on content/" "$g"
load
echo "results in $RESULTS" >&2
