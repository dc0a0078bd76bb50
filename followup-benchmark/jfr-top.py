#!/usr/bin/env python3
"""Where the CPU went in a JDK Flight Recorder file: the share of execution samples in each method (self), and
the share that passed through each method whose name matches a pattern (inclusive).
    jfr print --events jdk.ExecutionSample --stack-depth 300 app.jfr | followup-benchmark/jfr-top.py 'followup|thymeleaf'
"""
import collections
import re
import sys

samples = sys.stdin.read().split("jdk.ExecutionSample")[1:]
own, through, counted = collections.Counter(), collections.Counter(), 0
for sample in samples:
    frames = re.findall(r"^\s+([\w$./<>]+\.[\w$<>]+)\(.*?\)\s+line:", sample, re.M)
    if frames:
        counted += 1
        own[frames[0]] += 1
        through.update(set(frames))
pattern = re.compile(sys.argv[1] if len(sys.argv) > 1 else ".")
print(f"{counted} samples\n-- self")
for method, n in own.most_common(20):
    print(f"{100 * n / counted:5.1f}% {method}")
print("-- inclusive")
for method, n in through.most_common(400):
    if pattern.search(method):
        print(f"{100 * n / counted:5.1f}% {method}")
