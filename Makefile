# frontdesk: small tools for the front desk of a sales floor.  See README.md.
PREFIX	= /usr/local
BINDIR	= $(PREFIX)/bin
MANDIR	= $(PREFIX)/share/man
LOCALEDIR = $(PREFIX)/share/locale
# systemd reads units from /usr/local/lib/systemd/system too; the .deb's go to
# /lib/systemd/system (UNITDIR=).  The units read /etc/default/frontdesk whatever the
# PREFIX: make install writes it only when there is none (the settings are the site's).
UNITDIR	= $(PREFIX)/lib/systemd/system
DEFAULTDIR = /etc/default
# bash-completion loads completions/TOOL the first time TOOL is completed, from
# $(PREFIX)/share/bash-completion/completions for PREFIX /usr/local and /usr alike (for /usr:
# `pkg-config --variable=completionsdir bash-completion`).
BASHCOMPDIR = $(PREFIX)/share/bash-completion/completions
# The head office's schema, views and loader (README: A chain of stores).
SQLDIR	= $(PREFIX)/share/frontdesk/sql
CC	= cc
# ?=: CFLAGS from the environment win (dpkg-buildflags' hardening flags, debian/rules)
CFLAGS	?= -O2 -g
WARN	= -std=c11 -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
	  -Wmissing-prototypes -Wwrite-strings -Wformat=2 -Wvla -Werror
CPPFLAGS_ALL = -D_GNU_SOURCE -DLOCALEDIR='"$(LOCALEDIR)"' -Ilib $(CPPFLAGS)
LDLIBS	= -lcsv -lmd

# make check SANITIZE=1: every tool built with AddressSanitizer and UBSan.
SAN_1	= -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
WARN	+= $(SAN_$(SANITIZE))
LDFLAGS	+= $(SAN_$(SANITIZE))

# Debian packages the build, the tests, the man page lint and the fuzz targets need.
PKGS	= gcc make libcsv-dev libmd-dev gettext bats bats-support bats-assert bats-file mandoc \
	  libxml2-utils tidy miller clang libclang-rt-14-dev systemd man-db bash-completion

TOOLS	= assign-commission attendance-fine daily-report follow-up next-agent register-visit \
	  sign-in verify-journal
LIBOBJ	= lib/attendance.o lib/backdate.o lib/clock.o lib/commission.o lib/csvin.o lib/csvout.o \
	  lib/cli.o lib/desk.o lib/fines.o lib/followup.o lib/jindex.o lib/journal.o lib/money.o lib/phone.o lib/queue.o \
	  lib/referrer.o lib/register.o lib/report.o lib/roster.o lib/rules.o lib/util.o lib/void.o lib/import.o \
	  lib/heads.o lib/manager.o
BINS	= $(TOOLS:%=bin/%)
MAN1	= $(TOOLS:%=man/%.1)
MAN57	= man/frontdesk-journals.5 man/frontdesk.7
LINGUAS	= zh_CN
MO	= $(LINGUAS:%=build/locale/%/LC_MESSAGES/frontdesk.mo)
UNITS	= $(foreach u,assign monthly nightly,systemd/frontdesk-$(u).service systemd/frontdesk-$(u).timer)

all: $(BINS) $(MO)

# SPEC 7: the catalogue.  po/frontdesk.pot is what xgettext finds in po/POTFILES (make
# pot remakes it); each po/LANG.po is compiled with msgfmt --check into build/locale/,
# where the tree's tools find it through TEXTDOMAINDIR (tests/, data/demo.sh).
XGETTEXT = xgettext --from-code=UTF-8 --language=C -k_ -kN_ -kngettext:1,2 -kNC_:1c,2 \
	--add-comments=TRANSLATORS: --package-name=frontdesk \
	--package-version=0.1.0 --msgid-bugs-address=frontdesk --no-wrap --sort-by-file
POSRC	= $$(cat po/POTFILES)

build/locale/%/LC_MESSAGES/frontdesk.mo: po/%.po
	@mkdir -p $(@D)
	msgfmt --check -o $@ po/$*.po

pot:
	$(XGETTEXT) -o po/frontdesk.pot $(POSRC)
	for l in $(LINGUAS); do msgmerge -q --no-wrap --no-fuzzy-matching --backup=off -U po/$$l.po po/frontdesk.pot; done

# make check fails when po/frontdesk.pot is not what the sources say, or an entry of a
# language is untranslated or fuzzy.
po-check:
	@mkdir -p build
	$(XGETTEXT) -o build/frontdesk.pot $(POSRC)
	@for p in build/frontdesk.pot po/frontdesk.pot; do \
		msgcat --no-wrap --no-location -s $$p | grep -v POT-Creation-Date > $$p.cmp; done; \
	cmp -s build/frontdesk.pot.cmp po/frontdesk.pot.cmp || \
	    { echo "po/frontdesk.pot is not what the sources say: run make pot" >&2; exit 1; }
	@rm -f po/frontdesk.pot.cmp
	@for l in $(LINGUAS); do \
		msgmerge -q --no-fuzzy-matching po/$$l.po build/frontdesk.pot -o build/$$l.po && \
		n=$$(msgattrib --untranslated --no-obsolete build/$$l.po | grep -c '^#: '; true) && \
		f=$$(msgattrib --only-fuzzy --no-obsolete build/$$l.po | grep -c '^#: '; true) && \
		if [ "$$n$$f" != 00 ]; then \
			echo "po/$$l.po: $$n untranslated, $$f fuzzy (msgattrib --untranslated po/$$l.po)" >&2; \
			exit 1; \
		fi; \
		msgfmt --check --statistics -o /dev/null po/$$l.po; \
	done

# What the objects were built with: a change (SANITIZE=1, CFLAGS=...) rebuilds them all.
BUILT_WITH = $(CC) $(WARN) $(CFLAGS) $(CPPFLAGS_ALL) $(LDFLAGS) $(LDLIBS)
build/flags: FORCE
	@mkdir -p build
	@echo '$(BUILT_WITH)' | cmp -s - $@ || echo '$(BUILT_WITH)' > $@

lib/libfrontdesk.a: $(LIBOBJ)
	rm -f $@
	ar rcs $@ $(LIBOBJ)

lib/%.o: lib/%.c lib/*.h build/flags
	$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS_ALL) -c -o $@ $<

bin/%: cmd/%.c lib/libfrontdesk.a lib/*.h build/flags
	@mkdir -p bin
	$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS_ALL) $(LDFLAGS) -o $@ $< lib/libfrontdesk.a $(LDLIBS)

# Install what is missing when we are root; otherwise say the exact command.
define install_missing
	@missing=""; for p in $(1); do \
		dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'ok installed' || \
		missing="$$missing $$p"; \
	done; \
	[ -z "$$missing" ] && exit 0; \
	if [ "$$(id -u)" = 0 ]; then \
		echo "installing:$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	else \
		echo "missing packages; run: sudo apt-get install -y$$missing" >&2; exit 1; \
	fi
endef

deps:
	$(call install_missing,$(PKGS))

# What tests/html.bats shows the manager's page in, as a phone 400 px wide: a real browser
# engine, driven over its DevTools pipe by tests/phone-view (python3, no npm), and a font
# for the page's Chinese.  tests/postgres.bats: a throwaway PostgreSQL cluster (the server's
# initdb and pg_ctl, psql) for sql/.  tests/deb.bats: make deb and lintian.  For `make check`
# only: `make demo` does not need them.
TEST_PKGS = chromium fonts-wqy-microhei python3 postgresql postgresql-client $(DEB_PKGS) lintian

check: deps
	$(call install_missing,$(TEST_PKGS))
	$(MAKE) locale
	$(MAKE) all fuzz-build
	$(MAKE) lint po-check
	sh tests/run

# make bench: tests/bench/run measures the desk commands and the reports on generated
# books and compares them with the peers installed here (never by make check); the last
# run is in tests/bench/RESULTS.md.
BENCH_PKGS = miller datamash csvkit hyperfine time valgrind

bench: deps build/bench/gen build/bench/csvparse
	$(call install_missing,$(BENCH_PKGS))
	$(MAKE) all
	sh tests/bench/run

build/bench/%: tests/bench/%.c lib/libfrontdesk.a lib/*.h
	@mkdir -p build/bench
	$(CC) $(WARN) $(CFLAGS) $(CPPFLAGS_ALL) $(LDFLAGS) -o $@ $< lib/libfrontdesk.a $(LDLIBS)

# The whole suite with every tool run under valgrind: no error and no leak, or it fails.
memcheck: all fuzz-build
	rm -rf build/memcheck && mkdir -p build/memcheck/logs
	for t in $(TOOLS); do \
		printf '#!/bin/sh\nexec valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect --error-exitcode=99 --log-file=%s/build/memcheck/logs/%%p.log %s/bin/%s "$$@"\n' \
		    "$$PWD" "$$PWD" $$t > build/memcheck/$$t; chmod +x build/memcheck/$$t; \
	done
	FRONTDESK_BIN=$$PWD/build/memcheck sh tests/run
	@! find build/memcheck/logs -type f -size +0 | grep . || { echo "valgrind found errors: build/memcheck/logs" >&2; exit 1; }

lint:
	cd man && mandoc -Tlint -Wwarning *.[1-9] zh_CN/*.[1-9]

# tests/zh_CN.bats and the demo's Chinese run need the zh_CN.UTF-8 locale: made as root
# (localedef, package locales) when it is missing; otherwise the exact command is said.
locale:
	@locale -a 2>/dev/null | grep -qix 'zh_CN\.utf-\?8' && exit 0; \
	if [ "$$(id -u)" = 0 ]; then \
		echo "making the zh_CN.UTF-8 locale"; \
		dpkg-query -W -f='$${Status}\n' locales 2>/dev/null | grep -q 'ok installed' || \
		    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq locales; }; \
		localedef -i zh_CN -f UTF-8 zh_CN.UTF-8; \
	else \
		echo "missing locale; run: sudo localedef -i zh_CN -f UTF-8 zh_CN.UTF-8" >&2; exit 1; \
	fi

demo: deps
	$(MAKE) all
	sh data/demo.sh

install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 \
		$(DESTDIR)$(MANDIR)/man7 $(DESTDIR)$(MANDIR)/zh_CN/man1 $(DESTDIR)$(MANDIR)/zh_CN/man7 \
		$(DESTDIR)$(BASHCOMPDIR)
	cp $(BINS) $(DESTDIR)$(BINDIR)/
	cp completions/_frontdesk $(TOOLS:%=completions/%) $(DESTDIR)$(BASHCOMPDIR)/
	mkdir -p $(DESTDIR)$(SQLDIR)
	cp sql/frontdesk.sql sql/fines.sql sql/load $(DESTDIR)$(SQLDIR)/
	cp $(MAN1) $(DESTDIR)$(MANDIR)/man1/
	cp man/*.5 $(DESTDIR)$(MANDIR)/man5/
	cp man/*.7 $(DESTDIR)$(MANDIR)/man7/
	cp man/zh_CN/*.1 $(DESTDIR)$(MANDIR)/zh_CN/man1/
	cp man/zh_CN/*.7 $(DESTDIR)$(MANDIR)/zh_CN/man7/
	for l in $(LINGUAS); do \
		mkdir -p $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES && \
		cp build/locale/$$l/LC_MESSAGES/frontdesk.mo $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/; \
	done
	mkdir -p $(DESTDIR)$(UNITDIR) $(DESTDIR)$(DEFAULTDIR)
	cp $(UNITS) $(DESTDIR)$(UNITDIR)/
	[ -e $(DESTDIR)$(DEFAULTDIR)/frontdesk ] || cp systemd/frontdesk.default $(DESTDIR)$(DEFAULTDIR)/frontdesk

uninstall:
	for t in $(TOOLS); do rm -f $(DESTDIR)$(BINDIR)/$$t $(DESTDIR)$(MANDIR)/man1/$$t.1; done
	for t in $(TOOLS) _frontdesk; do rm -f $(DESTDIR)$(BASHCOMPDIR)/$$t; done
	rm -rf $(DESTDIR)$(SQLDIR)
	rm -f $(DESTDIR)$(MANDIR)/man5/frontdesk-journals.5 $(DESTDIR)$(MANDIR)/man7/frontdesk.7
	for t in $(TOOLS); do rm -f $(DESTDIR)$(MANDIR)/zh_CN/man1/$$t.1; done
	rm -f $(DESTDIR)$(MANDIR)/zh_CN/man7/frontdesk.7
	for l in $(LINGUAS); do rm -f $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/frontdesk.mo; done
	for u in $(UNITS); do rm -f $(DESTDIR)$(UNITDIR)/$${u#systemd/}; done

# make deb: the committed tree (git archive HEAD, not the working tree's changes) built
# with dpkg-buildpackage in DEB_DIR, the .deb copied to DEB_OUT (tests/deb.bats: both
# in its temporary directory).
DEB_PKGS = debhelper dpkg-dev libcsv-dev libmd-dev gettext git
DEB_DIR	= build/deb
DEB_OUT	= .

deb:
	$(call install_missing,$(DEB_PKGS))
	@git diff --quiet HEAD || echo "make deb: uncommitted changes are not in the package" >&2
	rm -rf $(DEB_DIR) $(DEB_OUT)/frontdesk_*.deb && mkdir -p $(DEB_DIR)/frontdesk
	git archive HEAD | tar -x -C $(DEB_DIR)/frontdesk
	cd $(DEB_DIR)/frontdesk && dpkg-buildpackage -b -us -uc
	cp $(DEB_DIR)/frontdesk_*.deb $(DEB_OUT)/
	@ls $(DEB_OUT)/frontdesk_*.deb

# The libFuzzer targets of tests/fuzz/, one a surface of lib/, built with clang into
# build/fuzz/ (the library too: bin/ and lib/*.o are never touched).  `make check` builds
# them and tests/fuzz.bats runs each over its seed corpus; `make fuzz` (-j2: two at once)
# fuzzes each for FUZZ_SECONDS, new inputs in build/fuzz/corpus/, crashes in
# build/fuzz/crashes/.  JOURNAL_BLOCK: short books walk many blocks (lib/journal.c).
FUZZ_CC	= clang
FUZZ_SECONDS = 60
FUZZ_SAN = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_CFLAGS = -O1 -g -DJOURNAL_BLOCK=512
FUZZ_TARGETS = clock journal money phone rules
FUZZ_LIBOBJ = $(addprefix build/fuzz/lib/,clock.o csvin.o jindex.o journal.o money.o phone.o \
	  rules.o util.o)
# the targets rewrite a file each run: in memory when /dev/shm is there
FUZZ_TMPDIR = $$([ -w /dev/shm ] && echo /dev/shm || echo $${TMPDIR:-/tmp})

fuzz-build: $(FUZZ_TARGETS:%=build/fuzz/%)

build/fuzz/lib/%.o: lib/%.c lib/*.h build/flags
	@mkdir -p build/fuzz/lib
	$(FUZZ_CC) $(WARN) $(FUZZ_CFLAGS) $(FUZZ_SAN) -fsanitize=fuzzer-no-link \
		$(CPPFLAGS_ALL) -c -o $@ $<

build/fuzz/libfrontdesk.a: $(FUZZ_LIBOBJ)
	rm -f $@
	ar rcs $@ $(FUZZ_LIBOBJ)

build/fuzz/%: tests/fuzz/%.c tests/fuzz/fuzz.h build/fuzz/libfrontdesk.a lib/*.h
	$(FUZZ_CC) $(WARN) $(FUZZ_CFLAGS) $(FUZZ_SAN) -fsanitize=fuzzer $(CPPFLAGS_ALL) \
		-o $@ $< build/fuzz/libfrontdesk.a $(LDLIBS)

fuzz: $(FUZZ_TARGETS:%=fuzz-%)

$(FUZZ_TARGETS:%=fuzz-%): fuzz-%: build/fuzz/%
	@mkdir -p build/fuzz/corpus/$* build/fuzz/crashes
	TMPDIR=$(FUZZ_TMPDIR) build/fuzz/$* -max_total_time=$(FUZZ_SECONDS) \
		-close_fd_mask=2 -print_final_stats=1 -artifact_prefix=build/fuzz/crashes/$*- \
		$(addprefix -dict=,$(wildcard tests/fuzz/$*.dict)) \
		build/fuzz/corpus/$* tests/fuzz/corpus/$*

clean:
	rm -rf bin lib/*.o lib/*.a build

.PHONY: all bench check deb deps demo install lint locale memcheck pot po-check uninstall clean fuzz \
	fuzz-build FORCE \
	$(FUZZ_TARGETS:%=fuzz-%)
