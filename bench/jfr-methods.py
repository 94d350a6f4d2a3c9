#!/usr/bin/env python3
# Where a JFR recording's CPU samples are, by method (bench/README.md, "One table of a text's words"):
#   jfr print --json --events jdk.ExecutionSample --stack-depth 200 scan.jfr > scan.json
#   bench/jfr-methods.py scan.json [MORE.json...] [METHOD...]
# (several recordings, one JSON file each, are counted together: `jfr assemble` mixes up the chunks' symbols)
# Prints the share of samples by top frame (self), by method anywhere on the stack (inclusive, the project's methods
# only) and, for each METHOD given (a suffix such as Lexicon.ids), the share by the project's method that called it.
import collections
import json
import sys

samples = 0
top = collections.Counter()
anywhere = collections.Counter()
files = [a for a in sys.argv[1:] if a.endswith('.json')]
callers = {m: collections.Counter() for m in sys.argv[1:] if not m.endswith('.json')}
events = [e for f in files for e in json.load(open(f))['recording']['events']]
for event in events:
    stack = event['values'].get('stackTrace')
    if not stack or not stack['frames']:
        continue
    names = [f['method']['type']['name'].replace('/', '.') + '.' + f['method']['name'] for f in stack['frames']]
    samples += 1
    top[names[0]] += 1
    anywhere.update(set(names))
    for m, counter in callers.items():
        at = next((i for i, name in enumerate(names) if name.endswith(m)), None)
        if at is not None:
            caller = next((name for name in names[at + 1:] if name.startswith('sanctionswatch')), '?')
            counter[caller] += 1
print(f"{samples} samples")
print("top self frames:")
for name, count in top.most_common(30):
    print(f"  {100 * count / samples:5.1f}% {name}")
print("inclusive, sanctionswatch methods (0.8 % or more):")
for name, count in anywhere.most_common():
    if name.startswith('sanctionswatch') and 100 * count / samples >= 0.8:
        print(f"  {100 * count / samples:5.1f}% {name}")
for m, counter in callers.items():
    print(f"{m} by caller:")
    for name, count in counter.most_common(8):
        print(f"  {100 * count / samples:5.1f}% {name}")
