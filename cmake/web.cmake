# The browser build: the app as phasecheck.js + phasecheck.wasm, and the site assembled in dist/.
if(NOT IMGUI_DIR)
  message(FATAL_ERROR "The web build needs IMGUI_DIR (run scripts/fetch-imgui.sh)")
endif()

add_library(imgui_opengl3 STATIC ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_link_libraries(imgui_opengl3 PUBLIC imgui)
target_compile_definitions(imgui_opengl3 PRIVATE IMGUI_IMPL_OPENGL_ES3)

add_executable(phasecheck_web
  src/platform/web/main_web.cpp
  src/platform/web/js_api.cpp
  src/platform/web/browser_bridge.cpp
  src/platform/web/browser_input.cpp
  src/platform/web/canvas_surface.cpp
  src/platform/web/frame_scheduler.cpp
  src/platform/web/web_platform.cpp)
target_link_libraries(phasecheck_web PRIVATE phasecheck_ui imgui_opengl3)
phasecheck_warnings(phasecheck_web)
set_target_properties(phasecheck_web PROPERTIES OUTPUT_NAME phasecheck SUFFIX ".js")
target_link_options(phasecheck_web PRIVATE
  -sENVIRONMENT=web
  -sFILESYSTEM=0
  -sALLOW_MEMORY_GROWTH=1
  -sINITIAL_MEMORY=16MB
  -sMIN_WEBGL_VERSION=2
  -sMAX_WEBGL_VERSION=2
  -sEXPORTED_FUNCTIONS=_main,_malloc,_free,_phasecheck_evaluate,_phasecheck_load,_phasecheck_answers,_phasecheck_result,_phasecheck_widgets,_phasecheck_wake
  -sEXPORTED_RUNTIME_METHODS=ccall,addRunDependency,removeRunDependency
  -sHTML5_SUPPORT_DEFERRING_USER_SENSITIVE_REQUESTS=0)

# The site: our HTML shell and scripts, the content, the subset fonts, and the compiled app.
set(DIST_DIR ${CMAKE_SOURCE_DIR}/dist CACHE PATH "Where the site is assembled")
set(FONT_DIR ${CMAKE_BINARY_DIR}/fonts)
foreach(weight Regular SemiBold)
  add_custom_command(OUTPUT ${FONT_DIR}/Inter-${weight}.otf
    COMMAND ${CMAKE_SOURCE_DIR}/scripts/subset-font.sh ${weight} ${FONT_DIR}/Inter-${weight}.otf
    DEPENDS ${CMAKE_SOURCE_DIR}/scripts/subset-font.sh
    COMMENT "Subsetting Inter ${weight}")
  list(APPEND FONT_FILES ${FONT_DIR}/Inter-${weight}.otf)
endforeach()

set(SITE_FILES web/index.html web/app.css web/boot.js web/favicon.svg)
set(CONTENT_FILES assets/questionnaire.json assets/brand.json)
set(DIST_OUTPUTS)
foreach(file ${SITE_FILES} ${CONTENT_FILES})
  get_filename_component(name ${file} NAME)
  add_custom_command(OUTPUT ${DIST_DIR}/${name}
    COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/${file} ${DIST_DIR}/${name}
    DEPENDS ${CMAKE_SOURCE_DIR}/${file})
  list(APPEND DIST_OUTPUTS ${DIST_DIR}/${name})
endforeach()
foreach(font ${FONT_FILES})
  get_filename_component(name ${font} NAME)
  add_custom_command(OUTPUT ${DIST_DIR}/fonts/${name}
    COMMAND ${CMAKE_COMMAND} -E copy ${font} ${DIST_DIR}/fonts/${name}
    DEPENDS ${font})
  list(APPEND DIST_OUTPUTS ${DIST_DIR}/fonts/${name})
endforeach()
add_custom_target(dist ALL
  COMMAND ${CMAKE_COMMAND} -E copy $<TARGET_FILE_DIR:phasecheck_web>/phasecheck.js $<TARGET_FILE_DIR:phasecheck_web>/phasecheck.wasm ${DIST_DIR}/
  DEPENDS phasecheck_web ${DIST_OUTPUTS}
  COMMENT "Assembling ${DIST_DIR}")
