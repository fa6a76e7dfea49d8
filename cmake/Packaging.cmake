# Installation layout and the Debian package (CPack). The version comes from project(VERSION).
include(GNUInstallDirs)

set(KI_LOTSE_APP_ID "de.kilotse.KiLotse")
if(KI_LOTSE_BUILD_GUI)
  install(FILES ${CMAKE_SOURCE_DIR}/resources/desktop/${KI_LOTSE_APP_ID}.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${CMAKE_SOURCE_DIR}/resources/desktop/${KI_LOTSE_APP_ID}.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/ki-lotse.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${KI_LOTSE_APP_ID}.svg)
  foreach(size 16 24 32 48 64 128 256)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/apps/${KI_LOTSE_APP_ID}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
  endforeach()
endif()
# The default policy pack as files: the program carries it built in; the copy is for admins who
# start their own pack from it (docs/policy-format.md).
install(DIRECTORY ${CMAKE_SOURCE_DIR}/policies/ DESTINATION ${CMAKE_INSTALL_DATADIR}/ki-lotse/policy-default)
install(FILES ${CMAKE_SOURCE_DIR}/LICENSE ${CMAKE_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/ki-lotse)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/docs/ DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/ki-lotse/docs)

set(CPACK_PACKAGE_NAME "ki-lotse")
set(CPACK_PACKAGE_VENDOR "KI-Lotse-Projekt")
set(CPACK_PACKAGE_CONTACT "KI-Lotse-Projekt <ki-lotse@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Prüft vor dem Einsatz generativer KI die Schutzstufe (VITAKO/KGSt-Guideline)")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://git.example.invalid/ki-lotse/ki-lotse")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "KI-Lotse checks a planned use of generative AI in German municipal administrations\n\
 before a clerk prompts a large language model: a short questionnaire places the\n\
 use in protection level 1 or 2 of the VITAKO/KGSt guideline, lists the AI services\n\
 the administration approved for it, shows the rules, templates and the transparency\n\
 label, and checks the draft prompt locally for personal data.")
# Library dependencies from the binaries (dpkg-shlibdeps); Qt's plugins are not linked, so the
# platform and SQL drivers are named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, fonts-dejavu-core")
if(KI_LOTSE_BUILD_GUI)
  # qt6-translations-l10n: Qt's own dialog texts in German (qtbase_de.qm).
  string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", qt6-qpa-plugins, qt6-translations-l10n")
endif()
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql")
set(CPACK_STRIP_FILES ON)
include(CPack)
