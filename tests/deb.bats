#!/usr/bin/env bats
# make deb: the package of the committed tree (git archive HEAD: commit first), built once
# into this file's temporary directory, holds exactly the files below, with lintian
# reporting no error, the timers neither enabled nor started, and the build's hardening
# and catalogue path in the tools.  Needs debhelper and lintian (make check installs them).
load test_helper

setup_file() {
	export DEB="$BATS_FILE_TMPDIR/out/frontdesk_0.1.0_$(dpkg --print-architecture).deb"
	mkdir -p "$BATS_FILE_TMPDIR/out"
	make -s -C "$BATS_TEST_DIRNAME/.." deb DEB_DIR="$BATS_FILE_TMPDIR/deb" \
	    DEB_OUT="$BATS_FILE_TMPDIR/out" > "$BATS_FILE_TMPDIR/build.log" 2>&1 ||
	    cp "$BATS_FILE_TMPDIR/build.log" "$BATS_FILE_TMPDIR/failed"
}

built() {
	[ ! -e "$BATS_FILE_TMPDIR/failed" ] || { tail -n 30 "$BATS_FILE_TMPDIR/failed"; return 1; }
	assert_file_exists "$DEB"
}

@test "the package holds the tools, pages, catalogue, completion, units and examples" {
	built
	run bash -c "dpkg-deb -c '$DEB' | awk '\$1 !~ /^d/ { print \$6 }' | LC_ALL=C sort"
	assert_success
	assert_output - <<'OUT'
./etc/default/frontdesk
./lib/systemd/system/frontdesk-assign.service
./lib/systemd/system/frontdesk-assign.timer
./lib/systemd/system/frontdesk-monthly.service
./lib/systemd/system/frontdesk-monthly.timer
./lib/systemd/system/frontdesk-nightly.service
./lib/systemd/system/frontdesk-nightly.timer
./usr/bin/assign-commission
./usr/bin/attendance-fine
./usr/bin/daily-report
./usr/bin/follow-up
./usr/bin/next-agent
./usr/bin/register-visit
./usr/bin/sign-in
./usr/bin/verify-journal
./usr/share/bash-completion/completions/_frontdesk
./usr/share/bash-completion/completions/assign-commission
./usr/share/bash-completion/completions/attendance-fine
./usr/share/bash-completion/completions/daily-report
./usr/share/bash-completion/completions/follow-up
./usr/share/bash-completion/completions/next-agent
./usr/share/bash-completion/completions/register-visit
./usr/share/bash-completion/completions/sign-in
./usr/share/bash-completion/completions/verify-journal
./usr/share/doc/frontdesk/README.md.gz
./usr/share/doc/frontdesk/changelog.gz
./usr/share/doc/frontdesk/copyright
./usr/share/doc/frontdesk/examples/agents.csv
./usr/share/doc/frontdesk/examples/calendar.csv
./usr/share/doc/frontdesk/examples/crontab.example
./usr/share/doc/frontdesk/examples/offences.csv
./usr/share/doc/frontdesk/examples/referrers.csv
./usr/share/doc/frontdesk/examples/rules.csv
./usr/share/frontdesk/sql/fines.sql
./usr/share/frontdesk/sql/frontdesk.sql
./usr/share/frontdesk/sql/load
./usr/share/locale/zh_CN/LC_MESSAGES/frontdesk.mo
./usr/share/man/man1/assign-commission.1.gz
./usr/share/man/man1/attendance-fine.1.gz
./usr/share/man/man1/daily-report.1.gz
./usr/share/man/man1/follow-up.1.gz
./usr/share/man/man1/next-agent.1.gz
./usr/share/man/man1/register-visit.1.gz
./usr/share/man/man1/sign-in.1.gz
./usr/share/man/man1/verify-journal.1.gz
./usr/share/man/man5/frontdesk-journals.5.gz
./usr/share/man/man7/frontdesk.7.gz
./usr/share/man/zh_CN/man1/assign-commission.1.gz
./usr/share/man/zh_CN/man1/attendance-fine.1.gz
./usr/share/man/zh_CN/man1/daily-report.1.gz
./usr/share/man/zh_CN/man1/follow-up.1.gz
./usr/share/man/zh_CN/man1/next-agent.1.gz
./usr/share/man/zh_CN/man1/register-visit.1.gz
./usr/share/man/zh_CN/man1/sign-in.1.gz
./usr/share/man/zh_CN/man1/verify-journal.1.gz
./usr/share/man/zh_CN/man7/frontdesk.7.gz
OUT
}

@test "lintian reports no error" {
	built
	run lintian --fail-on error "$DEB"
	assert_success
	refute_line --regexp '^E: '
}

@test "/etc/default/frontdesk is a conffile; the timers are neither enabled nor started" {
	built
	run bash -c "dpkg-deb --ctrl-tarfile '$DEB' | tar -xO ./conffiles"
	assert_output /etc/default/frontdesk
	# dh_installsystemd --no-enable --no-start: an enable only where the admin enabled
	# before (an upgrade), never a start
	run bash -c "dpkg-deb --ctrl-tarfile '$DEB' | tar -xO ./postinst |
	    grep -E 'deb-systemd-(helper|invoke)' | grep -Ev 'unmask|was-enabled|update-state|debian-installed'"
	assert_output - <<'OUT'
			deb-systemd-helper enable 'frontdesk-assign.timer' >/dev/null || true
			deb-systemd-helper enable 'frontdesk-monthly.timer' >/dev/null || true
			deb-systemd-helper enable 'frontdesk-nightly.timer' >/dev/null || true
OUT
}

@test "the tools are built with dpkg-buildflags and find the installed catalogue" {
	built
	dpkg-deb -x "$DEB" "$BATS_TEST_TMPDIR/root"
	run bash -c "readelf -d '$BATS_TEST_TMPDIR/root/usr/bin/sign-in' | grep -o 'Flags: NOW PIE'"
	assert_output 'Flags: NOW PIE'
	run bash -c "nm -D '$BATS_TEST_TMPDIR/root/usr/bin/sign-in' | grep -c -e __stack_chk_fail -e __printf_chk"
	assert_output 2
	run grep -c -a -F /usr/share/locale "$BATS_TEST_TMPDIR/root/usr/bin/sign-in"
	assert_output 1
}
