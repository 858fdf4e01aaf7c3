#!/usr/bin/env bash
# Prints the MkDocs configuration to build with: a publisher's own uitgever.yml when there is one
# (it inherits mkdocs.yml; see uitgever.voorbeeld.yml), else mkdocs.yml. The one place that decides:
# serve.sh and test.sh (and so the GitHub workflow) build with what this prints.
cd "$(dirname "$0")/.."
if [ -f uitgever.yml ]; then echo uitgever.yml; else echo mkdocs.yml; fi
