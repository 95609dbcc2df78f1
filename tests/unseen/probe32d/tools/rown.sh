#!/bin/sh
# print spec row numbers (as cmp.py counts them) matching a pattern
grep -v '^#' spec/$1.spec | grep -v '^[[:space:]]*$' | grep -n -- "$2"
