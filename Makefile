# SPDX-License-Identifier: MIT
# Two entry points take a fresh Debian 12 machine to a running console or a passing test suite:
#   make run    installs what is missing, builds, starts the console: the saved account, else the demo
#   make test   installs what is missing, builds, runs every ctest suite headless
BUILD_DIR  ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)

# Debian 12 packages: build, run, and the headless test session (D-Bus, Secret Service, fuzzer).
BUILD_PACKAGES = cmake ninja-build g++ pkg-config \
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite \
  qt6-svg-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n \
  qtkeychain-qt6-dev libgl-dev libsqlite3-dev
RUN_PACKAGES   = qt6-qpa-plugins qt6-wayland fonts-dejavu-core libsecret-1-0 gnome-keyring
TEST_PACKAGES  = dbus dbus-x11 gnome-keyring libsecret-1-0 libsecret-tools xvfb xauth clang-14 libclang-rt-14-dev

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test build configure deps-build deps-run deps-test screenshots clean

run: deps-run build
	./$(BUILD_DIR)/app/ctconsole $(if $(ARGS),$(ARGS),--demo-unless-saved)

# Configures again after deps-test so the fuzz target appears once clang is installed, and builds
# the libFuzzer binary so ctest's fuzz_smoke really fuzzes.
test: deps-test build
	cmake -S . -B $(BUILD_DIR) > /dev/null
	if ninja -C $(BUILD_DIR) -t targets all | grep -q '^fuzz:'; then cmake --build $(BUILD_DIR) --target fuzz; fi
	tests/run-tests.sh $(BUILD_DIR)

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

# The README's pictures, rendered offscreen from the real widgets against the demo sandbox.
screenshots: deps-run deps-test configure
	cmake --build $(BUILD_DIR) --target ctscreenshots tst_contacteditor --parallel $(JOBS)
	tests/run-tests.sh --exec ./$(BUILD_DIR)/tests/screenshots/ctscreenshots $(CURDIR)/resources/screenshots
	CT_EDITOR_SCREENSHOT=$(CURDIR)/resources/screenshots/contact-editor.png \
	  tests/run-tests.sh --exec ./$(BUILD_DIR)/tests/editor/tst_contacteditor -silent

clean:
	rm -rf $(BUILD_DIR)
