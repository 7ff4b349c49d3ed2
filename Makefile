# SPDX-License-Identifier: MIT
# Two entry points take a fresh Debian 12 machine to a running console or a passing test suite:
#   make run    installs what is missing, builds, starts the console: the saved account, else the demo
#   make test   installs what is missing, builds, runs every ctest suite headless
#   make package  builds the Debian package (build/ctconsole_VERSION_ARCH.deb)
BUILD_DIR  ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)

# Debian 12 packages: build, run, the headless test session (D-Bus, Secret Service, fuzzer,
# freedesktop validators) and the package. Each find_package() component and the package that
# provides it (a clean root proves the list: tests/fresh-machine/run.sh):
#   Qt6 Core Concurrent Gui Widgets Network     qt6-base-dev (OpenGL headers: libgl-dev)
#       Sql DBus Test
#   Qt6 HttpServer                              qt6-httpserver-dev, qt6-websockets-dev
#   Qt6 Charts                                  qt6-charts-dev, and libqt6opengl6-dev: Charts' CMake
#                                               package needs OpenGL and OpenGLWidgets, and Debian
#                                               does not make it a dependency
#   Qt6 Svg                                     qt6-svg-dev (the icon renderer)
#   Qt6 LinguistTools                           qt6-tools-dev, qt6-l10n-tools (lupdate, lrelease)
#   Qt6Keychain                                 qtkeychain-qt6-dev
BUILD_PACKAGES = cmake ninja-build g++ pkg-config \
  qt6-base-dev qt6-base-dev-tools libgl-dev qt6-httpserver-dev qt6-websockets-dev \
  qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n \
  qtkeychain-qt6-dev libqt6sql6-sqlite libsqlite3-dev
# What the console loads at run time beyond the libraries it links: the X11 and Wayland platform
# plugins, keyboard maps (without xkb-data Qt warns that it cannot create an XKB context), fonts,
# the SVG icon plugins, libsecret (QtKeychain opens it) and a Secret Service with its session bus.
RUN_PACKAGES   = qt6-qpa-plugins qt6-wayland xkb-data fonts-dejavu-core libqt6svg6 \
  libsecret-1-0 gnome-keyring dbus-user-session
# Tests: a private session bus with a Secret Service, a headless X server, clang for the fuzz
# target, the desktop file and AppStream validators, nghttpd (a real HTTP/2 server on loopback).
TEST_PACKAGES  = dbus dbus-x11 gnome-keyring libsecret-1-0 libsecret-tools xvfb xauth clang-14 libclang-rt-14-dev \
  desktop-file-utils appstream nghttp2-server
PACKAGE_PACKAGES = dpkg-dev file

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test package build configure deps-build deps-run deps-test deps-package screenshots clean

# Builds only the console (about half the tree: no tests), so a new user waits for what they run.
run: deps-run configure
	cmake --build $(BUILD_DIR) --target ctconsole --parallel $(JOBS)
	./$(BUILD_DIR)/app/ctconsole $(if $(ARGS),$(ARGS),--demo-unless-saved)

# Configures again after deps-test so the fuzz target appears once clang is installed, and builds
# the libFuzzer binary so ctest's fuzz_smoke really fuzzes.
test: deps-test build
	cmake -S . -B $(BUILD_DIR) > /dev/null
	if ninja -C $(BUILD_DIR) -t targets all | grep -q '^fuzz:'; then cmake --build $(BUILD_DIR) --target fuzz; fi
	tests/run-tests.sh $(BUILD_DIR)

# The .deb: dpkg-shlibdeps computes the libraries' packages, resources/packaging.cmake adds what
# the console loads at run time.
package: deps-package build
	cd $(BUILD_DIR) && cpack -G DEB

build: configure
	cmake --build $(BUILD_DIR) --parallel $(JOBS)

configure: deps-build
	@[ -f $(BUILD_DIR)/build.ninja ] || cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

# Installs only the packages that are missing, so a prepared machine pays nothing.
define install_missing
	@missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef

deps-build:
	$(call install_missing,$(BUILD_PACKAGES))

deps-run: deps-build
	$(call install_missing,$(RUN_PACKAGES))

deps-test: deps-build
	$(call install_missing,$(TEST_PACKAGES))

deps-package: deps-build
	$(call install_missing,$(PACKAGE_PACKAGES))

# The README's pictures, rendered offscreen from the real widgets against the demo sandbox.
screenshots: deps-run deps-test configure
	cmake --build $(BUILD_DIR) --target ctscreenshots tst_contacteditor --parallel $(JOBS)
	tests/run-tests.sh --exec ./$(BUILD_DIR)/tests/screenshots/ctscreenshots $(CURDIR)/resources/screenshots
	CT_EDITOR_SCREENSHOT=$(CURDIR)/resources/screenshots/contact-editor.png \
	  tests/run-tests.sh --exec ./$(BUILD_DIR)/tests/contacts/tst_contacteditor -silent

clean:
	rm -rf $(BUILD_DIR)
