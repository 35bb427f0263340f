# Phasencheck — every entry point a developer or CI needs. Each target installs what it is missing.
#   make cli     build the command-line tool at build/native/phasecheck
#   make test    install what is missing and run every test
#   make clean   remove build output

SHELL := /bin/bash
JOBS ?= $(shell nproc)
NATIVE_BUILD := build/native

.PHONY: all cli test test-native deps-native clean

all: cli

deps-native:
	@scripts/install-deps.sh native

$(NATIVE_BUILD)/CMakeCache.txt: | deps-native
	cmake -S . -B $(NATIVE_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo

cli: deps-native $(NATIVE_BUILD)/CMakeCache.txt
	cmake --build $(NATIVE_BUILD) -j $(JOBS)

test-native: cli
	ctest --test-dir $(NATIVE_BUILD) --output-on-failure -j $(JOBS)

test: test-native

clean:
	rm -rf build dist
