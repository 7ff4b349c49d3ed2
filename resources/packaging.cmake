# SPDX-License-Identifier: MIT
# The Debian package (make package, or `cpack` in the build directory): the console, its desktop
# entry, icons and AppStream metainfo, as install() rules put them. Included from the top-level
# CMakeLists.txt, where CPack must be set up.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ctconsole)
set(CPACK_PACKAGE_VENDOR "The ClientTether Console developers")
set(CPACK_PACKAGE_CONTACT "The ClientTether Console developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop console for the ClientTether CRM")
# The long description, below the summary line (CPack indents it as the control file wants).
string(CONCAT CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Browse and edit contacts, schedule events from a calendar, send emails and\n"
    "texts, and manage action plans, sales cycles, lead sources, tags, users,\n"
    "sub-accounts, proposals and payments of a ClientTether account (API v2).\n"
    "Every change waits in a durable outbox until the server confirms it;\n"
    "credentials stay in the system keychain. Includes a demo account.")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CT_PUBLIC_URL}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)       # ctconsole_VERSION_ARCH.deb
set(CPACK_STRIP_FILES ON)                     # the debug information stays in the build tree
# The libraries the console links come from dpkg-shlibdeps; these are what it loads at run time,
# which no ELF header names: the platform plugins (X11 and Wayland), the SQLite driver of every
# account database, the SVG icon plugins, and libsecret, which QtKeychain opens itself to reach the
# Secret Service.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6, libsecret-1-0")
# A Secret Service to keep the credentials in (without one the console keeps them for the session
# only and says so), the session bus it is reached over, Wayland, and Qt's own translations.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring | kwalletmanager | keepassxc, default-dbus-session-bus | dbus-session-bus, qt6-wayland, qt6-translations-l10n")
include(CPack)
