# Copyright 2026 Gentoo Authors
# Distributed under the terms of the GNU General Public License v2

EAPI=8

DESCRIPTION="Drop-in replacement for install(1) that replaces files atomically"
HOMEPAGE="https://ainstall.org/"
SRC_URI="https://ainstall.org/releases/${P}.tar.xz"

LICENSE="GPL-3+ LGPL-2.1+ LGPL-3+ FDL-1.3+"
SLOT="0"
KEYWORDS="~amd64"
IUSE="acl caps nls selinux"

# ainstall loads libselinux, libcap and libattr with dlopen when a run
# needs them; ACLs (USE=acl) need no library.  libattr makes copies
# honour /etc/xattr.conf; sys-apps/attr is always there, so it is not a
# USE flag.
RDEPEND="
	sys-apps/attr
	caps? ( sys-libs/libcap )
	nls? ( virtual/libintl )
	selinux? ( sys-libs/libselinux )
"
DEPEND="${RDEPEND}"
BDEPEND="nls? ( sys-devel/gettext )"

src_configure() {
	local myeconfargs=(
		$(use_enable acl)
		$(use_with caps libcap)
		$(use_enable nls)
		$(use_with selinux)
		--with-libattr
	)
	econf "${myeconfargs[@]}"
}

src_test() {
	# Tests that need root (mounts, ownership, capabilities) skip when
	# Portage runs them as an unprivileged user.  VERBOSE shows the log of
	# any failing test in the build log.
	emake check VERBOSE=1
}
