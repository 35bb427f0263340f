# Phasencheck — every entry point a developer or CI needs. Each target installs what it is missing.
#   make serve   build the site into dist/ and serve it on http://127.0.0.1:$(PORT)
#   make dist    build the site into dist/
#   make test    install what is missing and run every test
#   make bench   measure start-up, download, Lighthouse, idle CPU and memory against a SurveyJS page
#   make fuzz    run every libFuzzer target for FUZZ_SECONDS (default 60) each
#   make cli     build the command-line tool at build/native/phasecheck
#   make first-question-functions  profile the ways to the first question; rewrite what phasecheck.wasm keeps
#   make clean   remove build output

SHELL := /bin/bash
JOBS ?= $(shell nproc)
PORT ?= 8080
NATIVE_BUILD := build/native
# One clang-14 build with AddressSanitizer + UndefinedBehaviorSanitizer serves the native suite and the
# fuzz targets: two such builds were a fifth of `make test`'s time on 2 cores.
SANITIZE_BUILD := build/clang-asan
FUZZ_SECONDS ?= 60
# CI fuzzes each target briefly; `make fuzz` for as long as you like.
CI_FUZZ_SECONDS ?= 10
# fuzzer-no-link: the coverage libFuzzer steers by, left unused in the suite's programs. -O2 without
# NDEBUG: the fuzz targets run fast, and the libraries' own assertions (nlohmann/json's) stay on.
SANITIZE_CXX_FLAGS := -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -O2 -g
WEB_BUILD := build/web
WEB_DEPS := build/web-deps
IMGUI_DIR := $(CURDIR)/third_party/imgui-1.90.1
# Debian's emcc runs under the machine's Node.js, which does not see Debian's JS modules by itself.
export NODE_PATH := /usr/share/nodejs

.PHONY: sanitize-build all cli dist first-question-functions serve test test-native test-sanitizers test-fuzz test-web test-browser bench fuzz deps-native deps-web deps-browser deps-fuzz clean

all: cli

deps-native:
	@scripts/install-deps.sh native

# scripts/minify: the pinned JavaScript minifier assemble_site.py runs over the shipped scripts.
deps-web: deps-native
	@scripts/install-deps.sh web
	@scripts/npm-ci-locked.sh scripts/minify
	@scripts/fetch-imgui.sh
	@mkdir -p $(WEB_DEPS) && ln -sfn /usr/include/nlohmann $(WEB_DEPS)/nlohmann && ln -sfn /usr/include/doctest $(WEB_DEPS)/doctest

deps-fuzz: deps-native
	@scripts/install-deps.sh fuzz

# node_modules is reinstalled whenever one of its packages is missing or not the locked version (an older
# checkout's playwright-core 1.64 would refuse Node.js 18; a checkout from before axe-core has none).
deps-browser:
	@scripts/install-deps.sh browser
	@scripts/npm-ci-locked.sh tests/browser

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
	$(NATIVE_BUILD)/phasecheck validate assets/meeting.json
	cmake --build $(WEB_BUILD) -j $(JOBS) --target dist

# The check's wasm is split in two (issue #13): cmake/first-question-functions.txt lists what phasecheck.wasm
# keeps. This walks every way to the first question on the instrumented build (tests/browser/first-question-ways.mjs),
# writes the list, and builds the site again with it. Run it when split.test.mjs says the list is stale.
first-question-functions: dist deps-browser
	node tests/browser/first-question-profile.mjs
	$(MAKE) dist

serve: dist
	@python3 scripts/serve.py --port $(PORT) dist

test-native: cli
	ctest --test-dir $(NATIVE_BUILD) --output-on-failure -j $(JOBS)

# The clang-14 build with AddressSanitizer + UndefinedBehaviorSanitizer: the native suite again, and the
# fuzz targets. Configured every time with the flags above: a folder from before a target or a flag
# changed would keep what it had.
sanitize-build: deps-fuzz
	cmake -S . -B $(SANITIZE_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 -DPHASECHECK_FUZZ=ON \
	  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$(SANITIZE_CXX_FLAGS)" > /dev/null
	cmake --build $(SANITIZE_BUILD) -j $(JOBS)

test-sanitizers: sanitize-build
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  ctest --test-dir $(SANITIZE_BUILD) --output-on-failure -j $(JOBS)

fuzz: sanitize-build
	tests/fuzz/run.sh $(SANITIZE_BUILD) $(FUZZ_SECONDS) $(JOBS)

test-fuzz: sanitize-build
	tests/fuzz/run.sh $(SANITIZE_BUILD) $(CI_FUZZ_SECONDS) $(JOBS)

test-web: dist
	cmake --build $(WEB_BUILD) -j $(JOBS) --target core_tests
	ctest --test-dir $(WEB_BUILD) --output-on-failure

# Two files at a time, each with its own Chromium (tests/browser/run.mjs says why; PHASECHECK_BROWSER_JOBS).
test-browser: dist deps-browser
	cd tests/browser && node run.mjs

test: test-native test-sanitizers test-fuzz test-web test-browser

# make bench installs its own packages (tests/bench: Lighthouse, SurveyJS, each locked) like deps-browser does.
# Its helpers' tests run before it measures.
bench: dist deps-browser
	@scripts/npm-ci-locked.sh tests/bench
	node --test --test-reporter=dot tests/bench/*.test.mjs
	node tests/browser/bench.mjs

clean:
	rm -rf build dist
