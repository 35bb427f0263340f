# The browser build: the app as phasecheck.js + phasecheck.wasm, and the site assembled in dist/.
if(NOT IMGUI_DIR)
  message(FATAL_ERROR "The web build needs IMGUI_DIR (run scripts/fetch-imgui.sh)")
endif()

# The content's start-up index (src/core/content_index.hpp), compiled into both pages: made by the
# native tool (`make dist` builds it first) from the content files exactly as dist/ ships them, which
# scripts/assemble_site.py writes here first and again into dist/.
set(PHASECHECK_CONTENT_INDEX_TOOL ${CMAKE_SOURCE_DIR}/build/native/phasecheck-content-index
    CACHE FILEPATH "The native phasecheck-content-index (make cli)")
set(SHIPPED_CONTENT_DIR ${CMAKE_BINARY_DIR}/shipped-content)
set(CONTENT_INDEX_CPP ${CMAKE_BINARY_DIR}/generated/shipped_content_index.cpp)
add_custom_command(
  OUTPUT ${CONTENT_INDEX_CPP}
  COMMAND python3 ${CMAKE_SOURCE_DIR}/scripts/assemble_site.py --source ${CMAKE_SOURCE_DIR} --out ${SHIPPED_CONTENT_DIR}
          --content-only
  COMMAND ${PHASECHECK_CONTENT_INDEX_TOOL} ${SHIPPED_CONTENT_DIR}/questionnaire.json ${SHIPPED_CONTENT_DIR}/brand.json
          ${SHIPPED_CONTENT_DIR}/content.index
  COMMAND ${CMAKE_COMMAND} -DINPUT=${SHIPPED_CONTENT_DIR}/content.index -DOUTPUT=${CONTENT_INDEX_CPP}
          -DSYMBOL=shipped_content_index -P ${CMAKE_SOURCE_DIR}/cmake/embed_text.cmake
  DEPENDS ${CMAKE_SOURCE_DIR}/assets/questionnaire.json ${CMAKE_SOURCE_DIR}/assets/brand.json
          ${CMAKE_SOURCE_DIR}/scripts/assemble_site.py ${PHASECHECK_CONTENT_INDEX_TOOL} ${CMAKE_SOURCE_DIR}/cmake/embed_text.cmake
  COMMENT "Indexing the content files for start-up")

# The browser start-up, the platform and the JavaScript API, shared by both pages. An object library:
# js_api's functions export themselves (EMSCRIPTEN_KEEPALIVE), and a static archive would leave out an
# object nothing calls.
add_library(phasecheck_browser OBJECT
  src/entry/web/browser_app.cpp
  src/entry/web/js_api.cpp
  src/platform/web/browser_bridge.cpp
  src/platform/web/browser_imgui_backend.cpp
  src/platform/web/canvas_renderer.cpp
  src/platform/web/canvas_surface.cpp
  src/platform/web/frame_scheduler.cpp
  src/platform/web/text_images.cpp
  src/platform/web/web_platform.cpp
  ${CONTENT_INDEX_CPP})
target_link_libraries(phasecheck_browser PUBLIC phasecheck_ui)
phasecheck_warnings(phasecheck_browser)

set(PHASECHECK_WEB_LINK_OPTIONS
  -sENVIRONMENT=web
  -sFILESYSTEM=0
  -sALLOW_MEMORY_GROWTH=1
  -sINITIAL_MEMORY=16MB
  # emmalloc, not dlmalloc: dlmalloc's malloc is one 6 KB function that start-up calls thousands of
  # times, so V8 optimised it in the background while the page started (41-57 ms of TurboFan on the 2
  # cores the page needs); emmalloc's is 0.5 KB (1-4 ms), and the first half is 1.6 KB smaller (gzip -9)
  # (docs/benchmark.md, "3 Dec 2026, night").
  -sMALLOC=emmalloc
  # The API functions export themselves (EMSCRIPTEN_KEEPALIVE in js_api.cpp); this lists only the runtime's.
  -sEXPORTED_FUNCTIONS=_main,_malloc,_free
  -sEXPORTED_RUNTIME_METHODS=ccall,addRunDependency,removeRunDependency
  -sHTML5_SUPPORT_DEFERRING_USER_SENSITIVE_REQUESTS=0
  # Two inlining limits for wasm-opt (issue #13), sizes counted in wasm expressions.
  # One-caller functions: wasm-opt inlines them however large, so frame() held most views' code and all
  # of it went into phasecheck.wasm. Kept apart over 500, the code the first question does not run went
  # to the deferred half (10 KB gzip less before the first question). Over 100: 5 KB less again (gzip
  # -9), and run-once code no longer grows into large functions with long loops, which V8 optimised in
  # the background during start-up (ImGui's atlas build with stb_truetype's packing inlined: 10 KB of
  # wasm, 51-82 ms of TurboFan on the 2 cores the page needs; docs/benchmark.md, "3 Dec 2026, night").
  # Tiny functions (accessors, std:: wrappers): -Oz inlines only those of 2 expressions or fewer. Up to
  # 12, the start-up called 736 functions instead of 1,192 (measured at the one-caller limit of 500),
  # each of which V8 compiles on its first call, for 4.4 KB gzip more in the first half
  # (docs/architecture.md, "Inlining"). Up to 20 the first download would outgrow its 205 KB.
  -sBINARYEN_EXTRA_PASSES=--one-caller-inline-max-function-size=100,--always-inline-max-function-size=12
  -Oz)

# The check: phasecheck.js + phasecheck.wasm, what every visitor downloads, and phasecheck.deferred.wasm,
# the code the first question does not need (issue #13: the result, the report, save and print, the
# figures), which boot.js loads once the check is ready.
add_executable(phasecheck_web src/entry/web/main_check.cpp)
target_link_libraries(phasecheck_web PRIVATE phasecheck_browser)
phasecheck_warnings(phasecheck_web)
set_target_properties(phasecheck_web PROPERTIES OUTPUT_NAME phasecheck SUFFIX ".js")
# -sSPLIT_MODULE: the glue gets the placeholder imports and Module.loadSplitModule; emcc keeps the whole
# module as phasecheck.wasm.orig. --profiling-funcs keeps the function names that the keep list names;
# both halves are stripped of them after the split.
target_link_options(phasecheck_web PRIVATE ${PHASECHECK_WEB_LINK_OPTIONS} -sSPLIT_MODULE --profiling-funcs)
find_program(WASM_SPLIT wasm-split REQUIRED)
find_program(WASM_OPT wasm-opt REQUIRED)
set(FIRST_QUESTION_FUNCTIONS ${CMAKE_SOURCE_DIR}/cmake/first-question-functions.txt)
set(WASM_FEATURES --enable-mutable-globals --enable-bulk-memory --enable-sign-ext)
set_property(TARGET phasecheck_web APPEND PROPERTY LINK_DEPENDS ${FIRST_QUESTION_FUNCTIONS})
# The instrumented module emcc made is kept for tests/browser/first-question-profile.mjs, which writes the list
# (`make first-question-functions`). A first wasm-split run with nothing kept names every function of the
# module; scripts/first_half_functions.py matches the list to them (link-time optimisation renumbers some).
add_custom_command(TARGET phasecheck_web POST_BUILD
  COMMAND ${CMAKE_COMMAND} -E copy phasecheck.wasm phasecheck.instrumented.wasm
  COMMAND ${CMAKE_COMMAND} -E touch nothing-kept.txt
  COMMAND ${WASM_SPLIT} phasecheck.wasm.orig ${WASM_FEATURES} --split --keep-funcs=@nothing-kept.txt -v
          -o1 all-functions.primary.wasm -o2 all-functions.deferred.wasm > all-functions.txt
  COMMAND python3 ${CMAKE_SOURCE_DIR}/scripts/first_half_functions.py ${FIRST_QUESTION_FUNCTIONS} all-functions.txt
          first-half-functions.txt
  COMMAND ${WASM_SPLIT} phasecheck.wasm.orig ${WASM_FEATURES} --split --keep-funcs=@first-half-functions.txt
          -o1 phasecheck.wasm -o2 phasecheck.deferred.wasm
  COMMAND ${WASM_OPT} ${WASM_FEATURES} --strip-debug phasecheck.wasm -o phasecheck.wasm
  COMMAND ${WASM_OPT} ${WASM_FEATURES} --strip-debug phasecheck.deferred.wasm -o phasecheck.deferred.wasm
  WORKING_DIRECTORY $<TARGET_FILE_DIR:phasecheck_web>
  COMMENT "Splitting phasecheck.wasm: what the first question needs, and phasecheck.deferred.wasm")

# Meeting mode (issue #14): phasecheck-meeting.js + .wasm, loaded only by meeting.html.
add_library(phasecheck_meeting_ui STATIC
  src/app/ui/meeting_view.cpp
  src/app/ui/meeting_participants_view.cpp
  src/app/ui/meeting_compare_view.cpp
  src/app/ui/meeting_agree_view.cpp
  src/app/ui/meeting_baseline_view.cpp)
target_link_libraries(phasecheck_meeting_ui PUBLIC phasecheck_ui)
phasecheck_warnings(phasecheck_meeting_ui)
add_executable(phasecheck_meeting_web src/entry/web/main_meeting.cpp)
target_link_libraries(phasecheck_meeting_web PRIVATE phasecheck_browser phasecheck_meeting_ui)
phasecheck_warnings(phasecheck_meeting_web)
set_target_properties(phasecheck_meeting_web PROPERTIES OUTPUT_NAME phasecheck-meeting SUFFIX ".js")
target_link_options(phasecheck_meeting_web PRIVATE ${PHASECHECK_WEB_LINK_OPTIONS})

# The site: shell, content, fonts, icons, manifests, the single-file edition and the service
# worker, assembled by one script (it also re-subsets the fonts only when needed).
file(GLOB_RECURSE SITE_INPUTS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/* ${CMAKE_SOURCE_DIR}/assets/*)
set(DIST_DIR ${CMAKE_SOURCE_DIR}/dist CACHE PATH "Where the site is assembled")
set(DIST_STAMP ${CMAKE_BINARY_DIR}/dist.stamp)
add_custom_command(OUTPUT ${DIST_STAMP}
  COMMAND python3 ${CMAKE_SOURCE_DIR}/scripts/assemble_site.py --source ${CMAKE_SOURCE_DIR}
          --build $<TARGET_FILE_DIR:phasecheck_web> --out ${DIST_DIR}
  COMMAND ${CMAKE_COMMAND} -E touch ${DIST_STAMP}
  DEPENDS phasecheck_web phasecheck_meeting_web ${SITE_INPUTS} ${CMAKE_SOURCE_DIR}/scripts/assemble_site.py ${CMAKE_SOURCE_DIR}/scripts/subset-font.sh
          ${CMAKE_SOURCE_DIR}/scripts/truetype-outlines.py
          ${CMAKE_SOURCE_DIR}/scripts/minify/minify.mjs ${CMAKE_SOURCE_DIR}/scripts/minify/package-lock.json
  COMMENT "Assembling ${DIST_DIR}")
add_custom_target(dist ALL DEPENDS ${DIST_STAMP})
