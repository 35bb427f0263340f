# Phasencheck — every entry point a developer or CI needs. Each target installs what it is missing.
#   make serve   build the site into dist/ and serve it on http://127.0.0.1:$(PORT)
#   make dist    build the site into dist/
#   make test    install what is missing and run every test
#   make bench   measure download size, time to ready, idle CPU and memory in headless Chromium
#   make cli     build the command-line tool at build/native/phasecheck
#   make clean   remove build output

SHELL := /bin/bash
JOBS ?= $(shell nproc)
PORT ?= 8080
NATIVE_BUILD := build/native
WEB_BUILD := build/web
WEB_DEPS := build/web-deps
IMGUI_DIR := $(CURDIR)/third_party/imgui-1.90.1
# Debian's emcc runs under the machine's Node.js, which does not see Debian's JS modules by itself.
export NODE_PATH := /usr/share/nodejs

.PHONY: all cli dist serve test test-native test-web test-browser bench deps-native deps-web deps-browser clean

all: cli

deps-native:
	@scripts/install-deps.sh native

deps-web: deps-native
	@scripts/install-deps.sh web
	@scripts/fetch-imgui.sh
	@mkdir -p $(WEB_DEPS) && ln -sfn /usr/include/nlohmann $(WEB_DEPS)/nlohmann && ln -sfn /usr/include/doctest $(WEB_DEPS)/doctest

deps-browser:
	@scripts/install-deps.sh browser
	@cd tests/browser && { [ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund --loglevel=error; }

$(NATIVE_BUILD)/CMakeCache.txt: | deps-native
	cmake -S . -B $(NATIVE_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo

cli: deps-native $(NATIVE_BUILD)/CMakeCache.txt
	cmake --build $(NATIVE_BUILD) -j $(JOBS)

# -Os, no exceptions or RTTI, link-time optimisation: the download is the budget.
$(WEB_BUILD)/CMakeCache.txt: | deps-web
	emcmake cmake -S . -B $(WEB_BUILD) -DCMAKE_BUILD_TYPE=MinSizeRel -DIMGUI_DIR=$(IMGUI_DIR) \
	  -DPHASECHECK_DEPS_INCLUDE=$(CURDIR)/$(WEB_DEPS) -DDIST_DIR=$(CURDIR)/dist \
	  -DCMAKE_CROSSCOMPILING_EMULATOR=$$(command -v node) \
	  -DCMAKE_CXX_FLAGS="-fno-exceptions -fno-rtti -flto" -DCMAKE_EXE_LINKER_FLAGS="-flto"

dist: cli deps-web $(WEB_BUILD)/CMakeCache.txt
	$(NATIVE_BUILD)/phasecheck validate assets/questionnaire.json
	$(NATIVE_BUILD)/phasecheck validate assets/brand.json
	cmake --build $(WEB_BUILD) -j $(JOBS) --target dist

serve: dist
	@echo "Phasencheck: http://127.0.0.1:$(PORT)/  (Ctrl+C stops)"
	@python3 scripts/serve.py --port $(PORT) dist

test-native: cli
	ctest --test-dir $(NATIVE_BUILD) --output-on-failure -j $(JOBS)

test-web: dist
	cmake --build $(WEB_BUILD) -j $(JOBS) --target core_tests
	ctest --test-dir $(WEB_BUILD) --output-on-failure

test-browser: dist deps-browser
	cd tests/browser && node --test --test-concurrency=1 *.test.mjs

test: test-native test-web test-browser

bench: dist deps-browser
	node tests/browser/bench.mjs

clean:
	rm -rf build dist
