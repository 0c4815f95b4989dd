#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Records Node's output for JS tests: ./record-golden.sh test-a.js [test-b.js ...]
# Run once when a test is written (node 20 is on the build machines, not on users' boards).
for f in "$@"; do
  dir=$(dirname "$f"); base=$(basename "$f")
  (cd "$dir" && node "$base" > "$base.out" 2>/dev/null; code=$?; if [ $code -ne 0 ]; then echo $code > "$base.code"; else rm -f "$base.code"; fi)
  echo "recorded $f"
done
